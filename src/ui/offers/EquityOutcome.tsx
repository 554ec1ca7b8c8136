import { equityTaxLeftOut } from '../../model/equity/equityTax';
import { equityAfterTax } from '../../state/compare';
import type { OfferReady } from '../../state/offers';
import { usd, usdCents } from '../shared/format';

const pct = (x: number) => `${Number((x * 100).toPrecision(3))}%`;
const count = (n: number) => usd(n).replace('$', '');
/** "$2B", "$500M", "$750,000": an exit value, short. */
const exitShort = (n: number) =>
  n >= 1e9
    ? `$${Number((n / 1e9).toPrecision(3))}B`
    : n >= 1e6
      ? `$${Number((n / 1e6).toPrecision(3))}M`
      : usd(n);

type Equity = NonNullable<OfferReady['offer']['privateEquity']>;
// A 0 typed is the user's own figure ("as entered"); an empty field is not yet one.
const typed = (text: string) => text.trim() !== '';

/** What later rounds do to the grant's share, as entered. */
function dilutionText(pe: Equity, text: string): string {
  const share = pe.shares / pe.fullyDilutedShares;
  if (pe.dilution > 0)
    return `Dilution ${pct(pe.dilution)}: later rounds shrink this grant’s share of the company to ${pct(share * (1 - pe.dilution))}.`;
  return typed(text)
    ? `No dilution (0%, as entered): this grant keeps ${pct(share)} of the company.`
    : `No dilution entered: this grant keeps ${pct(share)} of the company (later rounds usually shrink it: enter the dilution you expect).`;
}

/** How the preferences ahead of common were read: with the preferred shares, without them, or none. */
function preferencesText(pe: Equity, text: string): string {
  if (pe.preferenceStack <= 0)
    return `${typed(text) ? 'No preferences ($0, as entered)' : 'No preferences entered'}: common shares the whole exit over all fully diluted shares. A company with preferred stock pays its preferences first: enter them to see common’s share after them.`;
  const read = pe.preferredShares
    ? `Preferences (${usd(pe.preferenceStack)}) on ${count(pe.preferredShares)} preferred shares: the preferred take their preference or convert, whichever pays them more; common shares what is left.`
    : `Preferences (${usd(pe.preferenceStack)}): taken as one total ahead of common; common shares what is left over all fully diluted shares (the cautious reading, with the preferred shares not entered).`;
  return `${read} Preferences above 1× or accrued dividends would lower common’s share further.`;
}

/**
 * Options or private RSUs: what they pay at each exit the user set (before tax), weighted by its
 * probability, with how the exit was read. Never part of a year's pay.
 */
export function EquityOutcome({ view }: { view: OfferReady }) {
  const pe = view.offer.privateEquity;
  const exit = view.exit;
  if (!pe || !exit) return null;
  const options = pe.kind === 'options';
  const after = equityAfterTax(view.offer);
  const share = pe.shares / pe.fullyDilutedShares;
  // Options are worth the price less the strike (paid at exercise, or at grant when bought then).
  const paper = (price: number) =>
    options
      ? `${usd(pe.shares * Math.max(0, price - pe.strike))} over the strike (${usd(pe.shares * price)} of stock)`
      : usd(pe.shares * price);
  return (
    <section class="equity-outcome" aria-labelledby="equity-outcome-title" data-testid="equity-outcome">
      <h2 id="equity-outcome-title">Equity at an exit</h2>
      <p>
        {count(pe.shares)}{' '}
        {options
          ? `${pe.optionType.toUpperCase()} options at a ${usdCents(pe.strike)} strike`
          : 'private RSUs'}{' '}
        of {count(pe.fullyDilutedShares)} shares ({pct(share)} of the company today).{' '}
        {!options
          ? 'Double-trigger RSUs pay, and are taxed, only at a liquidity event.'
          : pe.earlyExercise
            ? 'Bought at grant with an 83(b) election: any tax is owed then, none when they vest.'
            : 'Options are not taxed when they vest: nothing is owed until you exercise.'}{' '}
        They are not yearly pay: the totals above leave them out.
      </p>
      <ul class="equity-facts">
        {options && (
          <li data-testid="exercise-cost">
            Exercise cost of all {count(pe.shares)} options: <strong>{usd(pe.shares * pe.strike)}</strong>
            {pe.earlyExercise
              ? ', paid at grant (early exercise, 83(b) filed)'
              : ', paid at the exit from its proceeds (a cashless exercise)'}
            .
            {pe.earlyExercise && after?.grant && (
              <span data-testid="out-of-pocket">
                {' '}
                {after.grant.income > 0
                  ? `The 83(b) election brings ${usd(after.grant.income)} of income into year 1, taxed ${usd(after.grant.tax)}${pe.optionType === 'iso' ? ' (alternative minimum tax)' : ''}.`
                  : 'The strike is the 409A price, so the 83(b) election brings no income.'}{' '}
                Out of pocket in year 1: {usd(after.grant.cost + after.grant.tax)}.
              </span>
            )}
          </li>
        )}
        {pe.preferredPrice > 0 && (
          <li>
            On paper at the latest preferred price ({usdCents(pe.preferredPrice)}): {paper(pe.preferredPrice)}
            {pe.fmv409a > 0 ? `; at the 409A price (${usdCents(pe.fmv409a)}): ${paper(pe.fmv409a)}` : ''}.
            Common stock is worth less than preferred: the exits below are what counts.
          </li>
        )}
      </ul>
      {exit.scenarios.length === 0 ? (
        <p class="hint">Add an exit (value, probability, year) to see what this equity could pay.</p>
      ) : (
        <table class="years stacked" data-testid="exit-table">
          <caption>What the equity pays at each exit, before tax</caption>
          <thead>
            <tr>
              <th scope="col">Exit</th>
              <th scope="col">Probability</th>
              <th scope="col">Per share</th>
              <th scope="col">Payout</th>
              <th scope="col">After tax</th>
              <th scope="col">Weighted</th>
            </tr>
          </thead>
          <tbody>
            {exit.scenarios.map((s, i) => (
              <tr key={s.label}>
                <th scope="row">
                  {s.label}: {exitShort(pe.scenarios[i]?.exitValue ?? 0)}, year {s.year}
                </th>
                <td data-label="Probability">{pct(s.probability)}</td>
                <td data-label="Per share">{usdCents(s.pricePerShare)}</td>
                <td data-label="Payout" data-col="payout">
                  {usd(Math.round(s.payout))}
                </td>
                <td data-label="After tax" data-col="after-tax">
                  {usd(Math.round(after?.scenarios[i]?.value ?? s.payout))}
                </td>
                <td data-label="Weighted">{usd(Math.round(s.expectedPayout))}</td>
              </tr>
            ))}
            {exit.nothing.probability > 1e-9 && (
              <tr>
                <th scope="row">Nothing (the rest)</th>
                <td data-label="Probability">{pct(exit.nothing.probability)}</td>
                <td data-label="Per share">—</td>
                <td data-label="Payout">{usd(Math.round(exit.nothing.payout))}</td>
                <td data-label="After tax">{usd(Math.round(exit.nothing.payout))}</td>
                <td data-label="Weighted">
                  {usd(Math.round(exit.nothing.probability * exit.nothing.payout))}
                </td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>
                Expected payout (probability-weighted, before tax)
              </th>
              <td data-label="Expected" data-testid="expected-payout">
                {usd(Math.round(exit.expectedPayout))}
              </td>
            </tr>
            <tr>
              <th scope="row" colSpan={5}>
                Expected after tax{after?.grant?.tax ? ', less the 83(b) tax at grant' : ''}
              </th>
              <td data-label="After tax" data-testid="expected-after-tax">
                {usd(after?.expected ?? 0)}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      <p class="note">
        Shares counted at an exit: those vested by the exit, or by year 4 for a later exit (no acceleration).{' '}
        {dilutionText(pe, view.record.fields.dilutionPct)}{' '}
        {preferencesText(pe, view.record.fields.preferenceStack)} Assumed: you stay until the exit.
      </p>
      <details>
        <summary>What these taxes leave out</summary>
        <ul class="note" data-testid="equity-left-out">
          {equityTaxLeftOut.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
