import { useMemo } from 'preact/hooks';
import { type EquityOnBasis, exitTaxText } from '../../model/equity/compareEquity';
import { type BasisOpts, cashAndEquity, compareHorizon, horizonChoices } from '../../state/compare';
import { equityToDo, type OfferReady, offerName } from '../../state/offers';
import { usd } from '../shared/format';
import { Select } from '../shared/Select';

type EquityLeaving = NonNullable<EquityOnBasis['leaving']>;

/** Vested options at the horizon, for an exit after it: bought, left to lapse, or held; what it means. */
function leavingText(l: EquityLeaving, horizon: number, taxed: boolean): string {
  const n = l.vested.toLocaleString('en-US');
  const windowLong = l.window.replace(/ (year|day)s$/, '-$1');
  const tax =
    taxed && l.tax > 0 ? ` plus ${usd(l.tax)} of tax on the ${usd(l.spread)} spread at the 409A price` : '';
  if (l.choice === 'held')
    return `Leaving after ${horizon} years, its ${n} vested options are kept within their ${windowLong} window and exercised at a later exit${taxed ? ', as NSOs (an ISO becomes one three months after leaving)' : ''}.`;
  if (l.choice === 'lapsed')
    return `Leaving after ${horizon} years with no exit yet, its ${n} vested options would cost ${usd(l.exerciseCost)}${tax} to buy within ${l.window}: not worth it at the exits weighed, so they lapse, and an exit after that pays them nothing.`;
  return `Leaving after ${horizon} years with no exit yet, its ${n} vested options are bought within ${l.window} of leaving for ${usd(l.exerciseCost)}${tax}: lost unless the company exits later.${taxed ? ' A later exit pays a capital gain, long-term more than a year after buying.' : ''}`;
}

interface Props {
  ready: readonly OfferReady[];
  opts: BasisOpts;
  basis: string;
}

/**
 * Offers with options or private RSUs: cash and the equity's expected value apart and combined over
 * the horizon, and the exit at which an equity offer makes up the pay leader's lead.
 */
export function CompareEquity({ ready, opts, basis }: Props) {
  const horizon = compareHorizon.value;
  const rows = useMemo(() => cashAndEquity(ready, opts, horizon), [ready, opts, horizon]);
  if (!rows.some((r) => r.equity)) return null;
  // Before tax, the notes say nothing of the exit's tax.
  const taxed = opts.basis !== 'pre-tax';
  const best = rows.reduce((a, b) => (b.combined > a.combined ? b : a));
  const name = (r: (typeof rows)[number]) => offerName(r.view.record);
  // The leader's own startup equity, weighed below or left out until its fields are fixed.
  const leaderHasEquity = (leader: string) => {
    const l = rows.find((x) => x.view.record.company === leader);
    return Boolean(l?.equity || l?.view.equityErrors);
  };
  return (
    <section class="compare-equity" aria-labelledby="compare-equity-title" data-testid="compare-equity">
      <h2 id="compare-equity-title">Pay and startup equity over {horizon} years</h2>
      <div class="no-print">
        <Select
          id="compare-horizon"
          label="Years of pay and equity"
          value={String(horizon)}
          options={horizonChoices.map((n) => ({ id: String(n), label: `${n} years` }))}
          onChange={(v) => {
            const n = Number(v);
            if ((horizonChoices as readonly number[]).includes(n)) compareHorizon.value = n;
          }}
        />
      </div>
      <p class="hint" data-testid="horizon-scope">
        For this section only, as startup equity may take years to pay out: the verdict at the top and the
        year-by-year table weigh the first 4 years.
      </p>
      <p class="verdict" data-testid="combined-verdict">
        Pay plus the startup equity’s expected value, {basis}, over {horizon} years:{' '}
        <strong>{name(best)}</strong>, {usd(best.combined)}.
      </p>
      <table class="years stacked" data-testid="cash-equity-table">
        <caption>
          Pay and startup equity over {horizon} years, {basis}
        </caption>
        <thead>
          <tr>
            <th scope="col">Offer</th>
            <th scope="col">Pay</th>
            <th scope="col">Equity, expected</th>
            <th scope="col">Combined</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.view.record.id}>
              <th scope="row">{name(r)}</th>
              <td data-label="Pay">{usd(r.cash)}</td>
              <td data-label="Equity, expected">
                {r.view.exit?.scenarios.length === 0
                  ? 'no exit entered'
                  : r.equity
                    ? usd(r.equity.expected)
                    : r.view.equityErrors
                      ? `left out: fields to ${equityToDo(r.view)}`
                      : '—'}
              </td>
              <td data-label="Combined">{usd(r.combined)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.map(
        (r) =>
          r.exitToBeat && (
            <p class="exit-to-beat" key={r.view.record.id} data-testid="exit-to-beat">
              {r.exitToBeat.value === null
                ? `No exit up to $1 trillion lets ${name(r)}’s equity make up ${r.exitToBeat.leader}’s ${usd(r.exitToBeat.gap)} lead in pay.`
                : `${name(r)} makes up ${r.exitToBeat.leader}’s ${usd(r.exitToBeat.gap)} lead in pay over ${horizon} years (${basis}) if the company exits in year ${horizon} at ${usd(r.exitToBeat.value)}: its vested equity then pays that much${leaderHasEquity(r.exitToBeat.leader) ? ` (${r.exitToBeat.leader}’s own startup equity not counted)` : ''}.`}
            </p>
          ),
      )}
      <div class="notes">
        {rows.map(
          (r) =>
            r.view.offer.privateEquity && (
              <p class="note" key={r.view.record.id}>
                {name(r)}:{' '}
                {taxed && (r.exitToBeat || r.equity?.scenarios.some((s) => s.year <= horizon))
                  ? `${r.equity?.leaving ? `An exit by year ${horizon}: ` : ''}${exitTaxText(r.view.offer.privateEquity)} `
                  : ''}
                Only what has vested by year {horizon} counts.
                {r.equity?.leaving ? ` ${leavingText(r.equity.leaving, horizon, taxed)}` : ''}
              </p>
            ),
        )}
        <p class="note" data-testid="compare-equity-note">
          Pay: each year’s salary, bonus, sign-on, public-company RSUs, ESPP gain, 401(k) match and HSA,{' '}
          {basis}, years 1 to {horizon}. Startup equity: each exit’s payout {basis}
          {taxed ? ' (taxed in the exit’s year where the offer is)' : ''}, weighted by its probability; the
          rest of the probability pays nothing (options bought early lose their cost). An exit after the
          horizon finds you gone: what vested by then counts. Options an exit after their window would need
          are bought on leaving where that is worth their cost at the exits weighed (their cost
          {taxed ? ' and its tax' : ''} lost unless the company exits), else they lapse; private RSUs and
          options bought at grant are kept as they are.
          {taxed && rows.some((r) => r.exitToBeat && (r.taxedState === 'NY' || r.taxedState === 'CA'))
            ? ' In New York and California take-home can dip as income rises, so a slightly smaller exit may already be enough.'
            : ''}
        </p>
      </div>
    </section>
  );
}
