// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { offerYears } from '../../src/model';
import { defaultCitySet } from '../../src/model/domain';
import { cities } from '../../src/state/app';
import { AfterTaxTable } from '../../src/ui/offers/AfterTaxTable';
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
