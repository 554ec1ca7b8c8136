import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('MT', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('MT', { year, filingStatus: 'married-joint', wages });

// Montana Form 2: tax on federal taxable income (wages − federal standard deduction $15,750 / $31,500 in
// 2025, $16,100 / $32,200 in 2026). Schedules: MCA 15-30-2103; 2025 DOR rate table; HB 337 (2025) for 2026.
// Each line is computed exactly and rounded half-up to whole dollars (the form's table is by $ bands).
describe('Montana', () => {
  it('2025 single $150,000: 4.7% to $21,100, 5.9% above', () => {
    // FTI 150,000 − 15,750 = 134,250; 21,100 × 4.7% = 991.70; 113,150 × 5.9% = 6,675.85 → 7,667.55
    expect(single(2025, 150000)).toEqual({ incomeTax: 7668, payroll: [] });
  });
  it('2025 joint $300,000: 4.7% to $42,200, 5.9% above', () => {
    // FTI 300,000 − 31,500 = 268,500; 42,200 × 4.7% = 1,983.40; 226,300 × 5.9% = 13,351.70 → 15,335.10
    expect(joint(2025, 300000)).toEqual({ incomeTax: 15335, payroll: [] });
  });
  it('2026 single $150,000: 4.7% to $47,500, 5.65% above (HB 337)', () => {
    // FTI 150,000 − 16,100 = 133,900; 47,500 × 4.7% = 2,232.50; 86,400 × 5.65% = 4,881.60 → 7,114.10
    expect(single(2026, 150000)).toEqual({ incomeTax: 7114, payroll: [] });
  });
  it('2026 joint $300,000: 4.7% to $95,000, 5.65% above', () => {
    // FTI 300,000 − 32,200 = 267,800; 95,000 × 4.7% = 4,465; 172,800 × 5.65% = 9,763.20 → 14,228.20
    expect(joint(2026, 300000)).toEqual({ incomeTax: 14228, payroll: [] });
  });
  it('a 401(k) deferral lowers federal taxable income and so Montana tax', () => {
    // FTI 150,000 − 20,000 − 15,750 = 114,250; 991.70 + 93,150 × 5.9% (5,495.85) = 6,487.55
    expect(single(2025, 150000, 20000).incomeTax).toBe(6488);
  });
});
