// Idaho: worked by hand from Idaho Code §63-3024 (5.3% over the zero-rate threshold), the federal
// standard deduction (Idaho conformity, H.B. 559 (2026)), the $155 grocery credit per person (§63-3024A)
// and the $10 permanent building fund tax (§63-3082), Form 40 instructions 2025. Each line is computed
// exactly and rounded half-up to whole dollars. No Idaho employee payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Idaho', () => {
  it('2025 single, $150,000', () => {
    // 150,000 − 15,750 = 134,250 taxable; (134,250 − 4,811) × 5.3% = 6,860.267; + 10 − 155 = 6,715.267
    expect(stateTaxFor('ID', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6715,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // 300,000 − 31,500 = 268,500; (268,500 − 9,622) × 5.3% = 13,720.534; + 10 − 2 × 155 = 13,420.534
    expect(stateTaxFor('ID', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 13_421,
      payroll: [],
    });
  });
  it('2026 single, $150,000 (threshold projected: $4,941)', () => {
    // 150,000 − 16,100 = 133,900; (133,900 − 4,941) × 5.3% = 6,834.827; + 10 − 155 = 6,689.827
    expect(stateTaxFor('ID', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6690,
      payroll: [],
    });
  });
  it('2026 married filing jointly, $300,000 (threshold projected: $9,882)', () => {
    // 300,000 − 32,200 = 267,800; (267,800 − 9,882) × 5.3% = 13,669.654; + 10 − 310 = 13,369.654
    expect(stateTaxFor('ID', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 13_370,
      payroll: [],
    });
  });
  it('the grocery credit covers the tax at low wages (never below zero)', () => {
    // 2025 single, $20,000: (20,000 − 15,750 − 4,811) < 0 → 0; + 10 (return required) − 155 → 0
    expect(stateTaxFor('ID', { year: 2025, filingStatus: 'single', wages: 20_000 }).incomeTax).toBe(0);
  });
});
