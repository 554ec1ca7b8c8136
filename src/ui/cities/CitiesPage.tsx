import './cities.css';
import { useState } from 'preact/hooks';
import {
  employee401kLimit,
  k401Rules,
  normalizedText,
  payrollTotal,
  taxSources,
  taxYears,
} from '../../model';
import { salaryRules } from '../../model/cityComparison';
import { MAX_CITIES, MIN_CITIES } from '../../model/domain';
import { cities } from '../../state/app';
import {
  addPlace,
  type CityRow,
  chosenPlaces,
  cityComparison,
  k401Error,
  placeLabel,
  pretax401kAmount,
  projections,
  removePlace,
  salaryError,
  setCities,
  setCityTax,
  setPlaceState,
} from '../../state/cities';
import { offerViews } from '../../state/offers';
import { offers } from '../../state/persist';
import { BarsChart } from '../charts/BarsChart';
import { usd } from '../shared/format';
import { NumField } from '../shared/NumField';
import { PlacePicker } from '../shared/PlacePicker';
import { Select } from '../shared/Select';

type Col = { key: string; label: string; value: (r: CityRow) => number };
const columns: Col[] = [
  { key: 'gross', label: 'Gross', value: (r) => r.gross },
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

/** A place's name short enough for a chart axis: "Denver-Aurora-Lakewood, CO" → "Denver, CO". */
const shortLabel = (label: string): string => {
  const [name = label, states] = label.split(', ');
  return states ? `${name.split('-')[0]}, ${states.split('-')[0]}` : label;
};

/** The chosen places, each with its tax choices and a remove button, and a picker to add one. */
function PlaceList() {
  const set = cities.value;
  const [status, setStatus] = useState('');
  const count = set.locations.length;
  const onAdd = (id: string) => {
    const r = addPlace(id);
    const label = placeLabel(id);
    setStatus(
      r === 'added'
        ? `Added ${label}.`
        : r === 'duplicate'
          ? `${label} is already compared.`
          : r === 'full'
            ? `At most ${MAX_CITIES} places: remove one first.`
            : '',
    );
  };
  return (
    <fieldset class="places">
      <legend>
        Places ({MIN_CITIES} to {MAX_CITIES})
      </legend>
      <ul class="place-list">
        {chosenPlaces.value.map(({ id, label, choices }) => (
          <li class="place-item" key={id} data-testid={`place-${id}`}>
            <div class="place-head">
              <span class="place-name">
                {label}
                {id === set.reference ? ' (reference)' : ''}
              </span>
              <button
                type="button"
                class="secondary"
                aria-label={`Remove ${label}`}
                disabled={count <= MIN_CITIES}
                onClick={() => {
                  removePlace(id);
                  setStatus(`Removed ${label}.`);
                }}
              >
                Remove
              </button>
            </div>
            {!choices && <p class="error">This place is not known here (saved by another version).</p>}
            {choices && choices.states.length > 1 && (
              <fieldset class="place-states">
                <legend>State you live in (its taxes apply)</legend>
                {choices.states.map((s) => (
                  <label class="radio" key={s.usps}>
                    <input
                      type="radio"
                      name={`state-${id}`}
                      checked={choices.state === s.usps}
                      onChange={() => setPlaceState(id, s.usps)}
                    />
                    {s.label}
                  </label>
                ))}
              </fieldset>
            )}
            {choices?.city.map((c) => (
              <label class="radio" key={c.id}>
                <input
                  type="checkbox"
                  checked={c.on}
                  onChange={(e) => setCityTax(id, c.id, e.currentTarget.checked)}
                />
                <span>I live or work where it applies: {c.label}</span>
              </label>
            ))}
            {choices?.always.map((a) => (
              <p class="hint" key={a.id}>
                Always applied (every resident pays it): {a.label}
                {a.assumption ? ` (assumed: ${a.assumption})` : ''}.
              </p>
            ))}
          </li>
        ))}
      </ul>
      {count < MAX_CITIES ? (
        <PlacePicker id="city-add" label="Add a place" value="" onChange={onAdd} />
      ) : (
        <p class="hint">Six places is the most: remove one to add another.</p>
      )}
      <p class="hint" role="status" data-testid="place-status">
        {status}
      </p>
    </fieldset>
  );
}

/** The tax year picked, which rules apply, and where a figure is a projection. */
function TaxYearChoice() {
  const year = cities.value.taxYear;
  const proj = projections.value;
  return (
    <fieldset>
      <legend>Tax year</legend>
      {taxYears.map((y) => (
        <label class="radio" key={y}>
          <input
            type="radio"
            name="tax-year"
            checked={year === y}
            onChange={() => setCities({ taxYear: y })}
          />
          {y}
          {y === taxSources.year ? ' (the latest rules; later years use them too)' : ''}
        </label>
      ))}
      {year === 2026 && (
        <p class="hint" data-testid="projection-note">
          Where a 2026 figure was not yet published, a projection is used and the data says so, with how it
          was projected{proj.length ? ':' : '.'}
        </p>
      )}
      {year === 2026 && proj.length > 0 && (
        <details class="projections">
          <summary>Projected 2026 figures for these places ({proj.map((p) => p.state).join(', ')})</summary>
          <ul>
            {proj.map((p) => (
              <li key={p.state}>
                {p.state}: {p.notes.join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  );
}

/** Cities side by side: gross, every tax line, take-home, and take-home adjusted for local prices. */
export function CitiesPage() {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: 'adjusted', dir: -1 });
  const set = cities.value;
  const result = cityComparison.value;
  const kError = k401Error.value;
  const limit = employee401kLimit(set.taxYear);
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
  const reference = result.ok ? result.reference : set.reference;
  return (
    <section class="page cities">
      <h1>Cities side by side</h1>
      <p class="note" data-testid="tax-label">
        Tax year {set.taxYear} rules, wages only: the federal standard deduction, or state and local income
        taxes itemized under the SALT cap where that is larger (the only itemized deduction assumed). Prices:
        BEA Regional Price Parities ({taxSources.parity.dataYear}).
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
        <PlaceList />
        <Select
          id="city-reference"
          label="Reference place"
          value={set.reference}
          options={chosenPlaces.value.map((p) => ({ id: p.id, label: p.label }))}
          onChange={(reference) => setCities({ reference })}
        />
        <TaxYearChoice />
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
          <ul class="notes">
            {reference !== set.reference && (
              <li>
                {placeLabel(set.reference)} cannot be compared with this pay, so {placeLabel(reference)} is
                the reference.
              </li>
            )}
            {result.rows.some((r) => r.tax.state === null) && (
              <li>
                United States (national average): federal and payroll taxes only; no state tax is included.
              </li>
            )}
            {result.rows.some((r) => r.tax.localTaxes.length > 0) && (
              <li>
                Local income taxes are at the resident rate; some cities tax only residents, others also those
                who work there.
              </li>
            )}
            {result.rows.some((r) => r.tax.state === 'NY') && (
              <li>
                New York’s forms use a tax table under $65,000 of taxable income; the bracket formula used
                here can differ by a few dollars there. Above $107,650 of income New York takes back the
                benefit of its lower brackets (the supplemental tax).
              </li>
            )}
            {set.filingStatus === 'married-joint' && (
              <li>Married filing jointly: the wages are one earner’s.</li>
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
