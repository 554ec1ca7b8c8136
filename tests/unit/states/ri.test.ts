// Rhode Island: RI-1040 — federal AGI (no modifications for wages) less the standard deduction and
// exemptions, each reduced 20% for every step (or part) of AGI over the threshold; one rate schedule for
// every filing status. 2025: 2025 RI-1040 instructions and Tax Rate Schedule and Worksheets (standard
// deduction $10,900 / $21,800, exemption $5,100 each, phase-out over $254,250 by $7,250 steps; 3.75% to
// $79,900, 4.75% to $181,650, 5.99% above). 2026: Division of Taxation Advisory ADV 2025-22 ($11,200 /
// $22,400, $5,250, over $261,000 by $7,450; brackets $82,050 and $186,450).
// TDI (employee-paid), RI DLT: 2025 1.3% up to $89,200; 2026 1.1% up to $100,000.
// Each line is rounded half-up to whole dollars after computing exactly (the RI tax table, for taxable
// income under $100,000, is not used).
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const tdi = (amount: number) => [{ id: 'ri-tdi', label: 'RI TDI', amount }];

describe('Rhode Island 2025', () => {
  it('single, $150,000', () => {
    // 150,000 − 10,900 − 5,100 = 134,000: 3.75% × 79,900 = 2,996.25 + 4.75% × 54,100 = 2,569.75 = 5,566.
    // TDI 1.3% × 89,200 = 1,159.60 → 1,160.
    expect(stateTaxFor('RI', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5_566,
      payroll: tdi(1_160),
    });
  });

  it('married filing jointly, $300,000: deduction and exemptions fully phased out', () => {
    // (300,000 − 254,250) / 7,250 = 6.3 → 7 steps × 20% ≥ 100%: nothing left. Taxable 300,000:
    // 2,996.25 + 4.75% × 101,750 = 4,833.125 + 5.99% × 118,350 = 7,089.165 → 14,918.54 → 14,919.
    expect(stateTaxFor('RI', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_919,
      payroll: tdi(1_160),
    });
  });

  it('single, $270,000: partly phased out', () => {
    // (270,000 − 254,250) / 7,250 = 2.17 → 3 steps → 60% gone: (10,900 + 5,100) × 40% = 6,400.
    // 263,600: 2,996.25 + 4,833.125 + 5.99% × 81,950 = 4,908.805 → 12,738.18 → 12,738.
    expect(stateTaxFor('RI', { year: 2025, filingStatus: 'single', wages: 270_000 }).incomeTax).toBe(12_738);
  });
});

describe('Rhode Island 2026', () => {
  it('single, $150,000', () => {
    // 150,000 − 11,200 − 5,250 = 133,550: 3.75% × 82,050 = 3,076.875 + 4.75% × 51,500 = 2,446.25
    // = 5,523.125 → 5,523. TDI 1.1% × 100,000 = 1,100.
    expect(stateTaxFor('RI', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5_523,
      payroll: tdi(1_100),
    });
  });

  it('married filing jointly, $300,000', () => {
    // (300,000 − 261,000) / 7,450 = 5.2 → 6 steps: nothing left. 3,076.875 + 4.75% × 104,400 = 4,959
    // + 5.99% × 113,550 = 6,801.645 → 14,837.52 → 14,838. TDI 1,100.
    expect(stateTaxFor('RI', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_838,
      payroll: tdi(1_100),
    });
  });

  it('TDI below the wage base: $60,000 single', () => {
    // 1.1% × 60,000 = 660.
    expect(stateTaxFor('RI', { year: 2026, filingStatus: 'single', wages: 60_000 }).payroll).toEqual(
      tdi(660),
    );
  });
});

describe('RI invariants', () => {
  it('income tax is a finite, non-negative whole number from $0 to $10,000,000', () => {
    for (const year of [2025, 2026]) {
      for (const filingStatus of ['single', 'married-joint'] as const) {
        for (const wages of [0, 1_000, 10_000, 30_000, 75_000, 250_000, 1_000_000, 10_000_000]) {
          const t = stateTaxFor('RI', { year, filingStatus, wages });
          expect(Number.isInteger(t.incomeTax) && t.incomeTax >= 0).toBe(true);
        }
      }
    }
  });
});
