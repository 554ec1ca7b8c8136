// Alabama (Form 40 booklet 2025; Ala. Code §§ 40-18-5, 40-18-15, 40-18-19): taxable income = AGI − the
// standard deduction (its minimum, $2,500 single / $5,000 joint, once AGI is over $36,000) − federal income
// tax − the personal exemption ($1,500 / $3,000). Rates 2% / 4% / 5% over $500 / $3,000 (joint $1,000 /
// $6,000). Not indexed: 2026 uses the same figures with 2026 federal tax. No state payroll program
// (local occupational taxes, e.g. Birmingham's 1%, are not included here). The state's tax table
// (taxable income under $100,000) can differ by a few dollars from this formula.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Alabama', () => {
  it('2025 single, $150,000', () => {
    // Federal tax 25,067 (150,000 − 15,750 = 134,250 taxable). 150,000 − 2,500 − 25,067 − 1,500 = 120,933.
    // 2% × 500 = 10 + 4% × 2,500 = 100 + 5% × 117,933 = 5,896.65 → 6,006.65.
    expect(stateTaxFor('AL', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6_007,
      payroll: [],
    });
  });

  it('2025 married filing jointly, $300,000', () => {
    // Federal tax on 300,000 − 31,500 = 268,500 by the 2025 joint brackets: 10% × 23,850 = 2,385
    // + 12% × 73,100 = 8,772 + 22% × 109,750 = 24,145 + 24% × 61,800 = 14,832 = 50,134. 300,000 − 5,000 − 50,134 − 3,000 = 241,866.
    // 2% × 1,000 = 20 + 4% × 5,000 = 200 + 5% × 235,866 = 11,793.30 → 12,013.30.
    expect(stateTaxFor('AL', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 12_013,
      payroll: [],
    });
  });

  it('2026 single, $150,000', () => {
    // Federal 2026: 150,000 − 16,100 = 133,900 → 1,240 + 4,560 + 12,166 + 6,768 = 24,734.
    // 150,000 − 2,500 − 24,734 − 1,500 = 121,266 → 10 + 100 + 5% × 118,266 = 5,913.30 → 6,023.30.
    expect(stateTaxFor('AL', { year: 2026, filingStatus: 'single', wages: 150_000 }).incomeTax).toBe(6_023);
  });

  it('2026 married filing jointly, $300,000', () => {
    // Federal 2026: 300,000 − 32,200 = 267,800 → 2,480 + 9,120 + 24,332 + 13,536 = 49,468.
    // 300,000 − 5,000 − 49,468 − 3,000 = 242,532 → 20 + 200 + 5% × 236,532 = 11,826.60 → 12,046.60.
    expect(stateTaxFor('AL', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 12_047,
      payroll: [],
    });
  });

  it('2025 single, $30,000: the standard deduction is partly phased out', () => {
    // (30,000 − 26,000) / 500 = 8 steps; 3,000 − 8 × 25 = 2,800. Federal: 14,250 taxable → 1,192.50
    // + 12% × 2,325 = 279 → 1,471.50. 30,000 − 2,800 − 1,471.50 − 1,500 = 24,228.50
    // → 10 + 100 + 5% × 21,228.50 = 1,061.43 → 1,171.43.
    expect(stateTaxFor('AL', { year: 2025, filingStatus: 'single', wages: 30_000 }).incomeTax).toBe(1_171);
  });
});
