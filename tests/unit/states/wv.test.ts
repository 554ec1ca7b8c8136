// West Virginia (IT-140): federal AGI less $2,000 per personal exemption (W. Va. Code § 11-21-16); Rate
// Schedule I for single and joint alike, brackets at $10,000, $25,000, $40,000, $60,000 (§ 11-21-4j).
// 2025 rates 2.22 / 2.96 / 3.33 / 4.44 / 4.82% (2025 IT-140 instructions); 2026 rates cut 5% by S.B. 392
// of 2026: 2.11 / 2.81 / 3.16 / 4.22 / 4.58%. The first $60,000 carry 2,053.50 (2025) and 1,950.50 (2026).
// No employee payroll program. Rounded half-up after computing exactly.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('West Virginia 2025', () => {
  it('single, $150,000', () => {
    // 148,000: 222 + 444 + 499.50 + 888 = 2,053.50 + 4.82% × 88,000 = 4,241.60 → 6,295.10 → 6,295.
    expect(stateTaxFor('WV', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6_295,
      payroll: [],
    });
  });

  it('married filing jointly, $300,000', () => {
    // 296,000: 2,053.50 + 4.82% × 236,000 = 11,375.20 → 13,428.70 → 13,429.
    expect(stateTaxFor('WV', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 13_429,
      payroll: [],
    });
  });
});

describe('West Virginia 2026', () => {
  it('single, $150,000', () => {
    // 211 + 421.50 + 474 + 844 = 1,950.50 + 4.58% × 88,000 = 4,030.40 → 5,980.90 → 5,981.
    expect(stateTaxFor('WV', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5_981,
      payroll: [],
    });
  });

  it('married filing jointly, $300,000', () => {
    // 1,950.50 + 4.58% × 236,000 = 10,808.80 → 12,759.30 → 12,759.
    expect(stateTaxFor('WV', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 12_759,
      payroll: [],
    });
  });
});

describe('WV invariants', () => {
  it('income tax is a finite, non-negative whole number from $0 to $10,000,000', () => {
    for (const year of [2025, 2026]) {
      for (const filingStatus of ['single', 'married-joint'] as const) {
        for (const wages of [0, 1_000, 10_000, 30_000, 75_000, 250_000, 1_000_000, 10_000_000]) {
          const t = stateTaxFor('WV', { year, filingStatus, wages });
          expect(Number.isInteger(t.incomeTax) && t.incomeTax >= 0).toBe(true);
        }
      }
    }
  });
});
