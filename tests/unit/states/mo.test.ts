// Missouri: worked by hand from RSMo 143.011 (2025 brackets: 0% to $1,313, then 2% … 4.5% in $1,313 steps,
// 4.7% over $9,191; 2026 projected in $1,348 steps, 4.7% over $9,436), RSMo 143.131 (the federal standard
// deduction) and RSMo 143.171 (a share of federal income tax deducted below $125,000 AGI), Form MO-1040
// instructions 2025. Kansas City and St. Louis earnings taxes are local and not here. Each line is
// computed exactly and rounded half-up (the form's tax chart is not used). No employee payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

// Tax below the top bracket: step × (2 + 2.5 + 3 + 3.5 + 4 + 4.5)% = step × 19.5%
// 2025: 1,313 × 19.5% = 256.035; 2026: 1,348 × 19.5% = 262.86
describe('Missouri', () => {
  it('2025 single, $150,000', () => {
    // AGI over 125,000 → no federal tax deduction; 150,000 − 15,750 = 134,250
    // 256.035 + (134,250 − 9,191) × 4.7% (5,877.773) = 6,133.808
    expect(stateTaxFor('MO', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6134,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // 300,000 − 31,500 = 268,500; 256.035 + 259,309 × 4.7% (12,187.523) = 12,443.558
    expect(stateTaxFor('MO', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 12_444,
      payroll: [],
    });
  });
  it('2026 single, $150,000 (brackets projected)', () => {
    // 150,000 − 16,100 = 133,900; 262.86 + 124,464 × 4.7% (5,849.808) = 6,112.668
    expect(stateTaxFor('MO', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 6113,
      payroll: [],
    });
  });
  it('2026 married filing jointly, $300,000 (brackets projected)', () => {
    // 300,000 − 32,200 = 267,800; 262.86 + 258,364 × 4.7% (12,143.108) = 12,405.968
    expect(stateTaxFor('MO', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 12_406,
      payroll: [],
    });
  });
  it('deducts 25% of federal tax at $40,000 AGI (2025 single)', () => {
    // federal: 24,250 taxable → 11,925 × 10% + 12,325 × 12% = 2,671.5; × 25% = 667.875
    // 40,000 − 15,750 − 667.875 = 23,582.125; 256.035 + 14,391.125 × 4.7% (676.382875) = 932.417875
    expect(stateTaxFor('MO', { year: 2025, filingStatus: 'single', wages: 40_000 }).incomeTax).toBe(932);
  });
});
