import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('OR', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('OR', { year, filingStatus: 'married-joint', wages });
const lines = (r: { payroll: { id: string; amount: number }[] }) =>
  Object.fromEntries(r.payroll.map((p) => [p.id, p.amount]));

// Oregon OR-40: federal AGI − federal income tax (capped at $8,500 2025 below $125,000 / $250,000 of AGI,
// stepping to $0 at $145,000 / $290,000, ORS 316.680) − standard deduction ($2,835 / $5,670) at 4.75 / 6.75 /
// 8.75 / 9.9% (ORS 316.037), less a $256 exemption credit per person up to $100,000 / $200,000 of AGI.
// 2026 indexed figures are projections (×1.0227): deduction $2,895 / $5,790, thresholds $4,450 / $11,350
// single, $8,900 / $22,700 joint, credit $262. Payroll: statewide transit tax 0.1% (the 0.2% of HB 3991 is
// suspended pending a referendum); Paid Leave Oregon 0.6% to the Social Security wage base. Exact, half-up.
describe('Oregon', () => {
  it('2025 single $150,000: no federal tax subtraction at $145,000+, no exemption credit over $100,000', () => {
    // TI 147,165: 4,400 × 4.75% = 209; 6,700 × 6.75% = 452.25; 113,900 × 8.75% = 9,966.25;
    // 22,165 × 9.9% = 2,194.335 → 12,821.835. Transit 150; PFML 150,000 × 0.6% = 900
    const r = single(2025, 150000);
    expect(r.incomeTax).toBe(12822);
    expect(lines(r)).toEqual({ 'or-transit': 150, 'or-pfml': 900 });
  });
  it('2025 joint $300,000', () => {
    // TI 294,330: 8,800 × 4.75% = 418; 13,400 × 6.75% = 904.5; 227,800 × 8.75% = 19,932.5;
    // 44,330 × 9.9% = 4,388.67 → 25,643.67. Transit 300; PFML 176,100 × 0.6% = 1,056.6
    const r = joint(2025, 300000);
    expect(r.incomeTax).toBe(25644);
    expect(lines(r)).toEqual({ 'or-transit': 300, 'or-pfml': 1057 });
  });
  it('2026 single $150,000 (projected indexing)', () => {
    // TI 147,105: 4,450 × 4.75% = 211.375; 6,900 × 6.75% = 465.75; 113,650 × 8.75% = 9,944.375;
    // 22,105 × 9.9% = 2,188.395 → 12,809.895
    const r = single(2026, 150000);
    expect(r.incomeTax).toBe(12810);
    expect(lines(r)).toEqual({ 'or-transit': 150, 'or-pfml': 900 });
  });
  it('2026 joint $300,000', () => {
    // TI 294,210: 8,900 × 4.75% = 422.75; 13,800 × 6.75% = 931.5; 227,300 × 8.75% = 19,888.75;
    // 44,210 × 9.9% = 4,376.79 → 25,619.79. PFML 184,500 × 0.6% = 1,107
    const r = joint(2026, 300000);
    expect(r.incomeTax).toBe(25620);
    expect(lines(r)).toEqual({ 'or-transit': 300, 'or-pfml': 1107 });
  });
  it('2025 single $100,000: federal tax subtracted up to $8,500, exemption credit $256', () => {
    // federal TI 84,250: 1,192.5 + 4,386 + 35,775 × 22% (7,870.5) = 13,449 → subtract 8,500;
    // TI 100,000 − 8,500 − 2,835 = 88,665: 209 + 452.25 + 77,565 × 8.75% (6,786.9375) = 7,448.1875 − 256
    expect(single(2025, 100000).incomeTax).toBe(7192);
  });
});
