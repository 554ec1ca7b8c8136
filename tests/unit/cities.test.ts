import { beforeEach, describe, expect, it } from 'vitest';
import { emptyOfferFields, takeHome, taxSources } from '../../src/model';
import { defaultCitySet } from '../../src/model/domain';
import { cities, defaultInputs } from '../../src/state/app';
import {
  addPlace,
  chosenPlaces,
  cityComparison,
  k401Error,
  pretax401kAmount,
  projections,
  removePlace,
  salaryError,
  setCities,
  setCityTax,
  setPlaceState,
} from '../../src/state/cities';
import { offers } from '../../src/state/persist';

beforeEach(() => {
  cities.value = { ...defaultCitySet };
  offers.value = [];
});

describe('the Cities 401(k) contribution', () => {
  it('reads money as people type it and applies it', () => {
    setCities({ pretax401kText: '$23.5k' });
    expect(k401Error.value).toBeUndefined();
    expect(pretax401kAmount.value).toBe(23_500);
    const r = cityComparison.value;
    expect(r.ok && r.rows.every((row) => row.tax.pretax401k === 23_500)).toBe(true);
  });

  it('is held to the tax year’s limit, plus the catch-up when 50 or older', () => {
    // IRS Notice 2025-67: $24,500 for 2026, $8,000 more at 50 or older.
    setCities({ pretax401kText: '32,000' });
    expect(k401Error.value).toBe(
      '401(k) contribution can’t be more than $24,500, the 2026 employee limit ($32,500 at 50 or older).',
    );
    // IRS Notice 2024-80: $23,500 for 2025, $7,500 more at 50 or older.
    setCities({ taxYear: 2025, pretax401kText: '31,000' });
    expect(k401Error.value).toBe(
      '401(k) contribution can’t be more than $23,500, the 2025 employee limit ($31,000 at 50 or older).',
    );
    expect(pretax401kAmount.value).toBe(0);
    expect(cityComparison.value).toEqual({
      ok: false,
      message: 'Fix the 401(k) amount above to see the comparison.',
    });
    setCities({ age50OrOver: true });
    expect(k401Error.value).toBeUndefined();
    expect(pretax401kAmount.value).toBe(31_000);
  });

  it('is held to the wages it comes from, and take-home stays 0 or more', () => {
    offers.value = [
      {
        id: 'small',
        company: 'Tiny',
        profile: { ...defaultInputs, location: 'texas' },
        fields: { ...emptyOfferFields, base: '20k' },
        createdAt: 1,
        updatedAt: 1,
      },
    ];
    setCities({ source: 'small', pretax401kText: '23,500', taxYear: 2025 });
    expect(k401Error.value).toBe(
      '401(k) contribution can’t be more than the wages it comes from ($20,000 at Tiny in year 1).',
    );
    setCities({ pretax401kText: '20,000' });
    expect(k401Error.value).toBeUndefined();
    const r = cityComparison.value;
    expect(r.ok).toBe(true);
    for (const row of r.ok ? r.rows : []) {
      expect(row.tax.net).toBeGreaterThanOrEqual(0);
      expect(row.tax).toEqual(
        takeHome({
          wages: 20_000,
          location: row.location,
          filingStatus: 'single',
          year: 2025,
          pretax401k: 20_000,
        }),
      );
    }
  });
});

describe('a typed salary as the pay compared', () => {
  it('compares the same gross in every city, taxed where each city is', () => {
    setCities({ source: 'salary', salaryText: '$250k' });
    expect(salaryError.value).toBeUndefined();
    const r = cityComparison.value;
    expect(r.ok && r.sourceLabel).toBe('a salary of $250,000 in every city');
    expect(r.ok && r.rows.map((row) => row.location)).toEqual(defaultCitySet.locations);
    for (const row of r.ok ? r.rows : []) {
      expect(row.gross).toBe(250_000);
      expect(row.tax).toEqual(
        takeHome({ wages: 250_000, location: row.location, filingStatus: 'single', year: taxSources.year }),
      );
    }
  });

  it('asks for a salary when empty, and says what is wrong with bad text (no NaN anywhere)', () => {
    setCities({ source: 'salary' });
    expect(salaryError.value).toBeUndefined();
    expect(cityComparison.value).toEqual({
      ok: false,
      message: 'Type the salary to compare above, like $250k.',
    });
    for (const bad of ['lots', '12..5', '1e12', '$']) {
      setCities({ salaryText: bad });
      expect(salaryError.value).toBe('Salary must be a number, like 150000 or $150k.');
      expect(cityComparison.value).toEqual({
        ok: false,
        message: 'Fix the salary above to see the comparison.',
      });
    }
    // The salary's text is kept but not read while another source is chosen.
    setCities({ source: 'estimate' });
    expect(salaryError.value).toBeUndefined();
    expect(JSON.stringify(cityComparison.value)).not.toMatch(/NaN|null/);
  });

  it('holds the 401(k) to the salary', () => {
    setCities({ source: 'salary', salaryText: '20k', pretax401kText: '23,500' });
    expect(k401Error.value).toBe(
      '401(k) contribution can’t be more than the wages it comes from ($20,000 salary).',
    );
  });
});

describe('choosing places', () => {
  const denver = 'metro-denver-aurora-lakewood-co';
  const philly = 'metro-philadelphia-camden-wilmington-pa-nj-de-md';

  it('adds any place up to six, each place once (a seed id and its place are one), and removes down to two', () => {
    expect(addPlace(denver)).toBe('added');
    expect(addPlace(denver)).toBe('duplicate');
    expect(addPlace('metro-seattle-tacoma-bellevue-wa')).toBe('duplicate');
    expect(addPlace('metro-not-a-place')).toBe('unknown');
    expect(addPlace(philly)).toBe('added');
    expect(addPlace('state-nc')).toBe('full');
    expect(cities.value.locations).toEqual([...defaultCitySet.locations, denver, philly]);
    for (const id of [...cities.value.locations]) removePlace(id);
    expect(cities.value.locations).toEqual([denver, philly]);
    // The reference moved to the first place left when it went.
    expect(cities.value.reference).toBe(denver);
    expect(chosenPlaces.value.map((p) => p.label)).toEqual([
      'Denver-Aurora-Lakewood, CO',
      'Philadelphia-Camden-Wilmington, PA-NJ-DE-MD',
    ]);
  });

  it('keeps the state lived in and the city taxes per place, and the comparison uses them', () => {
    setCities({ locations: [denver, philly], reference: denver, source: 'salary', salaryText: '$250k' });
    const phillyTax = () => {
      const r = cityComparison.value;
      return r.ok ? r.rows.find((row) => row.location === philly)?.tax : undefined;
    };
    expect(phillyTax()?.localTaxes.map((l) => l.id)).toEqual(['philadelphia']);
    setCityTax(philly, 'philadelphia', 'work');
    expect(cities.value.placeOptions[philly]).toEqual({ cityTaxes: ['philadelphia:work'] });
    // Philadelphia Revenue Dept.: non-residents 3.43% in 2026: 250,000 × 3.43% = 8,575.
    expect(phillyTax()?.localTaxes).toEqual([
      { id: 'philadelphia', label: 'Philadelphia Wage Tax (non-resident)', amount: 8_575 },
    ]);
    setCityTax(philly, 'philadelphia', 'none');
    expect(cities.value.placeOptions[philly]).toEqual({ cityTaxes: [] });
    expect(phillyTax()?.localTaxes).toEqual([]);
    expect(chosenPlaces.value[1]?.choices?.city[0]?.tie).toBe('none');
    // A tax the place does not have is ignored.
    setCityTax(philly, 'nyc', 'live-work');
    expect(cities.value.placeOptions[philly]).toEqual({ cityTaxes: [] });
    // Another state: its own city taxes, at their defaults (Wilmington in Delaware).
    setPlaceState(philly, 'DE');
    expect(cities.value.placeOptions[philly]).toEqual({ state: 'DE' });
    expect(phillyTax()).toEqual(
      takeHome({ wages: 250_000, location: philly, state: 'DE', filingStatus: 'single', year: 2026 }),
    );
    expect(phillyTax()?.localTaxes.map((l) => l.id)).toEqual(['wilmington']);
    // Removing a place keeps its choices: an offer there is still taxed by them; added back, they show.
    addPlace('state-nc');
    removePlace(philly);
    expect(cities.value.locations).not.toContain(philly);
    expect(cities.value.placeOptions[philly]).toEqual({ state: 'DE' });
    addPlace(philly);
    expect(phillyTax()?.localTaxes.map((l) => l.id)).toEqual(['wilmington']);
  });

  it('uses the tax year picked (2026 by default), and names the projected figures for 2026 only', () => {
    setCities({ source: 'salary', salaryText: '$250k', locations: ['san-francisco', 'texas'] });
    const net = () => {
      const r = cityComparison.value;
      return r.ok ? r.rows[0]?.tax.net : undefined;
    };
    const at = (year: 2025 | 2026) =>
      takeHome({ wages: 250_000, location: 'san-francisco', filingStatus: 'single', year }).net;
    expect(net()).toBe(at(2026));
    expect(projections.value.map((p) => p.state)).toEqual(['California']);
    setCities({ taxYear: 2025 });
    expect(net()).toBe(at(2025));
    expect(projections.value).toEqual([]);
  });

  it('shows a place it cannot compare as a note in its row, never a NaN or a blank screen', () => {
    setCities({ locations: ['seattle', 'metro-not-a-place'], reference: 'metro-not-a-place' });
    const r = cityComparison.value;
    expect(r.ok && r.rows.map((row) => row.location)).toEqual(['seattle']);
    expect(r.ok && r.gaps.map((g) => g.location)).toEqual(['metro-not-a-place']);
    expect(r.ok && r.reference).toBe('seattle');
    expect(chosenPlaces.value[1]?.choices).toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/NaN/);
    setCities({ locations: ['metro-not-a-place', 'metro-also-not-a-place'] });
    expect(cityComparison.value).toEqual({
      ok: false,
      message:
        'None of the chosen places can be compared with this pay. Choose a typed salary or an offer above.',
    });
  });
});
