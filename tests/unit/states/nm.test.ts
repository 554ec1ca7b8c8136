import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('NM', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('NM', { year, filingStatus: 'married-joint', wages });

// New Mexico PIT-1: federal AGI − the federal standard deduction ($15,750 / $31,500 in 2025, $16,100 /
// $32,200 in 2026) − the low- and middle-income exemption (NMSA 7-2-5.8), brackets of NMSA 7-2-7 as set by
// HB 252 (2024) from 2025: 1.5 / 3.2 / 4.3 / 4.7 / 4.9 / 5.9%. No employee payroll program. Exact, half-up.
describe('New Mexico', () => {
  it('2025 single $150,000', () => {
    // TI 134,250: 5,500 × 1.5% = 82.5; 11,000 × 3.2% = 352; 17,000 × 4.3% = 731; 33,000 × 4.7% = 1,551;
    // 67,750 × 4.9% = 3,319.75 → 6,036.25
    expect(single(2025, 150000)).toEqual({ incomeTax: 6036, payroll: [] });
  });
  it('2025 joint $300,000', () => {
    // TI 268,500: 8,000 × 1.5% = 120; 17,000 × 3.2% = 544; 25,000 × 4.3% = 1,075; 50,000 × 4.7% = 2,350;
    // 168,500 × 4.9% = 8,256.5 → 12,345.5 → 12,346
    expect(joint(2025, 300000)).toEqual({ incomeTax: 12346, payroll: [] });
  });
  it('2026 single $150,000', () => {
    // TI 133,900: 2,716.5 below $66,500 + 67,400 × 4.9% (3,302.6) = 6,019.1
    expect(single(2026, 150000)).toEqual({ incomeTax: 6019, payroll: [] });
  });
  it('2026 joint $300,000', () => {
    // TI 267,800: 4,089 below $100,000 + 167,800 × 4.9% (8,222.2) = 12,311.2
    expect(joint(2026, 300000)).toEqual({ incomeTax: 12311, payroll: [] });
  });
  it('2025 single $32,000: the low- and middle-income exemption, reduced by 15% over $20,000', () => {
    // exemption 2,500 − 15% × 12,000 = 700; TI 32,000 − 15,750 − 700 = 15,550;
    // 82.5 + 10,050 × 3.2% (321.6) = 404.1
    expect(single(2025, 32000).incomeTax).toBe(404);
  });
});
