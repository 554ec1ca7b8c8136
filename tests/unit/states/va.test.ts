// Virginia (Form 760): federal AGI less the standard deduction ($8,750 / $17,500 for 2025 and 2026, 2025
// Appropriation Act HB 1600 Item 4-14) and $930 per personal exemption (Code of Virginia § 58.1-322.03);
// 2% to $3,000, 3% to $5,000, 5% to $17,000, 5.75% above (§ 58.1-320), one schedule for all. The first
// $17,000 carry 60 + 60 + 600 = 720. No employee payroll program. Rounded half-up after computing exactly
// (the Form 760 tax table is not used).
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

for (const year of [2025, 2026]) {
  describe(`Virginia ${year}`, () => {
    it('single, $150,000', () => {
      // 150,000 − 8,750 − 930 = 140,320: 720 + 5.75% × 123,320 = 7,090.90 → 7,810.90 → 7,811.
      expect(stateTaxFor('VA', { year, filingStatus: 'single', wages: 150_000 })).toEqual({
        incomeTax: 7_811,
        payroll: [],
      });
    });

    it('married filing jointly, $300,000', () => {
      // 300,000 − 17,500 − 1,860 = 280,640: 720 + 5.75% × 263,640 = 15,159.30 → 15,879.30 → 15,879.
      expect(stateTaxFor('VA', { year, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
        incomeTax: 15_879,
        payroll: [],
      });
    });
  });
}

describe('VA invariants', () => {
  it('income tax is a finite, non-negative whole number from $0 to $10,000,000', () => {
    for (const year of [2025, 2026]) {
      for (const filingStatus of ['single', 'married-joint'] as const) {
        for (const wages of [0, 1_000, 10_000, 30_000, 75_000, 250_000, 1_000_000, 10_000_000]) {
          const t = stateTaxFor('VA', { year, filingStatus, wages });
          expect(Number.isInteger(t.incomeTax) && t.incomeTax >= 0).toBe(true);
        }
      }
    }
  });
});
