// South Dakota: no personal income tax; reemployment contributions are paid by employers only (SDCL § 61-5-24).
// So there is no state income tax and no employee payroll line, in 2025 and 2026.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('South Dakota', () => {
  for (const year of [2025, 2026]) {
    it(`${year}: nothing at $150,000 single or $300,000 joint`, () => {
      expect(stateTaxFor('SD', { year, filingStatus: 'single', wages: 150_000 })).toEqual({
        incomeTax: 0,
        payroll: [],
      });
      expect(stateTaxFor('SD', { year, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
        incomeTax: 0,
        payroll: [],
      });
    });

    it(`${year}: nothing at $10,000,000 either`, () => {
      expect(stateTaxFor('SD', { year, filingStatus: 'single', wages: 10_000_000 })).toEqual({
        incomeTax: 0,
        payroll: [],
      });
    });
  }
});
