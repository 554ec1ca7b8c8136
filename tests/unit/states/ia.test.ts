// Iowa (IA 1040 instructions; Iowa Code §§ 422.5A, 422.12): from 2023 Iowa starts from federal taxable
// income; 2025 and 2026 a flat 3.8%; less the $40 personal exemption credit per filer. No state payroll
// program. School district income surtaxes (a percentage of the state tax) are local and not included.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Iowa', () => {
  it('2025 single, $150,000', () => {
    // Federal taxable 150,000 − 15,750 = 134,250 × 3.8% = 5,101.50 − 40 = 5,061.50 → 5,062 (half up).
    expect(stateTaxFor('IA', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5_062,
      payroll: [],
    });
  });

  it('2025 married filing jointly, $300,000', () => {
    // 300,000 − 31,500 = 268,500 × 3.8% = 10,203 − 80 = 10,123.
    expect(stateTaxFor('IA', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 10_123,
      payroll: [],
    });
  });

  it('2026 single, $150,000', () => {
    // 150,000 − 16,100 = 133,900 × 3.8% = 5,088.20 − 40 = 5,048.20.
    expect(stateTaxFor('IA', { year: 2026, filingStatus: 'single', wages: 150_000 }).incomeTax).toBe(5_048);
  });

  it('2026 married filing jointly, $300,000', () => {
    // 300,000 − 32,200 = 267,800 × 3.8% = 10,176.40 − 80 = 10,096.40.
    expect(stateTaxFor('IA', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 10_096,
      payroll: [],
    });
  });
});
