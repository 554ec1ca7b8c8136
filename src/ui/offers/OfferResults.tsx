import { useState } from 'preact/hooks';
import {
  type Factor,
  levels,
  type MarketPosition,
  metaExampleText,
  type Offer,
  optionLabel,
  specializationPart,
  specializations,
  steadyYear,
  tierParts,
  tiers,
} from '../../model';
import {
  esppDisqualifyingExplanation,
  esppPayrollTaxNote,
  esppQualifyingExplanation,
} from '../../model/equity/benefits';
import { assumptions } from '../../state/estimate';
import { equityPending, equityToDo, type OfferReady, type OfferView } from '../../state/offers';
import { placeName } from '../../state/places';
import { BarsChart } from '../charts/BarsChart';
import { usd } from '../shared/format';
import { Later } from '../shared/Later';
import { percentileText } from '../shared/ordinal';
import { AfterTaxTable } from './AfterTaxTable';
import { EquityOutcome } from './EquityOutcome';
import { LeaveEarly } from './LeaveEarly';
import { YearTable } from './YearTable';

interface Props {
  view: OfferView;
}

const parts = [
  { key: 'base', label: 'Base', colorVar: '--series-1' },
  { key: 'bonus', label: 'Bonus', colorVar: '--series-2' },
  { key: 'signOn', label: 'Sign-on', colorVar: '--series-3' },
  { key: 'equity', label: 'Equity', colorVar: '--series-4' },
  { key: 'retirement', label: '401(k)', colorVar: '--series-5' },
  { key: 'espp', label: 'ESPP', colorVar: '--series-6' },
  { key: 'hsa', label: 'HSA', colorVar: '--series-7' },
] as const;

/** "Senior, Seattle, WA, Top tech (e.g., Meta), General ML": the market an offer is placed in. */
export function marketText(view: OfferView): string {
  const p = view.record.profile;
  return [
    optionLabel(levels, p.level),
    placeName(p.location),
    optionLabel(tiers, p.tier),
    optionLabel(specializations, p.specialization),
  ].join(', ');
}

/** Which parts of the offer were held against market pay, and what was not entered. */
export function comparedText(m: MarketPosition): string {
  const parts = m.compared === 'base+bonus' ? 'base + bonus' : 'base + bonus + equity';
  const missing = m.missing.length ? `; no ${m.missing.join(' and no ')} entered` : '';
  return `${parts}${missing}`;
}

/**
 * The numbers of an offer's market that the seed does not give, with the values used, from the model's
 * own factors: an assumed tier factor and additional-pay share (a startup's; top tech's away from mid
 * level), an assumed specialization factor, the Generative AI premium's typical share ("" when none).
 */
export function assumedMarketText(view: OfferView): string {
  const p = view.record.profile;
  const a = assumptions.value;
  const { tier, share } = tierParts(p.tier, p.level, a);
  const spec = specializationPart(p.specialization, a).factor;
  const assumed = (f: Factor) => f.source.kind === 'assumption';
  const stock = tiers.find((t) => t.id === p.tier)?.additionalKind === 'cash-and-stock';
  const tierName = `the ${optionLabel(tiers, p.tier)} tier’s`;
  const parts = [
    assumed(tier) && `${tierName} factor, ×${tier.value.toFixed(3)}`,
    assumed(share) &&
      `${assumed(tier) ? 'its' : tierName} ${stock ? 'bonus and stock' : 'bonus'}, ${Math.round(share.value * 100)}% of base`,
    assumed(spec) &&
      `the ${optionLabel(specializations, p.specialization)} factor, ×${spec.value.toFixed(3)}`,
    p.specialization === 'generative-ai' &&
      `the share of the Generative AI premium at typical, ${(a['genai-typical-share'] ?? 0).toFixed(2)} (×${spec.value.toFixed(3)})`,
  ].filter(Boolean);
  return parts.length
    ? `Not in the seed, so assumed (yours to change in Settings): ${parts.join('; ')}.`
    : '';
}

/** When the steady state starts, and what it is without: "From year 5 on, with the sign-on and …". */
export function steadyText(o: Offer): string {
  const behind = [
    o.signOn.year1 + o.signOn.year2 > 0 && 'the sign-on',
    o.equity.grant > 0 && 'the first grant',
  ];
  const without = behind.filter(Boolean).join(' and ');
  const refresher = o.equity.grant > 0 && !o.refresher?.annualGrant ? ' (no refresher entered)' : '';
  return `From year ${steadyYear(o)} on${without ? `, with ${without} behind you` : ''}${refresher}`;
}

/** The market position of an offer in its own market, base and pay separately. */
export function MarketPositionText({ view }: { view: OfferReady }) {
  const m = view.percentile;
  const assumed = assumedMarketText(view);
  return (
    <div class="position" data-testid="offer-position">
      <p>
        Market position for <strong>{marketText(view)}</strong>:
      </p>
      <ul>
        <li data-testid="position-base">
          Base: <strong>{percentileText(m.base)} percentile</strong> of market base.
        </li>
        <li data-testid="position-pay">
          Pay ({comparedText(m)}): <strong>{percentileText(m.fourYearAverage)} percentile</strong> of market
          pay (4-year average; first year: {percentileText(m.firstYear)}).
        </li>
      </ul>
      <p class="note">
        {m.compared === 'base+bonus'
          ? 'The seed’s market additional pay is cash, so equity, sign-on and the 401(k) match are left out.'
          : `Top-tech market pay comes from the seed’s one top-tech example, Meta (${metaExampleText}), whose additional pay includes stock: so equity counts; sign-on and the 401(k) match are left out.`}
        {m.missing.length > 0 &&
          ` The market’s pay includes ${m.missing.map((x) => (x === 'bonus' ? 'a bonus' : 'equity')).join(' and ')} and this offer has none entered: held against pay it does not count, it places low.`}
      </p>
      {assumed && (
        <p class="note" data-testid="position-assumed">
          {assumed}
        </p>
      )}
    </div>
  );
}

/** The numbers for one offer: summary, market position, year table and chart, leaving early. */
export function OfferResults({ view }: Props) {
  if (!view.ok) {
    return (
      <p class="error" role="alert">
        Fix the marked fields to see what this offer is worth.
      </p>
    );
  }
  const s = view.summary;
  const pending = equityPending(view);
  return (
    <section class="offer-results" aria-labelledby="worth-title">
      <h2 id="worth-title">What it is worth</h2>
      {pending && (
        <p class="note" role="status" data-testid="equity-pending">
          The {pending.what} can’t be valued (at an exit, below) until{' '}
          {pending.blank ? 'their fields are filled in' : 'the marked equity fields are fixed'}:{' '}
          {pending.fields.join(', ')}.
        </p>
      )}
      <div class="cards">
        <article class="card card-total" data-testid="offer-first-year">
          <h3>First year</h3>
          <p class="typical big">{usd(s.firstYear)}</p>
        </article>
        <article class="card" data-testid="offer-average">
          <h3>4-year average</h3>
          <p class="typical">{usd(s.fourYearAverage)}</p>
        </article>
        <article class="card" data-testid="offer-steady">
          <h3>Steady state</h3>
          <p class="typical">{usd(s.steadyState)}</p>
          <p class="note" data-testid="steady-when">
            {steadyText(view.offer)}
          </p>
        </article>
      </div>
      <MarketPositionText view={view} />
      <Later>
        <OfferDetails view={view} />
      </Later>
    </section>
  );
}

/** Below the first screenful: the chart, the years before or after tax, equity outcomes, leaving early. */
function OfferDetails({ view }: { view: OfferReady }) {
  const [afterTax, setAfterTax] = useState(false);
  return (
    <>
      <BarsChart
        testId="offer-chart"
        caption="Pay per year, by kind"
        description="Stacked bars of base, bonus, sign-on, equity, 401(k), and ESPP and HSA where offered, per year; the table below has the numbers."
        stacked
        labels={view.years.map((y) => `Year ${y.year}`)}
        series={parts
          .filter((p) => (p.key !== 'espp' && p.key !== 'hsa') || view.years.some((y) => y[p.key] > 0))
          .map((p) => ({
            label: p.label,
            colorVar: p.colorVar,
            values: view.years.map((y) => y[p.key]),
          }))}
      />
      <fieldset class="view-toggle">
        <legend>Show the years</legend>
        <label class="radio">
          <input type="radio" name="offer-view" checked={!afterTax} onChange={() => setAfterTax(false)} />
          Before tax
        </label>
        <label class="radio">
          <input type="radio" name="offer-view" checked={afterTax} onChange={() => setAfterTax(true)} />
          After tax (take-home)
        </label>
      </fieldset>
      {afterTax ? (
        <AfterTaxTable offer={view.offer} years={view.years} />
      ) : (
        <YearTable years={view.years} steadyYear={steadyYear(view.offer)} />
      )}
      {view.years.some((y) => y.espp > 0) && (
        <details class="espp-tax" data-testid="espp-tax">
          <summary>ESPP: how its gain is taxed</summary>
          <p class="note">
            Counted as sold at each purchase. {esppDisqualifyingExplanation} {esppPayrollTaxNote}
          </p>
          <p class="note">If held instead: {esppQualifyingExplanation}</p>
        </details>
      )}
      <EquityOutcome view={view} />
      <LeaveEarly offer={view.offer} equityPending={equityToDo(view)} />
    </>
  );
}
