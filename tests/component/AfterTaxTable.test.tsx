// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { offerOnBasis, offerYears, takeHome } from '../../src/model';
import { defaultCitySet } from '../../src/model/domain';
import { cities } from '../../src/state/app';
import { household } from '../../src/state/cities';
import { AfterTaxTable } from '../../src/ui/offers/AfterTaxTable';
import { usd } from '../../src/ui/shared/format';
import { cashOffer } from '../fixtures/offers';

afterEach(cleanup);

it('shows each year’s federal deduction: SDI itemized with the state tax where they beat the standard', () => {
  cities.value = { ...defaultCitySet, taxYear: 2026, filingStatus: 'single', pretax401kText: '' };
  const offer = cashOffer('san-francisco', 209_000);
  render(<AfterTaxTable offer={offer} years={offerYears(offer, 4)} />);
  const first = within(screen.getByTestId('after-tax-table').querySelectorAll('tbody tr')[0] as HTMLElement);
  // Worked in tests/unit/allPlaces.test.ts: CA 15,064.23 + SDI 2,717 = 17,781.23 itemized; federal 38,491.
  expect(first.getByText('itemized').parentElement?.textContent).toBe('$17,781 itemized');
  expect(first.getByText('$38,491')).toBeTruthy();
});

it('names the steady-state year, as the year-by-year table does', () => {
  cities.value = { ...defaultCitySet, taxYear: 2026, filingStatus: 'single', pretax401kText: '' };
  const offer = cashOffer('texas', 150_000, 100_000);
  // Four years of vesting: year 5 is the first without the initial grant (steadyYear).
  render(<AfterTaxTable offer={offer} years={offerYears(offer)} />);
  const heads = [...screen.getByTestId('after-tax-table').querySelectorAll('tbody th')].map(
    (h) => h.textContent,
  );
  expect(heads).toEqual(['Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5 (steady state)']);
});

it('taxes the offer where the user lives in its place, as chosen on Cities (New Jersey in the New York metro)', () => {
  const offer = cashOffer('new-york-city', 195_000);
  const wages = { wages: 195_000, location: 'new-york-city', filingStatus: 'single', year: 2026 } as const;
  const nj = takeHome({ ...wages, state: 'NJ' });
  const ny = takeHome(wages);
  expect(nj.net).not.toBe(ny.net);
  const firstNet = () =>
    screen.getByTestId('after-tax-table').querySelector('tbody tr td[data-label="Take-home"]')?.textContent;
  cities.value = { ...defaultCitySet, taxYear: 2026, filingStatus: 'single', pretax401kText: '' };
  render(<AfterTaxTable offer={offer} years={offerYears(offer, 4)} />);
  expect(firstNet()).toBe(usd(ny.net));
  cleanup();
  cities.value = { ...cities.value, placeOptions: { 'new-york-city': { state: 'NJ' } } };
  render(<AfterTaxTable offer={offer} years={offerYears(offer, 4)} />);
  expect(firstNet()).toBe(usd(nj.net));
  expect(screen.getByTestId('after-tax-household').textContent).toContain(
    ', living in New Jersey (tax another state charges for working there is left out): change',
  );
  // New York City is among Cities' places (the default four): the choice is made there.
  expect(screen.getByTestId('after-tax-household').textContent).toMatch(/Cities screen\.$/);
  // Removed from Cities, its choice still applies, and the note says how to change it again.
  cleanup();
  cities.value = { ...cities.value, locations: ['san-francisco', 'seattle', 'texas'] };
  render(<AfterTaxTable offer={offer} years={offerYears(offer, 4)} />);
  expect(firstNet()).toBe(usd(nj.net));
  expect(screen.getByTestId('after-tax-household').textContent).toMatch(
    /Cities screen \(add New York City, NY there to choose where in it you live\)\.$/,
  );
  // Compare and the April bill read the same choice.
  const years = offerYears(offer);
  const onBasis = offerOnBasis(offer, { basis: 'after-tax', ...household.value }, years);
  expect(onBasis.firstYear).toBe(195_000 - nj.totalTax);
});
