import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('NH', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('NH', { year, filingStatus: 'married-joint', wages });

// New Hampshire taxes no wages (interest and dividends tax repealed from 2025, HB 2 of 2023); employees pay no
// state payroll contribution.
describe('New Hampshire', () => {
  for (const year of [2025, 2026]) {
    it(`${year}: no tax on $150,000 single or $300,000 joint`, () => {
      expect(single(year, 150000)).toEqual({ incomeTax: 0, payroll: [] });
      expect(joint(year, 300000)).toEqual({ incomeTax: 0, payroll: [] });
    });
  }
});
