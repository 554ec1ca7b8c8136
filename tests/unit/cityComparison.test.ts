import { describe, expect, it } from 'vitest';
import { defaultAssumptions, estimate, takeHome } from '../../src/model';
import { cityGross, compareCities } from '../../src/model/cityComparison';

const opts = {
  places: ['seattle', 'texas', 'new-york-city'],
  reference: 'seattle',
  filingStatus: 'single' as const,
  year: 2025 as const,
  pretax401k: 0,
};

describe('compareCities', () => {
  it('taxes the same wages in each place, in the order given, and the reference needs its own gross', () => {
    const rows = compareCities({ kind: 'wages', wages: 250_000 }, opts);
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
    const rows = compareCities(pay, opts);
    expect(rows[1]?.gross).toBe(texas.typical);
    expect(rows[1]?.grossRange).toEqual({ low: texas.low, high: texas.high });
  });
});
