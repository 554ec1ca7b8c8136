import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('NC', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('NC', { year, filingStatus: 'married-joint', wages });

// North Carolina D-400: federal AGI − standard deduction ($12,750 single / $25,500 joint, G.S. 105-153.5),
// flat rate 4.25% (2025) and 3.99% (2026) (G.S. 105-153.7). No employee payroll program.
describe('North Carolina', () => {
  it('2025 single $150,000', () => {
    // (150,000 − 12,750) × 4.25% = 137,250 × 4.25% = 5,833.125
    expect(single(2025, 150000)).toEqual({ incomeTax: 5833, payroll: [] });
  });
  it('2025 joint $300,000', () => {
    // (300,000 − 25,500) × 4.25% = 274,500 × 4.25% = 11,666.25
    expect(joint(2025, 300000)).toEqual({ incomeTax: 11666, payroll: [] });
  });
  it('2026 single $150,000 at 3.99%', () => {
    // 137,250 × 3.99% = 5,476.275
    expect(single(2026, 150000)).toEqual({ incomeTax: 5476, payroll: [] });
  });
  it('2026 joint $300,000 at 3.99%', () => {
    // 274,500 × 3.99% = 10,952.55
    expect(joint(2026, 300000)).toEqual({ incomeTax: 10953, payroll: [] });
  });
});
