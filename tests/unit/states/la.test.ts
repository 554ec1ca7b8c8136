// Louisiana: worked by hand from La. R.S. 47:32 (flat 3% from 2025) and 47:294 (standard deduction
// $12,500 / $25,000 for 2025, Form IT-540 instructions; $12,835 / $25,670 for 2026, Louisiana Register,
// February 2026). Each line is computed exactly and rounded half-up. No Louisiana employee payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Louisiana', () => {
  it('2025 single, $150,000', () => {
    // (150,000 − 12,500) × 3% = 4,125
    expect(stateTaxFor('LA', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 4125,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // (300,000 − 25,000) × 3% = 8,250
    expect(stateTaxFor('LA', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 8250,
      payroll: [],
    });
  });
  it('2026 single, $150,000', () => {
    // (150,000 − 12,835) × 3% = 4,114.95
    expect(stateTaxFor('LA', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 4115,
      payroll: [],
    });
  });
  it('2026 married filing jointly, $300,000', () => {
    // (300,000 − 25,670) × 3% = 8,229.9
    expect(stateTaxFor('LA', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 8230,
      payroll: [],
    });
  });
});
