// Mississippi: worked by hand from Miss. Code §27-7-5 (0% on the first $10,000; 4.4% above for 2025,
// 4.0% for 2026 under H.B. 1 (2025)), §27-7-21 (exemption $6,000 / $12,000) and §27-7-17 (standard
// deduction $2,300 / $4,600), Form 80-105 instructions. Each line is computed exactly and rounded
// half-up. No Mississippi employee payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Mississippi', () => {
  it('2025 single, $150,000', () => {
    // 150,000 − 2,300 − 6,000 = 141,700; (141,700 − 10,000) × 4.4% = 5,794.8
    expect(stateTaxFor('MS', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5795,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // 300,000 − 4,600 − 12,000 = 283,400; 273,400 × 4.4% = 12,029.6
    expect(stateTaxFor('MS', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 12_030,
      payroll: [],
    });
  });
  it('2026 single, $150,000', () => {
    // 131,700 × 4.0% = 5,268
    expect(stateTaxFor('MS', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5268,
      payroll: [],
    });
  });
  it('2026 married filing jointly, $300,000', () => {
    // 273,400 × 4.0% = 10,936
    expect(stateTaxFor('MS', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 10_936,
      payroll: [],
    });
  });
});
