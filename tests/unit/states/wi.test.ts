// Wisconsin (Form 1): federal AGI less the sliding-scale standard deduction (Wis. Stat. § 71.05(22): the
// maximum less 12% single / 19.778% joint of AGI over a threshold, not below 0) and $700 per exemption
// (§ 71.05(23)); rates 3.5 / 4.4 / 5.3 / 7.65% (§ 71.06). 2025 (Form 1 instructions, 4.4% bracket widened
// by 2025 Act 15): single 14,680 / 50,480 / 323,290, joint 19,580 / 67,300 / 431,060; standard deduction
// $13,560 over $19,550 (single), $25,110 over $28,210 (joint). 2026 projected (see data/states/wi.json):
// indexed ≈2.65%, single 15,070 / 51,820 / 331,860, joint 20,100 / 69,080 / 442,480.
// No employee payroll program. Rounded half-up after computing exactly (the Form 1 tax table, income
// under $100,000, can differ by a few dollars).
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Wisconsin 2025', () => {
  it('single, $150,000: no standard deduction left', () => {
    // 13,560 − 12% × 130,450 < 0 → 0. 150,000 − 700 = 149,300: 3.5% × 14,680 = 513.80
    // + 4.4% × 35,800 = 1,575.20 + 5.3% × 98,820 = 5,237.46 = 7,326.46 → 7,326.
    expect(stateTaxFor('WI', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7_326,
      payroll: [],
    });
  });

  it('married filing jointly, $300,000', () => {
    // Deduction 0. 300,000 − 1,400 = 298,600: 3.5% × 19,580 = 685.30 + 4.4% × 47,720 = 2,099.68
    // + 5.3% × 231,300 = 12,258.90 = 15,043.88 → 15,044.
    expect(stateTaxFor('WI', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 15_044,
      payroll: [],
    });
  });

  it('single, $60,000: part of the standard deduction is left', () => {
    // 13,560 − 12% × (60,000 − 19,550) = 13,560 − 4,854 = 8,706. 60,000 − 8,706 − 700 = 50,594:
    // 513.80 + 1,575.20 + 5.3% × 114 = 6.04 → 2,095.04 → 2,095.
    expect(stateTaxFor('WI', { year: 2025, filingStatus: 'single', wages: 60_000 }).incomeTax).toBe(2_095);
  });
});

describe('Wisconsin 2026 (projected amounts)', () => {
  it('single, $150,000', () => {
    // 149,300: 3.5% × 15,070 = 527.45 + 4.4% × 36,750 = 1,617 + 5.3% × 97,480 = 5,166.44
    // = 7,310.89 → 7,311.
    expect(stateTaxFor('WI', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7_311,
      payroll: [],
    });
  });

  it('married filing jointly, $300,000', () => {
    // 298,600: 3.5% × 20,100 = 703.50 + 4.4% × 48,980 = 2,155.12 + 5.3% × 229,520 = 12,164.56
    // = 15,023.18 → 15,023.
    expect(stateTaxFor('WI', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 15_023,
      payroll: [],
    });
  });
});

describe('WI invariants', () => {
  it('income tax is a finite, non-negative whole number from $0 to $10,000,000', () => {
    for (const year of [2025, 2026]) {
      for (const filingStatus of ['single', 'married-joint'] as const) {
        for (const wages of [0, 1_000, 10_000, 30_000, 75_000, 250_000, 1_000_000, 10_000_000]) {
          const t = stateTaxFor('WI', { year, filingStatus, wages });
          expect(Number.isInteger(t.incomeTax) && t.incomeTax >= 0).toBe(true);
        }
      }
    }
  });
});
