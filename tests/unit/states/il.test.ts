// Illinois: worked by hand from 35 ILCS 5/201(b)(5.4) (4.95%) and 5/204 (exemption allowance per filer,
// none when federal AGI exceeds $250,000 / $500,000), IL-1040 instructions 2025, Step 4. Each line is
// computed exactly and rounded half-up. No Illinois employee payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Illinois', () => {
  it('2025 single, $150,000', () => {
    // (150,000 − 2,850) × 4.95% = 147,150 × 0.0495 = 7,283.925
    expect(stateTaxFor('IL', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7284,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // (300,000 − 2 × 2,850) × 4.95% = 294,300 × 0.0495 = 14,567.85
    expect(stateTaxFor('IL', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_568,
      payroll: [],
    });
  });
  it('2026 single, $150,000 (exemption projected: $2,925)', () => {
    // (150,000 − 2,925) × 4.95% = 147,075 × 0.0495 = 7,280.2125
    expect(stateTaxFor('IL', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7280,
      payroll: [],
    });
  });
  it('2026 married filing jointly, $300,000 (exemption projected)', () => {
    // (300,000 − 5,850) × 4.95% = 294,150 × 0.0495 = 14,560.425
    expect(stateTaxFor('IL', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_560,
      payroll: [],
    });
  });
  it('loses the exemption above $250,000 AGI (single, 2025)', () => {
    // at 250,000: (250,000 − 2,850) × 4.95% = 12,233.925; at 250,001: 250,001 × 4.95% = 12,375.0495
    expect(stateTaxFor('IL', { year: 2025, filingStatus: 'single', wages: 250_000 }).incomeTax).toBe(12_234);
    expect(stateTaxFor('IL', { year: 2025, filingStatus: 'single', wages: 250_001 }).incomeTax).toBe(12_375);
  });
});
