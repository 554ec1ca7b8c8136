import { useMemo } from 'preact/hooks';
import { pretax401k } from '../../state/cities';
import { basisLabels, basisOpts, compareBasis, compareOffers } from '../../state/compare';
import type { OfferReady, OfferView } from '../../state/offers';
import { offerName } from '../../state/offers';
import { CsvButton } from '../shared/CsvButton';
import { usd } from '../shared/format';
import { householdText, SALT_TEXT } from '../shared/household';
import { Later } from '../shared/Later';
import { basisHints, CompareControls } from './CompareControls';
import { CompareEquity } from './CompareEquity';
import { CompareTable } from './CompareTable';
import { CompareYears } from './CompareYears';

interface Props {
  views: readonly OfferView[];
  /** Where an offer left out is fixed: its own page unless given (a shared link: its form above). */
  fixHref?: (v: OfferView, index: number) => string;
}

const offerPage = (v: OfferView) => `/offers/${v.record.id}#fix`;

const isReady = (v: OfferView): v is OfferReady => v.ok;

/** The offers left out of the comparison, each named with a link to its fields. */
function Skipped({ views, fixHref = offerPage }: Props) {
  const out = views.map((v, i) => ({ v, href: fixHref(v, i) })).filter(({ v }) => !v.ok);
  if (out.length === 0) return null;
  return (
    <p class="note" data-testid="compare-skipped">
      Left out until {out.length === 1 ? 'its' : 'their'} marked fields are fixed:{' '}
      {out.map(({ v, href }, i) => (
        <span key={v.record.id}>
          {i > 0 && ', '}
          <a href={href}>{offerName(v.record)}</a>
        </span>
      ))}
      .
    </p>
  );
}

/** Offers compared on the basis that decides: which is worth more, by how much, year by year. */
export function CompareView({ views, fixHref }: Props) {
  // One array while the offers are the same, so what is computed from it is computed once.
  const ready = useMemo(() => views.filter(isReady), [views]);
  const opts = basisOpts.value;
  const places = ready.map((v) => v.record.profile.location);
  const basis = basisLabels[compareBasis.value];
  const result = useMemo(() => (ready.length >= 2 ? compareOffers(ready, opts) : undefined), [ready, opts]);
  const skippedNote = <Skipped views={views} fixHref={fixHref} />;
  if (!result) {
    return (
      <>
        {skippedNote}
        <p class="note">Choose at least two offers whose fields are complete to compare them.</p>
      </>
    );
  }
  if (compareBasis.value !== 'pre-tax' && !pretax401k.value.ok) {
    // The same rule as Cities: an amount that cannot apply is never silently replaced by none.
    return (
      <>
        <CompareControls places={places} />
        {skippedNote}
        <p class="error" role="alert" data-testid="compare-401k-blocked">
          Fix the 401(k) amount above to compare after tax.
        </p>
      </>
    );
  }
  const best = result.offers.find((o) => o.view.record.id === result.best);
  // Offers whose pay lacks what the market's pay includes (a bonus; at top tech, equity): they place low.
  const missingPay = result.offers.flatMap(({ view: v }) =>
    v.percentile.missing.length
      ? [
          `${offerName(v.record)}: no ${v.percentile.missing.join(' and no ')} entered, which the market’s pay includes, so it places low.`,
        ]
      : [],
  );
  const second = result.offers
    .filter((o) => o !== best)
    .reduce((a, b) => (b.onBasis.fourYearAverage > a.onBasis.fourYearAverage ? b : a));
  const lead = (best?.onBasis.fourYearAverage ?? 0) - second.onBasis.fourYearAverage;
  // Level to the dollar: a tie, no offer named best.
  const tied = Math.round(lead) === 0;
  const top = tied
    ? result.offers.filter(
        (o) => Math.round(o.onBasis.fourYearAverage) === Math.round(best?.onBasis.fourYearAverage ?? 0),
      )
    : [];
  // Options and private RSUs are not yearly pay: with them, this verdict is about cash only. Equity whose
  // fields are still to fix is apart too, but not weighed below.
  const equityBelow = ready.some((v) => v.offer.privateEquity);
  const pending = ready.filter((v) => v.equityErrors);
  const cashOnly = equityBelow || pending.length > 0;
  return (
    <>
      {skippedNote}
      {pending.map((v) => (
        <p class="note" key={v.record.id} data-testid="compare-equity-pending">
          {offerName(v.record)}’s startup equity is left out until its fields are{' '}
          {v.equityBlank ? 'filled in' : 'fixed'}:{' '}
          <a href={(fixHref ?? offerPage)(v, views.indexOf(v))}>
            {v.equityBlank ? 'fill them in' : 'fix them'} {fixHref ? 'above' : 'on its page'}
          </a>
          .
        </p>
      ))}
      <p class="verdict" data-testid="compare-verdict" aria-live="polite">
        {tied ? 'Tied' : 'Best'}{' '}
        {cashOnly ? `in pay (startup equity apart${equityBelow ? ', below' : ''}), ` : ''}
        {basis}:{' '}
        <strong>
          {tied
            ? top.map((o) => offerName(o.view.record)).join(top.length > 2 ? ', ' : ' and ')
            : best
              ? offerName(best.view.record)
              : 'Offer'}
        </strong>
        , {usd(best?.onBasis.fourYearAverage ?? 0)} a year over 4 years
        {!tied ? `, ${usd(lead)} a year more than ${second.view.record.company || 'the next'}` : ''}.
      </p>
      <CompareControls places={places} />
      <CompareTable
        offers={result.offers}
        best={tied ? '' : result.best}
        basis={basis}
        equityApart={equityBelow ? 'below' : cashOnly ? 'apart' : undefined}
      />
      <CsvButton
        table="compare-table"
        more={['compare-years', 'cash-equity-table']}
        name="ml-comp-compare"
        basis={() =>
          `Compared ${basis} (${basisHints[compareBasis.value]})${compareBasis.value === 'pre-tax' ? '' : `: ${householdText()}`}.`
        }
      />
      {/* Below the first screenful: drawn once the verdict and the table are painted. */}
      <Later>
        <CompareYears offers={result.offers} basis={basis} />
        <CompareEquity ready={ready} opts={opts} basis={basis} />
        <div class="notes">
          {compareBasis.value !== 'pre-tax' && (
            <p class="note">
              After tax: each year’s pay (base, bonus, sign-on, vested public-company RSUs, an ESPP’s gain,
              the employer’s 401(k) match and HSA contribution) less that year’s income and payroll taxes
              where the offer is (the larger of the standard deduction and {SALT_TEXT}). Your own pre-tax
              401(k), the match and the HSA stay your money, untaxed until you withdraw them, so none is taken
              off.
            </p>
          )}
          {compareBasis.value === 'after-tax-and-prices' && (
            <p class="note">
              After tax and prices: after tax ÷ (the place’s BEA price parity ÷ 100), in US-average dollars.
            </p>
          )}
          <p class="note" data-testid="compare-position-note">
            Market positions are each offer’s place in its own market (level, place, tier, specialization) and
            are not compared with each other. Pay there is held against the seed’s market pay, whose
            additional pay is cash (stock too at top tech only): sign-on, the 401(k) match and, outside top
            tech, equity are left out.
            {missingPay.map((t) => ` ${t}`)}
          </p>
        </div>
      </Later>
    </>
  );
}
