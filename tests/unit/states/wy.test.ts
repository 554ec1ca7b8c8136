// Wyoming: no personal income tax; unemployment contributions are paid by employers only (Wyo. Stat. § 27-3-505).
// So there is no state income tax and no employee payroll line, in 2025 and 2026.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Wyoming', () => {
  for (const year of [2025, 2026]) {
    it(`${year}: nothing at $150,000 single or $300,000 joint`, () => {
      expect(stateTaxFor('WY', { year, filingStatus: 'single', wages: 150_000 })).toEqual({
        incomeTax: 0,
        payroll: [],
      });
      expect(stateTaxFor('WY', { year, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
        incomeTax: 0,
        payroll: [],
      });
    });

    it(`${year}: nothing at $10,000,000 either`, () => {
      expect(stateTaxFor('WY', { year, filingStatus: 'single', wages: 10_000_000 })).toEqual({
        incomeTax: 0,
        payroll: [],
      });
    });
  }
});
