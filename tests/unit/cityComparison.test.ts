import { describe, expect, it } from 'vitest';
import { defaultAssumptions, estimate, takeHome } from '../../src/model';
import { cityGross, compareCities, salaryPay } from '../../src/model/cityComparison';

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

describe('salaryPay', () => {
  it('reads a salary the way people write pay, as the same wages everywhere', () => {
    for (const text of ['$250k', '250K', '250,000', '$250,000', ' 250000.00 ', '0.25M']) {
      expect(salaryPay(text)).toEqual({ ok: true, pay: { kind: 'wages', wages: 250_000 } });
    }
    expect(salaryPay('1.2M')).toEqual({ ok: true, pay: { kind: 'wages', wages: 1_200_000 } });
    const r = salaryPay('$250k');
    const rows = r.ok ? compareCities(r.pay, opts) : [];
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
