// Arkansas (AR1000F instructions and DFA indexed tax brackets; A.C.A. § 26-51-201): taxable income = AGI −
// the standard deduction ($2,470 each; 2026 projected $2,530). Below the high-income threshold the tax is
// by brackets (0% / 2% / 3% / 3.4% / top rate over $5,600 / $11,200 / $16,000 / $26,400), i.e. income ×
// top rate − $420 (2026: −$367.20); above it the table subtracts less, down to $89 (2026: $79.90). Less the
// $29 personal credit per filer. Top rate 3.9% (2025), 3.7% (2026, Act 1 of 2026). No payroll program.
// The DFA tax tables (in $100 bands) can differ from this formula by a few dollars.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Arkansas 2025', () => {
  it('single, $150,000', () => {
    // 150,000 − 2,470 = 147,530; 3.9% × 147,530 = 5,753.67 − 89 = 5,664.67; − 29 = 5,635.67.
    expect(stateTaxFor('AR', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5_636,
      payroll: [],
    });
  });

  it('married filing jointly, $300,000', () => {
    // 300,000 − 4,940 = 295,060; 3.9% × 295,060 = 11,507.34 − 89 = 11,418.34; − 58 = 11,360.34.
    expect(stateTaxFor('AR', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 11_360,
      payroll: [],
    });
  });

  it('single, $98,470: inside the high-income band the subtraction steps down', () => {
    // Taxable 96,000: (96,000 − 95,001) / 100 → 9 whole steps; 369 − 90 = 279.
    // 3.9% × 96,000 = 3,744 − 279 = 3,465; − 29 = 3,436.
    expect(stateTaxFor('AR', { year: 2025, filingStatus: 'single', wages: 98_470 }).incomeTax).toBe(3_436);
  });

  it('single, $50,000: below the band, the brackets', () => {
    // Taxable 47,530: 2% × 5,600 = 112 + 3% × 4,800 = 144 + 3.4% × 10,400 = 353.60
    // + 3.9% × 21,130 = 824.07 = 1,433.67 (= 3.9% × 47,530 − 420); − 29 = 1,404.67.
    expect(stateTaxFor('AR', { year: 2025, filingStatus: 'single', wages: 50_000 }).incomeTax).toBe(1_405);
  });
});

describe('Arkansas 2026 (standard deduction projected)', () => {
  it('single, $150,000', () => {
    // 150,000 − 2,530 = 147,470; 3.7% × 147,470 = 5,456.39 − 79.90 = 5,376.49; − 29 = 5,347.49.
    expect(stateTaxFor('AR', { year: 2026, filingStatus: 'single', wages: 150_000 }).incomeTax).toBe(5_347);
  });

  it('married filing jointly, $300,000', () => {
    // 300,000 − 5,060 = 294,940; 3.7% × 294,940 = 10,912.78 − 79.90 = 10,832.88; − 58 = 10,774.88.
    expect(stateTaxFor('AR', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 10_775,
      payroll: [],
    });
  });
});
