// Connecticut (Form CT-1040 instructions, Tables A–E and the Tax Calculation Schedule; CGS §§ 12-700 to
// 12-704), unchanged for 2026: exemption $15,000 / $24,000 less $1,000 per $1,000 (or part) of AGI over
// $30,000 / $48,000; brackets 2% / 4.5% / 5.5% / 6% / 6.5% / 6.9% / 6.99%; plus the 2% phase-out add-back
// (Table C: $25 per $5,000 over $56,500, at most $250; joint $50 per $5,000 over $100,500, at most $500) and
// the benefit recaptures (Table D: single $25 per $5,000 over $105,000 to $250, $90 per $5,000 over $200,000
// to $2,700, $50 per $5,000 over $500,000 to $450; joint $50 per $10,000 over $210,000 to $500, $180 per
// $10,000 over $400,000 to $5,400, $100 per $10,000 over $1,000,000 to $900); less the personal tax credit
// (Table E: a share of the tax, none over $64,500 / $100,500). Paid Leave: 0.5% of wages up to the Social
// Security wage base (CT Paid Leave Authority; CGS § 31-49g).
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const pl = (amount: number) => [{ id: 'ct-pl', label: 'CT Paid Leave', amount }];

describe('Connecticut', () => {
  for (const year of [2025, 2026]) {
    it(`${year} single, $150,000`, () => {
      // No exemption (AGI far over $45,000). 2% × 10,000 = 200 + 4.5% × 40,000 = 1,800 + 5.5% × 50,000
      // = 2,750 + 6% × 50,000 = 3,000 → 7,750. Add-back: 93,500 over → 19 steps × 25, capped 250.
      // Recapture: 45,000 over 105,000 → 9 × 25 = 225. 7,750 + 250 + 225 = 8,225. Paid Leave 0.5% × 150,000.
      expect(stateTaxFor('CT', { year, filingStatus: 'single', wages: 150_000 })).toEqual({
        incomeTax: 8_225,
        payroll: pl(750),
      });
    });

    it(`${year} married filing jointly, $300,000`, () => {
      // 2% × 20,000 = 400 + 4.5% × 80,000 = 3,600 + 5.5% × 100,000 = 5,500 + 6% × 100,000 = 6,000 → 15,500.
      // Add-back: capped 500. Recapture: 90,000 over 210,000 → 9 × 50 = 450. Total 16,450.
      // Paid Leave 0.5% of the wage base: 2025 176,100 → 880.50 → 881; 2026 184,500 → 922.50 → 923.
      expect(stateTaxFor('CT', { year, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
        incomeTax: 16_450,
        payroll: pl(year === 2025 ? 881 : 923),
      });
    });
  }

  it('single, $220,000: the middle recapture', () => {
    // 7,750 − 3,000 + 6% × 100,000 = 6,000 + 6.5% × 20,000 = 1,300 → 12,050; add-back 250; low recapture
    // 115,000 over → 23 × 25 capped 250; middle 20,000 over 200,000 → 4 × 90 = 360. 12,050 + 860 = 12,910.
    expect(stateTaxFor('CT', { year: 2025, filingStatus: 'single', wages: 220_000 }).incomeTax).toBe(12_910);
  });

  it('single, $40,000: the exemption and the personal credit phase out', () => {
    // Exemption 15,000 − 10 × 1,000 = 5,000; taxable 35,000 → 200 + 4.5% × 25,000 = 1,125 → 1,325.
    // Table E: AGI over 33,300 (to 60,000) → 10% credit; 1,325 × 0.90 = 1,192.50 → 1,193.
    expect(stateTaxFor('CT', { year: 2025, filingStatus: 'single', wages: 40_000 }).incomeTax).toBe(1_193);
  });
});
