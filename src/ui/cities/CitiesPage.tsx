import './cities.css';
import { useState } from 'preact/hooks';
import {
  employee401kLimit,
  k401Rules,
  locations,
  normalizedText,
  optionLabel,
  payrollTotal,
  taxSources,
} from '../../model';
import { salaryRules } from '../../model/cityComparison';
import { MAX_CITIES, MIN_CITIES } from '../../model/domain';
import { cities } from '../../state/app';
import {
  type CityRow,
  cityComparison,
  k401Error,
  pretax401kAmount,
  salaryError,
  setCities,
  toggleCity,
} from '../../state/cities';
import { offerViews } from '../../state/offers';
import { offers } from '../../state/persist';
import { BarsChart } from '../charts/BarsChart';
import { usd } from '../shared/format';
import { NumField } from '../shared/NumField';
import { Select } from '../shared/Select';

type Col = { key: string; label: string; value: (r: CityRow) => number };
const columns: Col[] = [
  { key: 'gross', label: 'Gross', value: (r) => r.gross },
  { key: 'federal', label: 'Federal income tax', value: (r) => r.tax.federalIncomeTax },
  { key: 'ss', label: 'Social Security', value: (r) => r.tax.socialSecurity },
  { key: 'medicare', label: 'Medicare', value: (r) => r.tax.medicare },
  { key: 'state', label: 'State income tax', value: (r) => r.tax.stateIncomeTax },
  { key: 'local', label: 'City income tax', value: (r) => r.tax.localIncomeTax },
  { key: 'payroll', label: 'State payroll programs', value: (r) => payrollTotal(r.tax) },
  { key: 'total', label: 'Total tax', value: (r) => r.tax.totalTax },
  { key: 'k401', label: 'Pre-tax 401(k)', value: (r) => r.tax.pretax401k },
  { key: 'net', label: 'Take-home', value: (r) => r.tax.net },
  { key: 'rpp', label: 'Price level (US = 100)', value: (r) => r.rpp },
  { key: 'adjusted', label: 'Take-home at US prices', value: (r) => r.adjusted },
  { key: 'needed', label: 'Gross needed to match', value: (r) => r.needed },
];

/** Cities side by side: gross, every tax line, take-home, and take-home adjusted for local prices. */
export function CitiesPage() {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: 'adjusted', dir: -1 });
  const set = cities.value;
  const result = cityComparison.value;
  const kError = k401Error.value;
  const limit = employee401kLimit(cities.value.taxYear);
  const refLabel = optionLabel(locations, set.reference);
  const sources = [
    { id: 'estimate', label: 'Market estimate for my profile' },
    { id: 'salary', label: 'A salary I type' },
    ...offers.value
      .filter((o) => offerViews.value.get(o.id)?.ok)
      .map((o) => ({ id: o.id, label: `Offer: ${o.company}` })),
  ];
  // The 401(k) column only when there is a contribution.
  const shown = pretax401kAmount.value > 0 ? columns : columns.filter((c) => c.key !== 'k401');
  const col = shown.find((c) => c.key === sort.key) ?? (shown.find((c) => c.key === 'adjusted') as Col);
  const rows = result.ok ? [...result.rows].sort((a, b) => (col.value(a) - col.value(b)) * sort.dir) : [];
  return (
    <section class="page cities">
      <h1>Cities side by side</h1>
      <p class="note" data-testid="tax-label">
        Tax year {cities.value.taxYear}, wages only, standard deduction. Prices: BEA Regional Price Parities (
        {taxSources.parity.dataYear}).
      </p>
      <form class="city-form" aria-label="What to compare" onSubmit={(e) => e.preventDefault()}>
        <Select
          id="city-source"
          label="Pay to compare"
          value={sources.some((s) => s.id === set.source) ? set.source : 'estimate'}
          options={sources}
          onChange={(source) => setCities({ source })}
        />
        {set.source === 'salary' && (
          <NumField
            id="city-salary"
            label="Salary (USD a year)"
            hint="Gross wages before tax, the same in every city: $250k, 1.2M or $150,000."
            value={set.salaryText}
            error={salaryError.value}
            reads={normalizedText(set.salaryText, salaryRules)}
            onInput={(salaryText) => setCities({ salaryText })}
          />
        )}
        <fieldset>
          <legend>
            Cities ({MIN_CITIES} to {MAX_CITIES})
          </legend>
          <div class="city-checks">
            {locations.map((l) => {
              const on = set.locations.includes(l.id);
              return (
                <label class="radio" key={l.id}>
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={
                      (on && set.locations.length <= MIN_CITIES) ||
                      (!on && set.locations.length >= MAX_CITIES)
                    }
                    onChange={() => toggleCity(l.id)}
                  />
                  {l.label}
                </label>
              );
            })}
          </div>
        </fieldset>
        <Select
          id="city-reference"
          label="Reference city"
          value={set.reference}
          options={locations.filter((l) => set.locations.includes(l.id))}
          onChange={(reference) => setCities({ reference })}
        />
        <fieldset>
          <legend>Filing status</legend>
          <label class="radio">
            <input
              type="radio"
              name="filing"
              checked={set.filingStatus === 'single'}
              onChange={() => setCities({ filingStatus: 'single' })}
            />
            Single
          </label>
          <label class="radio">
            <input
              type="radio"
              name="filing"
              checked={set.filingStatus === 'married-joint'}
              onChange={() => setCities({ filingStatus: 'married-joint' })}
            />
            Married filing jointly (one earner)
          </label>
        </fieldset>
        <NumField
          id="city-401k"
          label="Pre-tax 401(k) contribution (USD a year)"
          hint={`Lowers income tax, not Social Security or Medicare; take-home is what is left after it. Up to ${usd(limit.employee)} in ${limit.year} (${limit.source}).`}
          value={set.pretax401kText}
          error={kError}
          reads={normalizedText(set.pretax401kText, k401Rules)}
          onInput={(pretax401kText) => setCities({ pretax401kText })}
        />
        <label class="radio">
          <input
            type="checkbox"
            checked={set.age50OrOver}
            onChange={(e) => setCities({ age50OrOver: e.currentTarget.checked })}
          />
          50 or older by the end of {limit.year} (adds the {usd(limit.catchUp50)} catch-up)
        </label>
      </form>

      {result.ok ? (
        <>
          <p>
            Comparing {result.sourceLabel}. “Gross needed to match” is the pay each city needs for the same
            take-home as {refLabel} once prices are accounted for.
          </p>
          <BarsChart
            testId="city-chart"
            caption="Take-home, and take-home at US-average prices"
            description="Bars of take-home and of take-home adjusted for local prices per city; the table has the numbers."
            stacked={false}
            labels={rows.map((r) => r.label)}
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
                <th scope="col">City</th>
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
                    {r.location === set.reference ? ' (reference)' : ''}
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
                      {c.key === 'rpp' && <span class="sub">{r.area}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <ul class="notes">
            {set.locations.includes('us') && (
              <li>
                United States (national average): federal and payroll taxes only; no state tax is included.
              </li>
            )}
            {(set.locations.includes('new-york-city') || set.locations.includes('new-york-state')) && (
              <li>
                New York’s forms use a tax table under $65,000 of taxable income; the bracket formula used
                here can differ by a few dollars there. Above $107,650 of income New York takes back the
                benefit of its lower brackets (the supplemental tax).
              </li>
            )}
            {set.filingStatus === 'married-joint' && (
              <li>
                Married filing jointly: the wages are one earner’s. The New York City rate-reduction credit
                for joint filers is not in our reference, so it is not applied.
              </li>
            )}
          </ul>
        </>
      ) : (
        <p class="error" role="alert">
          {result.message}
        </p>
      )}
    </section>
  );
}
