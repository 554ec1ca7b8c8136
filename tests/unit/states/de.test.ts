// Delaware (Form PIT-RES instructions; 30 Del. C. §§ 1102, 1108, 1110), unchanged for 2026: taxable income
// = AGI − $3,250 / $6,500; 0% to $2,000, then 2.2% / 3.9% / 4.8% / 5.2% / 5.55% / 6.6% over $2,000 / $5,000 /
// $10,000 / $20,000 / $25,000 / $60,000; less the $110 personal credit per filer. Paid Leave (19 Del. C.
// § 3705): 0.8% of wages up to the Social Security wage base, half (0.4%) from the employee, for an
// employer with 25 or more employees. The state's tax table can differ by a few dollars below $100,000.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const pl = (amount: number) => [{ id: 'de-pl', label: 'DE Paid Leave', amount }];

describe('Delaware', () => {
  for (const year of [2025, 2026]) {
    it(`${year} single, $150,000`, () => {
      // 146,750: 2.2% × 3,000 = 66 + 3.9% × 5,000 = 195 + 4.8% × 10,000 = 480 + 5.2% × 5,000 = 260
      // + 5.55% × 35,000 = 1,942.50 + 6.6% × 86,750 = 5,725.50 = 8,669; − 110 = 8,559. Paid Leave 0.4% × 150,000.
      expect(stateTaxFor('DE', { year, filingStatus: 'single', wages: 150_000 })).toEqual({
        incomeTax: 8_559,
        payroll: pl(600),
      });
    });

    it(`${year} married filing jointly, $300,000`, () => {
      // 293,500: 2,943.50 (to 60,000) + 6.6% × 233,500 = 15,411 = 18,354.50; − 220 = 18,134.50 → 18,135.
      // Paid Leave 0.4% of the wage base: 2025 176,100 → 704.40; 2026 184,500 → 738.
      expect(stateTaxFor('DE', { year, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
        incomeTax: 18_135,
        payroll: pl(year === 2025 ? 704 : 738),
      });
    });
  }
});
