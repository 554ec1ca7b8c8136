// Florida: no personal income tax (Fla. Const. art. VII, § 5) and no employee payroll program
// (reemployment tax is paid by employers, Fla. Stat. § 443.131).
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Florida', () => {
  for (const year of [2025, 2026]) {
    it(`${year}: nothing at $150,000 single or $300,000 joint`, () => {
      expect(stateTaxFor('FL', { year, filingStatus: 'single', wages: 150_000 })).toEqual({
        incomeTax: 0,
        payroll: [],
      });
      expect(stateTaxFor('FL', { year, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
        incomeTax: 0,
        payroll: [],
      });
    });
  }
});
