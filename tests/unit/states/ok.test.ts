import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('OK', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('OK', { year, filingStatus: 'married-joint', wages });

// Oklahoma Form 511: federal AGI − standard deduction ($6,350 / $12,700) − $1,000 per exemption
// (68 O.S. 2358). 2025 rates 0.25–4.75% (Form 511 instructions); 2026 rates 0 / 2.5 / 3.5 / 4.5% under
// HB 2764 (2025). No employee payroll program. (Form 511 uses a table under $100,000; exact here, half-up.)
describe('Oklahoma', () => {
  it('2025 single $150,000', () => {
    // TI 142,650: 1,000 × 0.25% = 2.5; 1,500 × 0.75% = 11.25; 1,250 × 1.75% = 21.875; 1,150 × 2.75% = 31.625;
    // 2,300 × 3.75% = 86.25; 135,450 × 4.75% = 6,433.875 → 6,587.375
    expect(single(2025, 150000)).toEqual({ incomeTax: 6587, payroll: [] });
  });
  it('2025 joint $300,000', () => {
    // TI 285,300: 5 + 22.5 + 43.75 + 63.25 + 172.5 = 307 below $14,400; 270,900 × 4.75% = 12,867.75 → 13,174.75
    expect(joint(2025, 300000)).toEqual({ incomeTax: 13175, payroll: [] });
  });
  it('2026 single $150,000 (HB 2764 brackets)', () => {
    // TI 142,650: 1,150 × 2.5% = 28.75; 2,300 × 3.5% = 80.5; 135,450 × 4.5% = 6,095.25 → 6,204.5 → 6,205
    expect(single(2026, 150000)).toEqual({ incomeTax: 6205, payroll: [] });
  });
  it('2026 joint $300,000', () => {
    // TI 285,300: 2,300 × 2.5% = 57.5; 4,600 × 3.5% = 161; 270,900 × 4.5% = 12,190.5 → 12,409
    expect(joint(2026, 300000)).toEqual({ incomeTax: 12409, payroll: [] });
  });
});
