import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('NE', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('NE', { year, filingStatus: 'married-joint', wages });

// Nebraska Form 1040N: federal AGI − standard deduction, the rate schedule, less the personal exemption
// credit per exemption. 2025: booklet line 6 ($8,600 / $17,200), credit $171, rates 2.46 / 3.51 / 5.01 /
// 5.20% (Neb. Rev. Stat. 77-2715.03). 2026: the 1040N-ES schedule (rates 3 and 4 at 4.55%); the 2026
// standard deduction ($8,850 / $17,700) and credit ($176) are projections (CPI-indexed, not yet published).
// (The form's tax table covers income under $100,000; these are computed exactly, rounded half-up.)
describe('Nebraska', () => {
  it('2025 single $150,000', () => {
    // TI 141,400: 4,030 × 2.46% = 99.138; 20,090 × 3.51% = 705.159; 14,750 × 5.01% = 738.975;
    // 102,530 × 5.2% = 5,331.56 → 6,874.832 − 171 = 6,703.832
    expect(single(2025, 150000)).toEqual({ incomeTax: 6704, payroll: [] });
  });
  it('2025 joint $300,000', () => {
    // TI 282,800: 8,040 × 2.46% = 197.784; 40,210 × 3.51% = 1,411.371; 29,480 × 5.01% = 1,476.948;
    // 205,070 × 5.2% = 10,663.64 → 13,749.743 − 342 = 13,407.743
    expect(joint(2025, 300000)).toEqual({ incomeTax: 13408, payroll: [] });
  });
  it('2026 single $150,000', () => {
    // TI 150,000 − 8,850 = 141,150: 4,130 × 2.46% = 101.598; 20,630 × 3.51% = 724.113;
    // 116,390 × 4.55% = 5,295.745 → 6,121.456 − 176 = 5,945.456
    expect(single(2026, 150000)).toEqual({ incomeTax: 5945, payroll: [] });
  });
  it('2026 joint $300,000', () => {
    // TI 300,000 − 17,700 = 282,300: 8,250 × 2.46% = 202.95; 41,280 × 3.51% = 1,448.928;
    // 232,770 × 4.55% = 10,591.035 → 12,242.913 − 352 = 11,890.913
    expect(joint(2026, 300000)).toEqual({ incomeTax: 11891, payroll: [] });
  });
  it('the credit cannot make tax negative', () => {
    // 2025 single $12,000: TI 3,400 × 2.46% = 83.64 < 171 → 0
    expect(single(2025, 12000).incomeTax).toBe(0);
  });
});
