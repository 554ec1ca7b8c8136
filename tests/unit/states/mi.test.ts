// Michigan: worked by hand from MCL 206.51 (4.25%) and MCL 206.30 (personal exemption $5,800 per filer for
// 2025, Treasury withholding information; 2026 projected $6,000). City income taxes are local and not here.
// Each line is computed exactly and rounded half-up. No Michigan employee payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Michigan', () => {
  it('2025 single, $150,000', () => {
    // (150,000 − 5,800) × 4.25% = 6,128.5 → 6,129
    expect(stateTaxFor('MI', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6129,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // (300,000 − 11,600) × 4.25% = 12,257
    expect(stateTaxFor('MI', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 12_257,
      payroll: [],
    });
  });
  it('2026 single, $150,000 (exemption projected)', () => {
    // (150,000 − 6,000) × 4.25% = 6,120
    expect(stateTaxFor('MI', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6120,
      payroll: [],
    });
  });
  it('2026 married filing jointly, $300,000 (exemption projected)', () => {
    // (300,000 − 12,000) × 4.25% = 12,240
    expect(stateTaxFor('MI', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 12_240,
      payroll: [],
    });
  });
});
