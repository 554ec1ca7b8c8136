// Indiana: worked by hand from Ind. Code §6-3-2-1(b) (3.0% for 2025, 2.95% for 2026) and §6-3-1-3.5
// ($1,000 exemption per filer), Form IT-40 instructions. County income taxes are local and not here.
// Each line is computed exactly and rounded half-up. No Indiana employee payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Indiana', () => {
  it('2025 single, $150,000', () => {
    // (150,000 − 1,000) × 3.0% = 4,470
    expect(stateTaxFor('IN', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 4470,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // (300,000 − 2,000) × 3.0% = 8,940
    expect(stateTaxFor('IN', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 8940,
      payroll: [],
    });
  });
  it('2026 single, $150,000', () => {
    // 149,000 × 2.95% = 4,395.5 → 4,396 (half-up)
    expect(stateTaxFor('IN', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 4396,
      payroll: [],
    });
  });
  it('2026 married filing jointly, $300,000', () => {
    // 298,000 × 2.95% = 8,791
    expect(stateTaxFor('IN', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 8791,
      payroll: [],
    });
  });
});
