// Colorado (DR 0104 Book; C.R.S. 39-22-104): 4.4% of federal taxable income, plus — when federal AGI is
// over $300,000 — the federal standard deduction in excess of $12,000 single / $16,000 joint (2025) or
// $1,000 / $2,000 (from 2026), C.R.S. 39-22-104(3)(p.7). FAMLI: the employee's half of the premium,
// 0.45% (2025) / 0.44% (2026) of wages up to the Social Security wage base (C.R.S. 8-13.3-507).
// Local occupational privilege taxes (Denver and others) are not included here.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const famli = (amount: number) => [{ id: 'co-famli', label: 'CO FAMLI', amount }];

describe('Colorado 2025', () => {
  it('single, $150,000', () => {
    // Federal taxable 150,000 − 15,750 = 134,250; × 4.4% = 5,907. FAMLI 0.45% × 150,000 = 675.
    expect(stateTaxFor('CO', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5_907,
      payroll: famli(675),
    });
  });

  it('married filing jointly, $300,000 (AGI not over $300,000: no addback)', () => {
    // 300,000 − 31,500 = 268,500 × 4.4% = 11,814. FAMLI 0.45% × 176,100 (the wage base) = 792.45 → 792.
    expect(stateTaxFor('CO', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 11_814,
      payroll: famli(792),
    });
  });

  it('single, $400,000: the deduction addback', () => {
    // 400,000 − 15,750 = 384,250; addback 15,750 − 12,000 = 3,750; 388,000 × 4.4% = 17,072.
    expect(stateTaxFor('CO', { year: 2025, filingStatus: 'single', wages: 400_000 }).incomeTax).toBe(17_072);
  });
});

describe('Colorado 2026', () => {
  it('single, $150,000', () => {
    // 150,000 − 16,100 = 133,900 × 4.4% = 5,891.60 → 5,892. FAMLI 0.44% × 150,000 = 660.
    expect(stateTaxFor('CO', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 5_892,
      payroll: famli(660),
    });
  });

  it('married filing jointly, $300,000', () => {
    // 300,000 − 32,200 = 267,800 × 4.4% = 11,783.20. FAMLI 0.44% × 184,500 = 811.80 → 812.
    expect(stateTaxFor('CO', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 11_783,
      payroll: famli(812),
    });
  });

  it('married filing jointly, $400,000: the 2026 addback allows only $2,000', () => {
    // 400,000 − 32,200 = 367,800; addback 32,200 − 2,000 = 30,200; 398,000 × 4.4% = 17,512.
    expect(stateTaxFor('CO', { year: 2026, filingStatus: 'married-joint', wages: 400_000 }).incomeTax).toBe(
      17_512,
    );
  });

  it('the addback is a cliff at $300,000 of AGI (a listed rule: take-home falls there)', () => {
    // At 300,000: 283,900 × 4.4% = 12,491.60. At 300,001: (283,901 + 16,100 − 1,000) × 4.4% = 299,001 × 4.4%
    // = 13,156.04: $664 more tax on $1 more wages.
    const at = (wages: number) => stateTaxFor('CO', { year: 2026, filingStatus: 'single', wages }).incomeTax;
    expect([at(300_000), at(300_001)]).toEqual([12_492, 13_156]);
  });
});
