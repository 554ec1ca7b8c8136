// Utah (TC-40): a flat tax on Utah taxable income (federal AGI; no Utah adjustments for wages) — 4.5% in
// 2025 (Utah Code § 59-10-104, H.B. 106 of 2025), 4.45% in 2026 (S.B. 60 of 2026) — less the taxpayer tax
// credit (§ 59-10-1018): 6% of the federal standard deduction ($15,750 / $31,500 in 2025; $16,100 /
// $32,200 in 2026), less 1.3% of Utah taxable income over $18,213 / $36,426 (2025; 2026 projected at
// $18,627 / $37,255). No employee payroll program. Rounded half-up after computing exactly.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Utah 2025', () => {
  it('single, $150,000: the credit is fully phased out', () => {
    // 4.5% × 150,000 = 6,750. Credit 945 − 1.3% × 131,787 = 945 − 1,713.23 < 0 → 0.
    expect(stateTaxFor('UT', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6_750,
      payroll: [],
    });
  });

  it('married filing jointly, $300,000', () => {
    // 4.5% × 300,000 = 13,500. Credit 1,890 − 1.3% × 263,574 < 0 → 0.
    expect(stateTaxFor('UT', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 13_500,
      payroll: [],
    });
  });

  it('single, $40,000: part of the credit is left', () => {
    // 4.5% × 40,000 = 1,800. Credit 6% × 15,750 = 945 − 1.3% × (40,000 − 18,213) = 283.23 → 661.77.
    // 1,800 − 661.77 = 1,138.23 → 1,138.
    expect(stateTaxFor('UT', { year: 2025, filingStatus: 'single', wages: 40_000 }).incomeTax).toBe(1_138);
  });
});

describe('Utah 2026', () => {
  it('single, $150,000', () => {
    // 4.45% × 150,000 = 6,675; credit 0.
    expect(stateTaxFor('UT', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6_675,
      payroll: [],
    });
  });

  it('married filing jointly, $300,000', () => {
    // 4.45% × 300,000 = 13,350; credit 0.
    expect(stateTaxFor('UT', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 13_350,
      payroll: [],
    });
  });

  it('single, $40,000: part of the credit is left (projected threshold)', () => {
    // 4.45% × 40,000 = 1,780. Credit 6% × 16,100 = 966 − 1.3% × (40,000 − 18,627) = 277.85 → 688.15.
    // 1,780 − 688.15 = 1,091.85 → 1,092.
    expect(stateTaxFor('UT', { year: 2026, filingStatus: 'single', wages: 40_000 }).incomeTax).toBe(1_092);
  });
});

describe('UT invariants', () => {
  it('income tax is a finite, non-negative whole number from $0 to $10,000,000', () => {
    for (const year of [2025, 2026]) {
      for (const filingStatus of ['single', 'married-joint'] as const) {
        for (const wages of [0, 1_000, 10_000, 30_000, 75_000, 250_000, 1_000_000, 10_000_000]) {
          const t = stateTaxFor('UT', { year, filingStatus, wages });
          expect(Number.isInteger(t.incomeTax) && t.incomeTax >= 0).toBe(true);
        }
      }
    }
  });
});
