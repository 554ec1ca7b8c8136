// Vermont (IN-111): federal AGI less the standard deduction and the personal exemptions, by the rate
// schedules (32 V.S.A. §§ 5811(21), 5822). 2025: 2025 Rate Schedules and Income Booklet (standard
// deduction $7,650 / $15,300, exemption $5,300; single brackets 49,400 / 119,700 / 249,700, joint 82,500 /
// 199,450 / 304,000 at 3.35 / 6.6 / 7.6 / 8.75%). 2026 (projected, see data/states/vt.json): brackets and
// the $5,400 exemption from the Department's 2026 withholding tables (single 50,750 / 122,850 / 256,300,
// joint 84,700 / 204,750 / 312,050), standard deduction $7,850 / $15,700 indexed ≈2.65%.
// Minimum tax (§ 5822(a)(6)): 3% of AGI when AGI is over $150,000 — lower than the scheduled tax here.
// Child Care Contribution (32 V.S.A. § 10553): the employee share the employer may withhold, 0.11% of all
// wages. Rounded half-up after computing exactly (the VT tax table is not used).
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const ccc = (amount: number) => [{ id: 'vt-child-care', label: 'VT Child Care Contribution', amount }];

describe('Vermont 2025', () => {
  it('single, $150,000', () => {
    // 150,000 − 7,650 − 5,300 = 137,050: 3.35% × 49,400 = 1,654.90 + 6.6% × 70,300 = 4,639.80
    // + 7.6% × 17,350 = 1,318.60 = 7,613.30 → 7,613. CCC 0.11% × 150,000 = 165.
    expect(stateTaxFor('VT', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7_613,
      payroll: ccc(165),
    });
  });

  it('married filing jointly, $300,000: the minimum tax does not bind', () => {
    // 300,000 − 15,300 − 10,600 = 274,100: 3.35% × 82,500 = 2,763.75 + 6.6% × 116,950 = 7,718.70
    // + 7.6% × 74,650 = 5,673.40 = 16,155.85 → 16,156 (> 3% × 300,000 = 9,000). CCC 0.11% × 300,000 = 330.
    expect(stateTaxFor('VT', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 16_156,
      payroll: ccc(330),
    });
  });
});

describe('Vermont 2026', () => {
  it('single, $150,000', () => {
    // 150,000 − 7,850 − 5,400 = 136,750: 3.35% × 50,750 = 1,700.125 + 6.6% × 72,100 = 4,758.60
    // + 7.6% × 13,900 = 1,056.40 = 7,515.125 → 7,515. CCC 165.
    expect(stateTaxFor('VT', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7_515,
      payroll: ccc(165),
    });
  });

  it('married filing jointly, $300,000', () => {
    // 300,000 − 15,700 − 10,800 = 273,500: 3.35% × 84,700 = 2,837.45 + 6.6% × 120,050 = 7,923.30
    // + 7.6% × 68,750 = 5,225 = 15,985.75 → 15,986. CCC 330.
    expect(stateTaxFor('VT', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 15_986,
      payroll: ccc(330),
    });
  });
});

describe('VT invariants', () => {
  it('income tax is a finite, non-negative whole number from $0 to $10,000,000', () => {
    for (const year of [2025, 2026]) {
      for (const filingStatus of ['single', 'married-joint'] as const) {
        for (const wages of [0, 1_000, 10_000, 30_000, 75_000, 250_000, 1_000_000, 10_000_000]) {
          const t = stateTaxFor('VT', { year, filingStatus, wages });
          expect(Number.isInteger(t.incomeTax) && t.incomeTax >= 0).toBe(true);
        }
      }
    }
  });
});
