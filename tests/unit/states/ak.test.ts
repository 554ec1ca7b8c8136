// Alaska: no individual income tax; employees pay 0.5% unemployment insurance on wages up to the taxable
// wage base (Alaska Dept. of Labor, 2025 and 2026 Unemployment Insurance Tax Rates; AS 23.20.290).
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Alaska', () => {
  it('2025: no income tax; UI 0.5% of the first $51,700', () => {
    // 0.5% × 51,700 = 258.50 → 259 (half up), the same at $150,000 and $300,000.
    for (const [filingStatus, wages] of [
      ['single', 150_000],
      ['married-joint', 300_000],
    ] as const) {
      expect(stateTaxFor('AK', { year: 2025, filingStatus, wages })).toEqual({
        incomeTax: 0,
        payroll: [{ id: 'ak-ui', label: 'AK unemployment insurance (employee)', amount: 259 }],
      });
    }
  });

  it('2026: UI 0.5% of the first $54,200', () => {
    // 0.5% × 54,200 = 271.
    for (const [filingStatus, wages] of [
      ['single', 150_000],
      ['married-joint', 300_000],
    ] as const) {
      expect(stateTaxFor('AK', { year: 2026, filingStatus, wages })).toEqual({
        incomeTax: 0,
        payroll: [{ id: 'ak-ui', label: 'AK unemployment insurance (employee)', amount: 271 }],
      });
    }
  });

  it('below the wage base the whole wage is charged', () => {
    // 0.5% × 40,000 = 200.
    expect(stateTaxFor('AK', { year: 2026, filingStatus: 'single', wages: 40_000 }).payroll[0]?.amount).toBe(
      200,
    );
  });
});
