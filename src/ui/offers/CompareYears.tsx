import { steadyYear } from '../../model';
import type { ComparedOffer } from '../../state/compare';
import { offerName } from '../../state/offers';
import { BarsChart } from '../charts/BarsChart';
import { usd } from '../shared/format';

interface Props {
  offers: readonly ComparedOffer[];
  basis: string;
}

const name = (o: ComparedOffer) => offerName(o.view.record);
const colors = ['--series-1', '--series-2', '--series-3', '--series-4'];

/** Every offer year by year on the basis (years 1–4 and each one's steady state), in one table and one chart. */
export function CompareYears({ offers, basis }: Props) {
  const rows = [1, 2, 3, 4].map((y) => ({
    label: `Year ${y}`,
    value: (o: ComparedOffer) => o.onBasis.years[y - 1]?.value ?? 0,
  }));
  rows.push({ label: 'Steady state', value: (o) => o.onBasis.steadyState });
  return (
    <section class="compare-years" aria-labelledby="compare-years-title">
      <h2 id="compare-years-title">Year by year, {basis}</h2>
      <BarsChart
        testId="compare-chart"
        caption={`Pay per year, ${basis}`}
        description={`Bars for each offer in years 1 to 4 and at steady state, ${basis}; the table below has the numbers.`}
        stacked={false}
        labels={rows.map((r) => r.label)}
        series={offers.map((o, i) => ({
          label: name(o),
          colorVar: colors[i % colors.length] as string,
          values: rows.map((r) => r.value(o)),
        }))}
      />
      <table class="compare-table stacked" data-testid="compare-years">
        <caption class="visually-hidden">Year by year, {basis}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {offers.map((o) => (
              <th scope="col" key={o.view.record.id}>
                {name(o)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {r.label}
                {r.label === 'Steady state' && (
                  <span class="sub">
                    {offers.map((o) => `${name(o)}: year ${steadyYear(o.view.offer)}`).join('; ')}
                  </span>
                )}
              </th>
              {offers.map((o) => (
                <td key={o.view.record.id} data-label={name(o)}>
                  {usd(r.value(o))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
