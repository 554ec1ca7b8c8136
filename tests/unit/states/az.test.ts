// Arizona (Form 140 instructions; A.R.S. §§ 43-1011, 43-1041): 2.5% of federal AGI less the standard
// deduction, which equals the federal one ($15,750 / $31,500 for 2025; 2026 projected at the federal
// $16,100 / $32,200). No personal exemption, no state payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Arizona', () => {
  it('2025 single, $150,000', () => {
    // (150,000 − 15,750) × 2.5% = 134,250 × 2.5% = 3,356.25.
    expect(stateTaxFor('AZ', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 3_356,
      payroll: [],
    });
  });

  it('2025 married filing jointly, $300,000', () => {
    // (300,000 − 31,500) × 2.5% = 6,712.50 → 6,713 (half up).
    expect(stateTaxFor('AZ', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 6_713,
      payroll: [],
    });
  });

  it('2026 single, $150,000', () => {
    // (150,000 − 16,100) × 2.5% = 3,347.50 → 3,348.
    expect(stateTaxFor('AZ', { year: 2026, filingStatus: 'single', wages: 150_000 }).incomeTax).toBe(3_348);
  });

  it('2026 married filing jointly, $300,000', () => {
    // (300,000 − 32,200) × 2.5% = 6,695.
    expect(stateTaxFor('AZ', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 6_695,
      payroll: [],
    });
  });

  it('a 401(k) deferral lowers Arizona income', () => {
    // (150,000 − 20,000 − 15,750) × 2.5% = 2,856.25.
    expect(
      stateTaxFor('AZ', { year: 2025, filingStatus: 'single', wages: 150_000, pretax401k: 20_000 }).incomeTax,
    ).toBe(2_856);
  });
});
