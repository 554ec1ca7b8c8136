// Kentucky: worked by hand from KRS 141.020 (4% for 2025, 3.5% for 2026, H.B. 1 (2025)) and the KRS 141.081
// standard deduction ($3,270 for 2025, Form 740 instructions; $3,360 for 2026, DOR 2026 withholding
// formula), one per return as one spouse earns. Local occupational taxes are not here. Each line is
// computed exactly and rounded half-up. No Kentucky employee payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Kentucky', () => {
  it('2025 single, $150,000', () => {
    // (150,000 − 3,270) × 4% = 5,869.2
    expect(stateTaxFor('KY', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5869,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // (300,000 − 3,270) × 4% = 11,869.2
    expect(stateTaxFor('KY', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 11_869,
      payroll: [],
    });
  });
  it('2026 single, $150,000', () => {
    // (150,000 − 3,360) × 3.5% = 5,132.4
    expect(stateTaxFor('KY', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5132,
      payroll: [],
    });
  });
  it('2026 married filing jointly, $300,000', () => {
    // (300,000 − 3,360) × 3.5% = 10,382.4
    expect(stateTaxFor('KY', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 10_382,
      payroll: [],
    });
  });
});
