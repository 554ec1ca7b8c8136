import type { OfferYear } from '../../model';
import { usd } from '../shared/format';

interface Props {
  years: readonly OfferYear[];
  steadyYear: number;
}

const allCols: { key: keyof OfferYear; label: string }[] = [
  { key: 'base', label: 'Base' },
  { key: 'bonus', label: 'Bonus' },
  { key: 'signOn', label: 'Sign-on' },
  { key: 'equity', label: 'Equity' },
  { key: 'retirement', label: '401(k)' },
  { key: 'espp', label: 'ESPP' },
  { key: 'hsa', label: 'HSA' },
  { key: 'total', label: 'Total' },
];
/** ESPP and HSA columns only for offers that have them. */
const optional = new Set<keyof OfferYear>(['espp', 'hsa']);

/** Compensation year by year: the chart's table equivalent. */
export function YearTable({ years, steadyYear }: Props) {
  const cols = allCols.filter((c) => !optional.has(c.key) || years.some((y) => y[c.key] > 0));
  return (
    <table class="years stacked" data-testid="year-table">
      <caption>Year by year (USD)</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          {cols.map((c) => (
            <th scope="col" key={c.key}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {years.map((y) => (
          <tr key={y.year}>
            <th scope="row">
              Year {y.year}
              {y.year === steadyYear ? ' (steady state)' : ''}
            </th>
            {cols.map((c) => (
              <td key={c.key} data-label={c.label} class={c.key === 'total' ? 'total' : undefined}>
                {usd(y[c.key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
