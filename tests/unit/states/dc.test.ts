// District of Columbia (Form D-40 booklet 2025; D.C. Code §§ 47-1806.03, 47-1801.04(3A)): taxable income =
// federal AGI − DC's own basic standard deduction ($15,000 / $30,000 for 2025, not the federal OBBBA
// amounts; 2026 projected at $15,300 / $30,650), one rate schedule for all filers: 4% / 6% / 6.5% / 8.5% /
// 9.25% / 9.75% / 10.75% over $10,000 / $40,000 / $60,000 / $250,000 / $500,000 / $1,000,000. DC's paid
// family leave tax is paid by employers only, so there is no employee payroll line. The D-40 tax table
// (taxable income up to $100,000) can differ by a few dollars from the schedule.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('District of Columbia', () => {
  it('2025 single, $150,000', () => {
    // 135,000: 4% × 10,000 = 400 + 6% × 30,000 = 1,800 + 6.5% × 20,000 = 1,300 + 8.5% × 75,000 = 6,375 = 9,875.
    expect(stateTaxFor('DC', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 9_875,
      payroll: [],
    });
  });

  it('2025 married filing jointly, $300,000', () => {
    // 270,000: 3,500 (first three) + 8.5% × 190,000 = 16,150 + 9.25% × 20,000 = 1,850 = 21,500.
    expect(stateTaxFor('DC', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 21_500,
      payroll: [],
    });
  });

  it('2026 single, $150,000 (projected deduction)', () => {
    // 134,700: 3,500 + 8.5% × 74,700 = 6,349.50 → 9,849.50 → 9,850 (half up).
    expect(stateTaxFor('DC', { year: 2026, filingStatus: 'single', wages: 150_000 }).incomeTax).toBe(9_850);
  });

  it('2026 married filing jointly, $300,000 (projected deduction)', () => {
    // 269,350: 3,500 + 16,150 + 9.25% × 19,350 = 1,789.875 → 21,439.875 → 21,440.
    expect(stateTaxFor('DC', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 21_440,
      payroll: [],
    });
  });
});
