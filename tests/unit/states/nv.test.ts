import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('NV', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('NV', { year, filingStatus: 'married-joint', wages });

// Nevada has no personal income tax (Nev. Const. art. 10 §1(9)); employees pay no
// state payroll contribution.
describe('Nevada', () => {
  for (const year of [2025, 2026]) {
    it(`${year}: no tax on $150,000 single or $300,000 joint`, () => {
      expect(single(year, 150000)).toEqual({ incomeTax: 0, payroll: [] });
      expect(joint(year, 300000)).toEqual({ incomeTax: 0, payroll: [] });
    });
  }
});
