// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeHome } from '../../src/model';
import { defaultCitySet } from '../../src/model/domain';
import { cities } from '../../src/state/app';
import { loadPlaces } from '../../src/state/places';
import { recentPlaces } from '../../src/state/recentPlaces';
import { CitiesPage } from '../../src/ui/cities/CitiesPage';
import { defaultOrder, order } from '../../src/ui/cities/CityTable';

// jsdom has no canvas: the lazy chart module draws nothing.
vi.mock('../../src/ui/charts/loadChart', () => ({
  loadBarsChart: async () => ({ drawBars: () => ({ update: () => {}, destroy: () => {} }) }),
}));

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const philly = 'metro-philadelphia-camden-wilmington-pa-nj-de-md';

beforeEach(async () => {
  cities.value = { ...defaultCitySet, source: 'salary', salaryText: '$250k' };
  recentPlaces.value = [];
  await loadPlaces();
});
afterEach(() => {
  cleanup();
  order.value = defaultOrder;
});

describe('Cities: choosing places', () => {
  it('adds a place with the picker, with its state and city-tax choices, and shows its local tax line', async () => {
    render(<CitiesPage />);
    // The place list is an island: its code loads after the form's (src/ui/shared/island.tsx).
    const add = await screen.findByRole('combobox', { name: 'Add a place' });
    fireEvent.input(add, { target: { value: 'philadelphia' } });
    fireEvent.click(
      (await within(await screen.findByRole('listbox')).findAllByRole('option'))[0] as HTMLElement,
    );
    expect(cities.value.locations).toContain(philly);
    expect(screen.getByTestId('place-status').textContent).toBe(
      'Added Philadelphia-Camden-Wilmington, PA-NJ-DE-MD.',
    );
    const item = within(screen.getByTestId(`place-${philly}`));
    expect((item.getByRole('radio', { name: 'Pennsylvania' }) as HTMLInputElement).checked).toBe(true);
    const wageTax = item.getByRole('combobox', { name: 'Philadelphia Wage Tax' }) as HTMLSelectElement;
    expect(wageTax.value).toBe('live-work');
    expect([...wageTax.options].map((o) => o.text)).toEqual([
      'I live there',
      'I work there, living elsewhere',
      'Neither',
    ]);
    const t = takeHome({ wages: 250_000, location: philly, filingStatus: 'single', year: 2026 });
    // The comparison is an island: its code loads after the form's (src/ui/shared/island.tsx).
    const row = await screen.findByTestId(`city-${philly}`);
    expect(row.querySelector('[data-testid="local-lines"]')?.textContent).toBe(
      `Philadelphia Wage Tax ${usd(t.localIncomeTax)}`,
    );
    expect(row.querySelector('[data-col="net"]')?.textContent).toBe(usd(t.net));
    // The federal deduction: PA tax 3.07% × 250,000 = 7,675, Philadelphia's 3.74% wage tax and PA's 0.07%
    // unemployment contribution (175, Schedule A line 5a) are itemized, over the 16,100 standard deduction.
    expect(t.federalDeduction).toEqual({ kind: 'salt', amount: 7_675 + t.localIncomeTax + 175 });
    expect(row.querySelector('[data-col="deduction"]')?.textContent).toBe(usd(t.federalDeduction.amount));
    // Working there only: the non-resident rate (Philadelphia Revenue Dept., 2026: 3.43% × 250,000 = 8,575).
    fireEvent.change(wageTax, { target: { value: 'work' } });
    expect(cities.value.placeOptions[philly]).toEqual({ cityTaxes: ['philadelphia:work'] });
    await waitFor(() =>
      expect(
        screen.getByTestId(`city-${philly}`).querySelector('[data-testid="local-lines"]')?.textContent,
      ).toBe('Philadelphia Wage Tax (non-resident) $8,575'),
    );
    // Neither: no wage tax line, and the choice is kept in the Cities choices.
    fireEvent.change(wageTax, { target: { value: 'none' } });
    expect(cities.value.placeOptions[philly]).toEqual({ cityTaxes: [] });
    await waitFor(() =>
      expect(screen.getByTestId(`city-${philly}`).querySelector('[data-testid="local-lines"]')).toBeNull(),
    );
    // Living in Delaware: Wilmington's wage tax, on by default there.
    fireEvent.click(item.getByRole('radio', { name: 'Delaware' }));
    expect(cities.value.placeOptions[philly]).toEqual({ state: 'DE' });
    expect((item.getByRole('combobox', { name: /Wilmington wage tax/ }) as HTMLSelectElement).value).toBe(
      'live-work',
    );
  });

  it('removes places down to two (the buttons then disabled) and hides the picker at six', async () => {
    render(<CitiesPage />);
    for (const name of ['San Francisco-Oakland-Berkeley, CA', 'Seattle-Tacoma-Bellevue, WA']) {
      fireEvent.click(await screen.findByRole('button', { name: `Remove ${name}` }));
    }
    expect(cities.value.locations).toEqual(['new-york-city', 'texas']);
    expect(cities.value.reference).toBe('new-york-city');
    for (const b of screen.getAllByRole('button', { name: /^Remove / })) {
      expect((b as HTMLButtonElement).disabled).toBe(true);
    }
    cities.value = {
      ...cities.value,
      locations: ['us', 'seattle', 'texas', 'state-nc', 'state-co', 'metro-raleigh-cary-nc'],
    };
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Add a place' })).toBeNull());
    expect(screen.getByText('Six places is the most: remove one to add another.')).toBeTruthy();
  });

  it('picks the tax year (2026 by default) and says which rules apply and what is projected', async () => {
    render(<CitiesPage />);
    expect(screen.getByTestId('tax-label').textContent).toContain('Tax year 2026 rules');
    expect(screen.getByTestId('projection-note').textContent).toContain('a projection is used');
    expect(screen.getByText(/Projected 2026 figures for these places \(California\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '2025' }));
    expect(cities.value.taxYear).toBe(2025);
    await waitFor(() => expect(screen.getByTestId('tax-label').textContent).toContain('Tax year 2025 rules'));
    expect(screen.queryByTestId('projection-note')).toBeNull();
  });

  it('shows a place it cannot compare as a note in its row, never a NaN', async () => {
    cities.value = { ...cities.value, locations: ['seattle', 'metro-not-a-place'] };
    render(<CitiesPage />);
    expect((await screen.findByTestId('city-metro-not-a-place')).textContent).toContain(
      'This place is not known',
    );
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('keeps the table’s order when the user leaves Cities and comes back', async () => {
    const order = () => screen.getAllByTestId(/^city-(?!table|chart)/).map((r) => r.dataset.testid);
    render(<CitiesPage />);
    const sortBy = (await screen.findByRole('combobox', { name: 'Sort by' })) as HTMLSelectElement;
    fireEvent.change(sortBy, { target: { value: 'gross' } });
    fireEvent.click(screen.getByRole('button', { name: 'Highest first' }));
    const lowestGrossFirst = order();
    cleanup();
    render(<CitiesPage />);
    expect(((await screen.findByRole('combobox', { name: 'Sort by' })) as HTMLSelectElement).value).toBe(
      'gross',
    );
    expect(screen.getByRole('button', { name: 'Lowest first' })).toBeTruthy();
    expect(order()).toEqual(lowestGrossFirst);
  });
});
