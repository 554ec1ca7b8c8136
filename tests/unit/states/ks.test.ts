// Kansas: worked by hand from K.S.A. 79-32,110(a) (2024 and after: 5.2% up to $23,000 / $46,000 joint,
// 5.58% above), the standard deduction ($3,605 / $8,240) and the personal exemption ($9,160 / $18,320),
// Form K-40 instructions 2025; unchanged for 2026. Each line is computed exactly and rounded half-up
// (the K-40 tax table covers taxable income up to $100,000 only). No Kansas employee payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Kansas', () => {
  for (const year of [2025, 2026]) {
    it(`${year} single, $150,000`, () => {
      // 150,000 − 3,605 − 9,160 = 137,235; 23,000 × 5.2% = 1,196 + 114,235 × 5.58% = 6,374.313 → 7,570.313
      expect(stateTaxFor('KS', { year, filingStatus: 'single', wages: 150_000 })).toEqual({
        incomeTax: 7570,
        payroll: [],
      });
    });
    it(`${year} married filing jointly, $300,000`, () => {
      // 300,000 − 8,240 − 18,320 = 273,440; 46,000 × 5.2% = 2,392 + 227,440 × 5.58% = 12,691.152 → 15,083.152
      expect(stateTaxFor('KS', { year, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
        incomeTax: 15_083,
        payroll: [],
      });
    });
  }
});
