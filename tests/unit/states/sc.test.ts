// South Carolina. No employee payroll program.
// 2025 (SC1040 instructions, S.C. Code § 12-6-510): federal taxable income, plus the 2025 federal Act's
// increase of the standard deduction (SC conforms to the IRC only as of 31 Dec 2024, SC1040 line 1e) —
// i.e. AGI less $15,000 / $30,000; 0% to $3,560, 3% to $17,830, 6% above; one schedule for all.
// 2026 (Act No. 110 of 2026, H.4216): federal AGI less the SC Income Adjusted Deduction ($15,000 /
// $30,000, reduced by base × (AGI − $40,000 / $80,000) ÷ $55,000 / $110,000, the reduction rounded down
// to $10); 1.99% to $30,000, 5.21% above.
// Rounded half-up after computing exactly (the SC tax table, income under $100,000, is not used).
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('South Carolina 2025', () => {
  it('single, $150,000', () => {
    // 150,000 − 15,000 = 135,000: 3% × 14,270 = 428.10 + 6% × 117,170 = 7,030.20 = 7,458.30 → 7,458.
    expect(stateTaxFor('SC', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7_458,
      payroll: [],
    });
  });

  it('married filing jointly, $300,000', () => {
    // 300,000 − 30,000 = 270,000: 428.10 + 6% × 252,170 = 15,130.20 → 15,558.30 → 15,558.
    expect(stateTaxFor('SC', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 15_558,
      payroll: [],
    });
  });
});

describe('South Carolina 2026', () => {
  it('single, $150,000: the deduction is fully phased out', () => {
    // AGI over 40,000 + 55,000 → SCIAD 0. 1.99% × 30,000 = 597 + 5.21% × 120,000 = 6,252 → 6,849.
    expect(stateTaxFor('SC', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6_849,
      payroll: [],
    });
  });

  it('married filing jointly, $300,000', () => {
    // SCIAD 0 (AGI over 190,000). 597 + 5.21% × 270,000 = 14,067 → 14,664.
    expect(stateTaxFor('SC', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_664,
      payroll: [],
    });
  });

  it('single, $50,000: the deduction partly phased out', () => {
    // Reduction 15,000 × 10,000 / 55,000 = 2,727.27 → 2,720; SCIAD 12,280 (as in PolicyEngine-US's
    // tests/policy/baseline/gov/states/sc/tax/income/sc_h4216_baseline.yaml). 50,000 − 12,280 = 37,720:
    // 597 + 5.21% × 7,720 = 402.21 → 999.21 → 999.
    expect(stateTaxFor('SC', { year: 2026, filingStatus: 'single', wages: 50_000 }).incomeTax).toBe(999);
  });

  it('single, $100,000: PolicyEngine-US published test', () => {
    // sc_h4216_baseline.yaml: 30,000 × 1.99% + 70,000 × 5.21% = 597 + 3,647 = 4,244.
    expect(stateTaxFor('SC', { year: 2026, filingStatus: 'single', wages: 100_000 }).incomeTax).toBe(4_244);
  });
});

describe('SC invariants', () => {
  it('income tax is a finite, non-negative whole number from $0 to $10,000,000', () => {
    for (const year of [2025, 2026]) {
      for (const filingStatus of ['single', 'married-joint'] as const) {
        for (const wages of [0, 1_000, 10_000, 30_000, 75_000, 250_000, 1_000_000, 10_000_000]) {
          const t = stateTaxFor('SC', { year, filingStatus, wages });
          expect(Number.isInteger(t.incomeTax) && t.incomeTax >= 0).toBe(true);
        }
      }
    }
  });
});
