import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('OH', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('OH', { year, filingStatus: 'married-joint', wages });

// Ohio IT 1040: federal AGI − personal exemptions by MAGI ($2,400 to $40,000, $2,150 to $80,000, $1,900
// above; none over $750,000 in 2025 / $500,000 in 2026, HB 96); no tax on an income base of $26,050 or less;
// 2025 schedule $342.00 + 2.75% over $26,050, $2,375.63 + 3.125% over $100,000; 2026 $332.00 + 2.75% over
// $26,050 (Ohio Rev. Code 5747.02). $20 credit per exemption under a $30,000 base. Municipal income taxes
// are the locals' slice. Exact, half-up.
describe('Ohio', () => {
  it('2025 single $150,000', () => {
    // base 150,000 − 1,900 = 148,100; 342 + 73,950 × 2.75% (2,033.625) + 48,100 × 3.125% (1,503.125) = 3,878.75
    expect(single(2025, 150000)).toEqual({ incomeTax: 3879, payroll: [] });
  });
  it('2025 joint $300,000', () => {
    // base 300,000 − 3,800 = 296,200; 2,375.625 + 196,200 × 3.125% (6,131.25) = 8,506.875
    expect(joint(2025, 300000)).toEqual({ incomeTax: 8507, payroll: [] });
  });
  it('2026 single $150,000: flat 2.75% over $26,050', () => {
    // 332 + (148,100 − 26,050) × 2.75% = 332 + 3,356.375 = 3,688.375
    expect(single(2026, 150000)).toEqual({ incomeTax: 3688, payroll: [] });
  });
  it('2026 joint $300,000', () => {
    // 332 + (296,200 − 26,050) × 2.75% = 332 + 7,429.125 = 7,761.125
    expect(joint(2026, 300000)).toEqual({ incomeTax: 7761, payroll: [] });
  });
  it('2025: nothing at a $25,600 base; above $26,050 the schedule base applies, less the $20 credit', () => {
    // $28,000: base 25,600 → 0. $29,000: base 26,600; 342 + 550 × 2.75% = 357.125 − 20 = 337.125
    expect(single(2025, 28000).incomeTax).toBe(0);
    expect(single(2025, 29000).incomeTax).toBe(337);
  });
  it('2025 single $800,000: no exemption over $750,000 of MAGI', () => {
    // 2,375.625 + 700,000 × 3.125% (21,875) = 24,250.625
    expect(single(2025, 800000).incomeTax).toBe(24251);
  });
});
