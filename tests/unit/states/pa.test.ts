import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('PA', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('PA', { year, filingStatus: 'married-joint', wages });
const lines = (r: { payroll: { id: string; amount: number }[] }) =>
  Object.fromEntries(r.payroll.map((p) => [p.id, p.amount]));

// Pennsylvania PA-40: 3.07% of compensation, which includes elective 401(k) deferrals (72 P.S. 7302,
// 7303); tax forgiveness (Schedule SP, 72 P.S. 7304): 100% up to $6,500 single / $13,000 married, 10 points
// less per $250 above. Employee unemployment contribution 0.07% of all wages (43 P.S. 781.4). Local earned
// income taxes are not in this slice.
describe('Pennsylvania', () => {
  for (const year of [2025, 2026]) {
    it(`${year} single $150,000`, () => {
      // 150,000 × 3.07% = 4,605; UC 150,000 × 0.07% = 105
      expect(single(year, 150000)).toEqual({
        incomeTax: 4605,
        payroll: [{ id: 'pa-uc', label: 'PA unemployment (employee)', amount: 105 }],
      });
    });
    it(`${year} joint $300,000`, () => {
      // 300,000 × 3.07% = 9,210; UC 300,000 × 0.07% = 210
      const r = joint(year, 300000);
      expect(r.incomeTax).toBe(9210);
      expect(lines(r)).toEqual({ 'pa-uc': 210 });
    });
  }
  it('a 401(k) deferral does not lower Pennsylvania tax', () => {
    expect(single(2025, 150000, 20000).incomeTax).toBe(4605);
  });
  it('tax forgiveness: single $7,000 is 80% forgiven', () => {
    // 500 over $6,500 → 2 steps of $250 → 80% forgiven; 7,000 × 3.07% = 214.9 × 20% = 42.98; UC 4.9
    const r = single(2025, 7000);
    expect(r.incomeTax).toBe(43);
    expect(lines(r)).toEqual({ 'pa-uc': 5 });
  });
});
