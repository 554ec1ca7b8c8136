import type { ComparedOffer } from '../../state/compare';
import { offerName } from '../../state/offers';
import { usd } from '../shared/format';
import { percentileText } from '../shared/ordinal';
import { comparedText } from './OfferResults';

interface Props {
  offers: readonly ComparedOffer[];
  best: string;
  /** "after tax and prices", named beside every total. */
  basis: string;
  /** Startup equity apart from these rows: weighed in the section below, or not yet (fields to fix). */
  equityApart?: 'below' | 'apart' | undefined;
}

type Row = { label: string; value: (o: ComparedOffer) => number; total?: boolean };

const name = (o: ComparedOffer) => offerName(o.view.record);

/**
 * The offers side by side, one metric a row and one offer a column (on a phone each row is a card
 * listing the offers); the totals on the chosen basis, the best of each marked.
 */
export function CompareTable({ offers, best, basis, equityApart }: Props) {
  const rows: Row[] = [
    { label: `First year, ${basis}`, value: (o) => o.onBasis.firstYear, total: true },
    { label: `4-year average, ${basis}`, value: (o) => o.onBasis.fourYearAverage, total: true },
    { label: `Steady state, ${basis}`, value: (o) => o.onBasis.steadyState, total: true },
    { label: 'Base', value: (o) => o.view.offer.base },
    { label: 'Target bonus, a year', value: (o) => o.view.years[0]?.bonus ?? 0 },
    { label: 'Sign-on, years 1–2', value: (o) => o.view.offer.signOn.year1 + o.view.offer.signOn.year2 },
    {
      label: `Public-company RSUs, years 1–4${equityApart ? ` (startup equity apart${equityApart === 'below' ? ', below' : ''})` : ''}`,
      value: (o) => o.view.years.slice(0, 4).reduce((s, y) => s + y.equity, 0),
    },
    { label: '401(k) match, a year', value: (o) => o.view.years[0]?.retirement ?? 0 },
    ...(offers.some((o) => (o.view.years[0]?.espp ?? 0) + (o.view.years[0]?.hsa ?? 0) > 0)
      ? [
          {
            label: 'ESPP gain and HSA, a year',
            value: (o: ComparedOffer) => (o.view.years[0]?.espp ?? 0) + (o.view.years[0]?.hsa ?? 0),
          },
        ]
      : []),
  ];
  return (
    <table class="compare-table stacked" data-testid="compare-table">
      <caption class="visually-hidden">Offers side by side, {basis}</caption>
      <thead>
        <tr>
          <th scope="col">Offer</th>
          {offers.map((o) => (
            <th scope="col" key={o.view.record.id}>
              {name(o)}
              {o.view.record.id === best && <span class="best-mark"> ★ best</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const values = offers.map(r.value);
          const max = Math.max(...values);
          const marked = values.some((x) => x !== max);
          return (
            <tr key={r.label} class={r.total ? 'total' : undefined}>
              <th scope="row">{r.label}</th>
              {offers.map((o, i) => {
                const isBest = marked && values[i] === max;
                return (
                  <td key={o.view.record.id} data-label={name(o)} class={isBest ? 'best' : undefined}>
                    {usd(values[i] as number)}
                    {isBest && <span class="best-mark"> ★</span>}
                  </td>
                );
              })}
            </tr>
          );
        })}
        {!basis.startsWith('before') && (
          <tr>
            <th scope="row">Taxed and priced in</th>
            {offers.map((o) => (
              <td key={o.view.record.id} data-label={name(o)}>
                {o.place}
                {o.livesIn ? `, living in ${o.livesIn}` : ''}{' '}
                {o.view.record.profile.location === 'us' && (
                  <span class="sub">federal and payroll taxes only: no state or city tax</span>
                )}
                <span class="sub">price parity {o.rpp.toFixed(1)} (US = 100)</span>
              </td>
            ))}
          </tr>
        )}
        <tr>
          <th scope="row">Market position, in its own market</th>
          {offers.map((o) => (
            <td key={o.view.record.id} data-label={name(o)} data-testid="compare-position">
              base {percentileText(o.view.percentile.base)}; pay ({comparedText(o.view.percentile)}){' '}
              {percentileText(o.view.percentile.fourYearAverage)} percentile
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">Base needed to match the best, {basis}</th>
          {offers.map((o) => (
            <td key={o.view.record.id} data-label={name(o)} data-testid="break-even">
              {o.breakEven === undefined ? (
                'Best: highest 4-year average'
              ) : (
                <>
                  {usd(o.breakEven)} <span class="sub">(now {usd(o.view.offer.base)})</span>
                </>
              )}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
