// Massachusetts: worked by hand from M.G.L. c.62 §4 (5% of Part B taxable income; 4% surtax over
// $1,083,150 for 2025), §3(B) (exemption $4,400 / $8,800; Social Security + Medicare deduction up to
// $2,000 per person, one earner here), the No Tax Status and Limited Income Credit of Form 1 (2025), and
// PFML (M.G.L. c.175M: employee share 0.46% up to the Social Security wage base, $176,100 in 2025,
// $184,500 in 2026). Each line is computed exactly and rounded half-up.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const pfml = (amount: number) => [{ id: 'ma-pfml', label: 'MA Paid Family and Medical Leave', amount }];

describe('Massachusetts', () => {
  for (const year of [2025, 2026]) {
    it(`${year} single, $150,000`, () => {
      // FICA 11,475 → deduction 2,000; (150,000 − 4,400 − 2,000) × 5% = 143,600 × 5% = 7,180
      // PFML 150,000 × 0.46% = 690
      expect(stateTaxFor('MA', { year, filingStatus: 'single', wages: 150_000 })).toEqual({
        incomeTax: 7180,
        payroll: pfml(690),
      });
    });
  }
  it('2025 married filing jointly, $300,000', () => {
    // (300,000 − 8,800 − 2,000) × 5% = 289,200 × 5% = 14,460; PFML 176,100 × 0.46% = 810.06
    expect(stateTaxFor('MA', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_460,
      payroll: pfml(810),
    });
  });
  it('2026 married filing jointly, $300,000', () => {
    // 289,200 × 5% = 14,460; PFML 184,500 × 0.46% = 848.7
    expect(stateTaxFor('MA', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_460,
      payroll: pfml(849),
    });
  });
  it('adds the 4% surtax over $1,083,150 (2025 single, $2,000,000)', () => {
    // taxable 2,000,000 − 4,400 − 2,000 = 1,993,600; × 5% = 99,680 + (1,993,600 − 1,083,150) × 4% = 36,418
    expect(stateTaxFor('MA', { year: 2025, filingStatus: 'single', wages: 2_000_000 }).incomeTax).toBe(
      136_098,
    );
  });
  it('no tax status and the limited income credit (2025 single)', () => {
    // $8,000: AGI ≤ 8,000 → no tax. $9,000: (9,000 − 4,400 − 688.50) × 5% = 195.58, limited to
    // 10% × (9,000 − 8,000) = 100
    expect(stateTaxFor('MA', { year: 2025, filingStatus: 'single', wages: 8000 }).incomeTax).toBe(0);
    expect(stateTaxFor('MA', { year: 2025, filingStatus: 'single', wages: 9000 }).incomeTax).toBe(100);
  });
});
