import { breakEvenBase } from '../../model';
import type { OfferReady, OfferView } from '../../state/offers';
import { usd } from '../shared/format';
import { percentileText } from '../shared/ordinal';
import { comparedText, marketText } from './OfferResults';

interface Props {
  views: readonly OfferView[];
}

const isReady = (v: OfferView): v is OfferReady => v.ok;

const rows: { label: string; value: (v: OfferReady) => number; text?: (n: number) => string }[] = [
  { label: 'First year', value: (v) => v.summary.firstYear },
  { label: '4-year average', value: (v) => v.summary.fourYearAverage },
  { label: 'Steady state', value: (v) => v.summary.steadyState },
  { label: 'Base', value: (v) => v.offer.base },
  { label: 'Target bonus, a year', value: (v) => v.years[0]?.bonus ?? 0 },
  { label: 'Sign-on, years 1–2', value: (v) => v.offer.signOn.year1 + v.offer.signOn.year2 },
  { label: 'Equity, years 1–4', value: (v) => v.years.slice(0, 4).reduce((s, y) => s + y.equity, 0) },
  { label: '401(k) match, a year', value: (v) => v.years[0]?.retirement ?? 0 },
];

/** Offers side by side: cards to swipe on a phone, columns on a wide screen; the best of each row marked. */
export function CompareView({ views }: Props) {
  const ready = views.filter(isReady);
  const skipped = views.length - ready.length;
  if (ready.length < 2) {
    return <p class="note">Choose at least two offers whose fields are complete to compare them.</p>;
  }
  const best = ready.reduce((a, b) => (b.summary.fourYearAverage > a.summary.fourYearAverage ? b : a));
  const bests = rows.map((r) => {
    const values = ready.map(r.value);
    const max = Math.max(...values);
    return values.every((x) => x === max) ? undefined : max;
  });
  return (
    <>
      {skipped > 0 && <p class="note">{skipped} offer(s) with incomplete fields are left out.</p>}
      <section
        class="compare"
        aria-label="Offers side by side"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard
        tabIndex={0}
        data-count={ready.length}
      >
        {ready.map((v) => (
          <article class="compare-col" key={v.record.id} data-testid="compare-col">
            <h2>{v.record.company || 'Offer'}</h2>
            <dl>
              {rows.map((r, i) => {
                const x = r.value(v);
                const isBest = bests[i] !== undefined && x === bests[i];
                return (
                  <div class={isBest ? 'row best' : 'row'} key={r.label}>
                    <dt>{r.label}</dt>
                    <dd>
                      {r.text ? r.text(x) : usd(x)}
                      {isBest && <span class="best-mark"> ★ best</span>}
                    </dd>
                  </div>
                );
              })}
            </dl>
            <p class="compare-position" data-testid="compare-position">
              In its own market ({marketText(v)}): base {percentileText(v.percentile.base)} percentile; pay (
              {comparedText(v.percentile)}) {percentileText(v.percentile.fourYearAverage)} percentile. Not
              ranked against the other offers.
            </p>
            <p class="break-even" data-testid="break-even">
              {v === best
                ? 'Highest 4-year average.'
                : `Base needed to match ${best.record.company || 'the best offer'}: ${usd(breakEvenBase(best.offer, v.offer))} (now ${usd(v.offer.base)}).`}
            </p>
          </article>
        ))}
      </section>
    </>
  );
}
