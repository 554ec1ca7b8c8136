import './cities.css';
import { normalizedText, taxSources } from '../../model';
import { salaryRules } from '../../model/cityComparison';
import { cities } from '../../state/app';
import { chosenPlaces, k401Error, salaryError, setCities } from '../../state/cities';
import { offerViews } from '../../state/offers';
import { offers } from '../../state/persist';
import { HouseholdFields } from '../shared/HouseholdFields';
import { SALT_TEXT } from '../shared/household';
import { island } from '../shared/island';
import { NumField } from '../shared/NumField';
import { Select } from '../shared/Select';
import '../shared/textRuns'; // before this screen is drawn over its prerendered HTML

// The comparison (every place's taxes, and the gross that matches) is computed and drawn in a task of
// its own once the screen is up; until then its prerendered table stays (src/ui/shared/island.tsx).
const CityResults = island(() => import('./CityTable').then((m) => m.loadCityResults()));
// The places, each with its state and city-tax choices, likewise.
const PlaceList = island(() => import('./PlaceList').then((m) => m.PlaceList));

/** Cities side by side: gross, every tax line, take-home, and take-home adjusted for local prices. */
export function CitiesPage() {
  const set = cities.value;
  const kError = k401Error.value;
  const sources = [
    { id: 'estimate', label: 'Market estimate for my profile' },
    { id: 'salary', label: 'A salary I type' },
    ...offers.value
      .filter((o) => offerViews.value.get(o.id)?.ok)
      .map((o) => ({ id: o.id, label: `Offer: ${o.company}` })),
  ];
  return (
    <section class="page cities">
      <h1>Cities side by side</h1>
      <p class="note" data-testid="tax-label">
        Tax year {set.taxYear} rules, wages only: the federal standard deduction, or {SALT_TEXT} where that is
        larger (the only itemized deduction assumed). Prices: BEA Regional Price Parities (
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
        <PlaceList />
        <Select
          id="city-reference"
          label="Reference place"
          value={set.reference}
          options={chosenPlaces.value.map((p) => ({ id: p.id, label: p.label }))}
          onChange={(reference) => setCities({ reference })}
        />
        <HouseholdFields idPrefix="city" k401Error={kError} />
      </form>

      <CityResults />
    </section>
  );
}
