import { describe, expect, it } from 'vitest';
import { defaultAssumptions, equivalentWages, estimate, takeHome } from '../../src/model';
import {
  cityGross,
  compareCities,
  placeLabel,
  projectedFigures,
  salaryPay,
  samePlace,
} from '../../src/model/cityComparison';
import { placeTaxChoices } from '../../src/model/placeTax';

const opts = {
  places: ['seattle', 'texas', 'new-york-city'],
  reference: 'seattle',
  filingStatus: 'single' as const,
  year: 2025 as const,
  pretax401k: 0,
};

describe('compareCities', () => {
  it('taxes the same wages in each place, in the order given, and the reference needs its own gross', () => {
    const { rows, gaps, reference } = compareCities({ kind: 'wages', wages: 250_000 }, opts);
    expect(gaps).toEqual([]);
    expect(reference).toBe('seattle');
    expect(rows.map((r) => r.location)).toEqual(opts.places);
    for (const r of rows) {
      expect(r.gross).toBe(250_000);
      expect(r.grossRange).toBeUndefined();
      expect(r.tax).toEqual(
        takeHome({ wages: 250_000, location: r.location, filingStatus: 'single', year: 2025 }),
      );
      expect(r.adjusted).toBe(Math.round(r.tax.net / (r.rpp / 100)));
    }
    expect(rows[0]?.needed).toBe(250_000);
    // New York City taxes more and costs more than Seattle: it needs a higher gross to match.
    expect(rows[2]?.needed).toBeGreaterThan(250_000);
  });

  it('compares the market estimate in each place, with its range', () => {
    const profile = { level: 'senior' as const, location: 'us', tier: 'market', specialization: 'general' };
    const pay = { kind: 'estimate' as const, profile, assumptions: defaultAssumptions };
    const texas = estimate({ ...profile, location: 'texas' }).total;
    expect(cityGross(pay, 'texas')).toEqual({
      gross: texas.typical,
      range: { low: texas.low, high: texas.high },
    });
    const { rows } = compareCities(pay, opts);
    expect(rows[1]?.gross).toBe(texas.typical);
    expect(rows[1]?.grossRange).toEqual({ low: texas.low, high: texas.high });
  });
});

describe('salaryPay', () => {
  it('reads a salary the way people write pay, as the same wages everywhere', () => {
    for (const text of ['$250k', '250K', '250,000', '$250,000', ' 250000.00 ', '0.25M']) {
      expect(salaryPay(text)).toEqual({ ok: true, pay: { kind: 'wages', wages: 250_000 } });
    }
    expect(salaryPay('1.2M')).toEqual({ ok: true, pay: { kind: 'wages', wages: 1_200_000 } });
    const r = salaryPay('$250k');
    const rows = r.ok ? compareCities(r.pay, opts).rows : [];
    expect(rows.map((row) => row.gross)).toEqual([250_000, 250_000, 250_000]);
  });

  it('says what is wrong with text that is not pay, and that an empty field needs a salary', () => {
    expect(salaryPay('')).toEqual({ ok: false, empty: true, message: 'Type a salary, like $250k.' });
    for (const bad of ['lots', '12..5', '1e12', '250kk', '$']) {
      expect(salaryPay(bad)).toEqual({
        ok: false,
        empty: false,
        message: 'Salary must be a number, like 150000 or $150k.',
      });
    }
    expect(salaryPay('-250k')).toEqual({ ok: false, empty: false, message: 'Salary can’t be negative.' });
    expect(salaryPay('20M')).toEqual({
      ok: false,
      empty: false,
      message: 'Salary must be between $1,000 and $10,000,000.',
    });
  });
});

describe('places beyond the seed', () => {
  const denver = 'metro-denver-aurora-lakewood-co';
  const philly = 'metro-philadelphia-camden-wilmington-pa-nj-de-md';
  const nyc = 'metro-new-york-newark-jersey-city-ny-nj-pa';

  it('labels any place, and knows a seed id and the place it names are one place', () => {
    expect(placeLabel(denver)).toBe('Denver-Aurora-Lakewood, CO');
    expect(placeLabel('metro-not-a-place')).toBe('metro-not-a-place');
    expect(samePlace('new-york-city', nyc)).toBe(true);
    expect(samePlace('texas', 'state-tx')).toBe(true);
    expect(samePlace('texas', 'metro-austin-round-rock-georgetown-tx')).toBe(false);
    expect(samePlace('metro-not-a-place', 'metro-not-a-place')).toBe(true);
  });

  it('offers the states a metro spans, its city taxes (principal city on) and the county taxes always paid', () => {
    const p = placeTaxChoices(philly, undefined);
    expect(p.states.map((s) => s.usps)).toEqual(['PA', 'NJ', 'DE', 'MD']);
    expect(p.states[0]?.label).toBe('Pennsylvania');
    expect(p.state).toBe('PA');
    expect(p.city.map((c) => [c.id, c.tie])).toEqual([['philadelphia', 'live-work']]);
    expect(p.always).toEqual([]);
    // Living in the Delaware part: Wilmington's wage tax instead; in Maryland, Cecil County's tax always.
    expect(placeTaxChoices(philly, { state: 'DE' }).city.map((c) => c.id)).toEqual(['wilmington']);
    expect(placeTaxChoices(philly, { state: 'MD' }).always.map((a) => a.id)).toEqual(['md-cecil']);
    // Turned off by the user.
    expect(placeTaxChoices(philly, { cityTaxes: [] }).city[0]?.tie).toBe('none');
    expect(placeTaxChoices(philly, { cityTaxes: ['philadelphia:work'] }).city[0]?.tie).toBe('work');
    // A state is no choice; Maryland's state place assumes a county and says so.
    const md = placeTaxChoices('state-md', undefined);
    expect(md.states).toEqual([]);
    expect(md.always[0]?.assumption).toContain('Montgomery County');
    expect(placeTaxChoices('us', undefined)).toEqual({ states: [], state: null, always: [], city: [] });
  });

  it('taxes where the user lives: the state picked and the city taxes chosen', () => {
    const pay = { kind: 'wages' as const, wages: 250_000 };
    const base = { filingStatus: 'single' as const, year: 2026 as const, pretax401k: 0 };
    const places = [denver, philly];
    const byDefault = compareCities(pay, { ...base, places, reference: denver }).rows[1];
    expect(byDefault?.tax).toEqual(takeHome({ wages: 250_000, location: philly, ...base }));
    expect(byDefault?.tax.localTaxes.map((l) => l.id)).toEqual(['philadelphia']);
    expect(byDefault?.livesIn).toBe('Pennsylvania');
    const placeOptions = { [philly]: { state: 'NJ' }, [denver]: { cityTaxes: [] } };
    const { rows } = compareCities(pay, { ...base, places, reference: denver, placeOptions });
    expect(rows[1]?.livesIn).toBe('New Jersey');
    expect(rows[1]?.tax).toEqual(takeHome({ wages: 250_000, location: philly, state: 'NJ', ...base }));
    expect(rows[0]?.tax.localTaxes).toEqual([]);
    expect(rows[0]?.livesIn).toBeUndefined();
    expect(rows[1]?.needed).toBe(
      equivalentWages(250_000, denver, philly, { ...base, state: 'NJ', fromCityTaxes: [] }),
    );
    // Matched to Philadelphia (PA, with its wage tax): Denver needs less than the same gross.
    const toPhilly = compareCities(pay, { ...base, places, reference: philly }).rows[0];
    expect(toPhilly?.needed).toBe(equivalentWages(250_000, philly, denver, base));
  });

  it('compares the market estimate in places beyond the seed', () => {
    const profile = { level: 'mid' as const, location: 'us', tier: 'market', specialization: 'general' };
    const pay = { kind: 'estimate' as const, profile, assumptions: defaultAssumptions };
    const base = { filingStatus: 'single' as const, year: 2026 as const, pretax401k: 0 };
    const r = compareCities(pay, { ...base, places: ['seattle', denver, philly], reference: denver });
    expect(r.gaps).toEqual([]);
    expect(r.reference).toBe(denver);
    const gross = estimate({ ...profile, location: philly }).total.typical;
    expect(r.rows[2]?.gross).toBe(gross);
    expect(r.rows[2]?.tax).toEqual(takeHome({ wages: gross, location: philly, ...base }));
  });

  it('lists an id it cannot compare with the reason (no NaN), and moves the reference off it', () => {
    const profile = { level: 'mid' as const, location: 'us', tier: 'market', specialization: 'general' };
    const pay = { kind: 'estimate' as const, profile, assumptions: defaultAssumptions };
    const base = { filingStatus: 'single' as const, year: 2026 as const, pretax401k: 0 };
    // Well-formed (so restored from storage) but naming no place: the estimate has no gross for it.
    expect(cityGross(pay, 'metro-not-a-place')).toBeNull();
    const r = compareCities(pay, {
      ...base,
      places: ['metro-not-a-place', 'seattle', denver],
      reference: 'metro-not-a-place',
    });
    expect(r.gaps).toEqual([
      {
        location: 'metro-not-a-place',
        label: 'metro-not-a-place',
        message: 'This place is not known (saved by another version); remove it.',
      },
    ]);
    expect(r.rows.map((row) => row.location)).toEqual(['seattle', denver]);
    expect(r.reference).toBe('seattle');
    expect(r.rows[0]?.needed).toBe(r.rows[0]?.gross);
    expect(JSON.stringify(r)).not.toMatch(/NaN|null/);
    // Where estimate() refuses (a profile it cannot take), every place says so: no row, no throw.
    const bad = { ...pay, profile: { ...profile, years: -1 } };
    const none = compareCities(bad, { ...base, places: ['seattle', denver], reference: 'seattle' });
    expect(none.rows).toEqual([]);
    expect(none.gaps[1]?.message).toBe(
      'The market estimate is not available for Denver-Aurora-Lakewood, CO. Compare a salary you type or an offer to see it here.',
    );
  });

  it('names the 2026 figures that are projections, by state, and none for 2025', () => {
    const p = projectedFigures(['CA', 'CA', 'TX'], 2026);
    expect(p.map((x) => x.state)).toEqual(['California']);
    expect(p[0]?.notes[0]).toMatch(/^indexed by 3\.0%/);
    expect(projectedFigures(['CA', 'ZZ'], 2025)).toEqual([]);
  });
});
