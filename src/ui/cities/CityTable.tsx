import { signal } from '@preact/signals';
import { payrollTotal } from '../../model';
import { cities } from '../../state/app';
import { type CityResult, type CityRow, placeLabel, pretax401kAmount } from '../../state/cities';
import { COMPARING, computing, firstComparison, shownComparison } from '../../state/citiesOffThread';
import { BarsChart } from '../charts/BarsChart';
import { CsvButton } from '../shared/CsvButton';
import { usd } from '../shared/format';
import { householdText } from '../shared/household';
import { Select } from '../shared/Select';

/** A place's name short enough for a chart axis: "Denver-Aurora-Lakewood, CO" → "Denver, CO". */
const shortLabel = (label: string): string => {
  const [name = label, states] = label.split(', ');
  return states ? `${name.split('-')[0]}, ${states.split('-')[0]}` : label;
};

type Col = { key: string; label: string; value: (r: CityRow) => number };
const columns: Col[] = [
  { key: 'gross', label: 'Gross', value: (r) => r.gross },
  { key: 'deduction', label: 'Federal deduction', value: (r) => r.tax.federalDeduction.amount },
  { key: 'federal', label: 'Federal income tax', value: (r) => r.tax.federalIncomeTax },
  { key: 'ss', label: 'Social Security', value: (r) => r.tax.socialSecurity },
  { key: 'medicare', label: 'Medicare', value: (r) => r.tax.medicare },
  { key: 'state', label: 'State income tax', value: (r) => r.tax.stateIncomeTax },
  { key: 'local', label: 'Local income tax', value: (r) => r.tax.localIncomeTax },
  { key: 'payroll', label: 'State payroll programs', value: (r) => payrollTotal(r.tax) },
  { key: 'total', label: 'Total tax', value: (r) => r.tax.totalTax },
  { key: 'k401', label: 'Pre-tax 401(k)', value: (r) => r.tax.pretax401k },
  { key: 'net', label: 'Take-home', value: (r) => r.tax.net },
  { key: 'rpp', label: 'Price level (US = 100)', value: (r) => r.rpp },
  { key: 'adjusted', label: 'Take-home at US prices', value: (r) => r.adjusted },
  { key: 'needed', label: 'Gross needed to match', value: (r) => r.needed },
];

type Ready = Extract<CityResult, { ok: true }>;

// The table's order, kept while the app is open (leaving Cities and coming back keeps it); a reload
// starts from take-home at US prices, highest first.
export const defaultOrder = { key: 'adjusted', dir: -1 } as const;
export const order = signal<{ key: string; dir: 1 | -1 }>(defaultOrder);
const setSort = (o: { key: string; dir: 1 | -1 }) => {
  order.value = o;
};

/** The compared places, sortable by any column, every tax line, and the notes that apply. */
export function CityTable({ result }: { result: Ready }) {
  const sort = order.value;
  const set = cities.value;
  // The 401(k) column only when there is a contribution.
  const shown = pretax401kAmount.value > 0 ? columns : columns.filter((c) => c.key !== 'k401');
  const col = shown.find((c) => c.key === sort.key) ?? (shown.find((c) => c.key === 'adjusted') as Col);
  const rows = [...result.rows].sort((a, b) => (col.value(a) - col.value(b)) * sort.dir);
  const reference = result.reference;
  return (
    <>
      <p>
        Comparing {result.sourceLabel}. “Gross needed to match” is the pay each place needs for the same
        take-home as {placeLabel(reference)} once prices are accounted for.
      </p>
      <BarsChart
        testId="city-chart"
        caption="Take-home, and take-home at US-average prices"
        description="Bars of take-home and of take-home adjusted for local prices per city; the table has the numbers."
        stacked={false}
        labels={rows.map((r) => shortLabel(r.label))}
        series={[
          { label: 'Take-home', colorVar: '--series-1', values: rows.map((r) => r.tax.net) },
          { label: 'At US prices', colorVar: '--series-2', values: rows.map((r) => r.adjusted) },
        ]}
      />
      <div class="sort-bar">
        <Select
          id="city-sort"
          label="Sort by"
          value={col.key}
          options={shown.map((c) => ({ id: c.key, label: c.label }))}
          onChange={(key) => setSort({ key, dir: sort.dir })}
        />
        <button
          type="button"
          class="secondary"
          onClick={() => setSort({ key: sort.key, dir: sort.dir === 1 ? -1 : 1 })}
        >
          {sort.dir === 1 ? 'Lowest first' : 'Highest first'}
        </button>
      </div>
      <table class="stacked city-table" data-testid="city-table">
        <caption>Per year, USD (sorted by: {col.label})</caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            {shown.map((c) => (
              <th
                scope="col"
                key={c.key}
                aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  class="sort"
                  onClick={() =>
                    setSort({ key: c.key, dir: sort.key === c.key ? (sort.dir === 1 ? -1 : 1) : -1 })
                  }
                >
                  {c.label}
                  {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.location} data-testid={`city-${r.location}`}>
              <th scope="row">
                {r.label}
                {r.location === reference ? ' (reference)' : ''}
                {r.livesIn && <span class="sub">Living in {r.livesIn}</span>}
              </th>
              {shown.map((c) => (
                <td key={c.key} data-label={c.label} data-col={c.key}>
                  {c.key === 'rpp' ? r.rpp.toFixed(1) : usd(c.value(r))}
                  {c.key === 'gross' && r.grossRange && (
                    <span class="sub">
                      {usd(r.grossRange.low)}–{usd(r.grossRange.high)}
                    </span>
                  )}
                  {c.key === 'payroll' && r.tax.statePayroll.length > 0 && (
                    <span class="sub">
                      {r.tax.statePayroll.map((p) => `${p.label} ${usd(p.amount)}`).join(', ')}
                    </span>
                  )}
                  {c.key === 'local' && r.tax.localTaxes.length > 0 && (
                    <span class="sub" data-testid="local-lines">
                      {r.tax.localTaxes.map((l) => `${l.label} ${usd(l.amount)}`).join(', ')}
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
          {result.gaps.map((g) => (
            <tr key={g.location} class="city-gap" data-testid={`city-${g.location}`}>
              <th scope="row">{g.label}</th>
              <td colSpan={shown.length} data-col="note">
                {g.message}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton
        table="city-table"
        name="ml-comp-cities"
        basis={() => `Comparing ${result.sourceLabel}. Take-home from wages only: ${householdText()}.`}
        disabled={computing.value}
      />
      <ul class="notes">
        {reference !== set.reference && (
          <li>
            {placeLabel(set.reference)} cannot be compared with this pay, so {placeLabel(reference)} is the
            reference.
          </li>
        )}
        {result.rows.some((r) => r.tax.state === null) && (
          <li>United States (national average): federal and payroll taxes only; no state tax is included.</li>
        )}
        {result.rows.some((r) => r.tax.localTaxes.length > 0) && (
          <li>
            Local income taxes follow your tie to each city (above): the resident terms where you live there,
            the non-resident terms where you only work there (a city that taxes only residents then takes
            nothing).
          </li>
        )}
        {result.rows.some((r) => r.tax.state === 'NY') && (
          <li>
            New York’s forms use a tax table under $65,000 of taxable income; the bracket formula used here
            can differ by a few dollars there. Above $107,650 of income New York takes back the benefit of its
            lower brackets (the supplemental tax).
          </li>
        )}
        {set.filingStatus === 'married-joint' && <li>Married filing jointly: the wages are one earner’s.</li>}
      </ul>
    </>
  );
}

/** The comparison for the chosen places, or what keeps it from being made. */
export function CityResults() {
  const result = shownComparison.value;
  return result.ok ? (
    <div class="city-results" aria-busy={computing.value}>
      <CityTable result={result} />
    </div>
  ) : result.message === COMPARING ? (
    <p class="note" role="status" aria-busy="true">
      {result.message}
    </p>
  ) : (
    <p class="error" role="alert">
      {result.message}
    </p>
  );
}

/** The island's code: drawn once the first comparison is made (off the main thread where it can be). */
export const loadCityResults = () => firstComparison().then(() => CityResults);
