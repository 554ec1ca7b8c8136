// California: FTB Form 540 and its rate schedules (2025); 2026 brackets, deduction and credit are a
// projection (2025 amounts × 1.03, see data/states/ca.json); SDI from EDD (1.2% in 2025, 1.3% in 2026, no cap).
// Taxable income = AGI − the CA standard deduction; the exemption credit is $153 (2026: $158) per filer,
// less $6 per filer for each $2,500 (or part) of AGI over the threshold. The FTB tax table (taxable
// income up to $100,000) can differ by a few dollars from the schedules; we compute by the schedules.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const sdi = (amount: number) => [{ id: 'ca-sdi', label: 'CA SDI', amount }];

describe('California 2025', () => {
  it('single, $150,000 (the worked example in tests/unit/tax.test.ts)', () => {
    // 150,000 − 5,706 = 144,294: 1% × 11,079 = 110.79 + 2% × 15,185 = 303.70 + 4% × 15,188 = 607.52
    // + 6% × 16,090 = 965.40 + 8% × 15,182 = 1,214.56 + 9.3% × 71,570 = 6,656.01 = 9,857.98; − 153 = 9,704.98.
    // SDI 1.2% × 150,000 = 1,800.
    expect(stateTaxFor('CA', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 9_705,
      payroll: sdi(1_800),
    });
  });

  it('married filing jointly, $300,000', () => {
    // 300,000 − 11,412 = 288,588: 1% × 22,158 = 221.58 + 2% × 30,370 = 607.40 + 4% × 30,376 = 1,215.04
    // + 6% × 32,180 = 1,930.80 + 8% × 30,364 = 2,429.12 + 9.3% × 143,140 = 13,312.02 = 19,715.96;
    // − 2 × 153 = 19,409.96. SDI 1.2% × 300,000 = 3,600.
    expect(stateTaxFor('CA', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 19_410,
      payroll: sdi(3_600),
    });
  });

  it('single, $270,000: the exemption credit phases down', () => {
    // 270,000 − 5,706 = 264,294: 9,857.98 − 6,656.01 + 9.3% × 191,570 = 17,816.01 → 21,017.98.
    // Credit: (270,000 − 252,203) / 2,500 = 7.12 → 8 steps; 153 − 6 × 8 = 105. 21,017.98 − 105 = 20,912.98.
    const t = stateTaxFor('CA', { year: 2025, filingStatus: 'single', wages: 270_000 });
    expect(t.incomeTax).toBe(20_913);
  });

  it('single, $1,500,000: the 1% tax on taxable income over $1,000,000; no credit', () => {
    // 1,500,000 − 5,706 = 1,494,294. Brackets: the first five as above, 3,201.97,
    // + 9.3% × (371,479 − 72,724 = 298,755) = 27,784.22 + 10.3% × 74,292 = 7,652.08
    // + 11.3% × 297,182 = 33,581.57 + 12.3% × 751,341 = 92,414.94 → 164,634.77.
    // Credit: (1,500,000 − 252,203) / 2,500 → 500 steps, 153 − 3,000 < 0 → 0. Surtax 1% × 494,294 = 4,942.94.
    // 164,634.77 + 4,942.94 = 169,577.71. SDI 1.2% × 1,500,000 = 18,000 (no cap).
    expect(stateTaxFor('CA', { year: 2025, filingStatus: 'single', wages: 1_500_000 })).toEqual({
      incomeTax: 169_578,
      payroll: sdi(18_000),
    });
  });
});

describe('California 2026 (brackets projected ×1.03; SDI 1.3%)', () => {
  it('single, $150,000', () => {
    // Deduction 5,706 × 1.03 = 5,877.18 → 5,877; taxable 144,123. Brackets (2025 × 1.03, rounded):
    // 1% × 11,411 = 114.11 + 2% × 15,641 = 312.82 + 4% × 15,644 = 625.76 + 6% × 16,572 = 994.32
    // + 8% × 15,638 = 1,251.04 + 9.3% × (144,123 − 74,906 = 69,217) = 6,437.18 = 9,735.23.
    // Credit 153 × 1.03 = 157.59 → 158. 9,735.23 − 158 = 9,577.23. SDI 1.3% × 150,000 = 1,950.
    expect(stateTaxFor('CA', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 9_577,
      payroll: sdi(1_950),
    });
  });

  it('married filing jointly, $300,000', () => {
    // Deduction 11,754; taxable 288,246. Joint brackets twice the single: 1% × 22,822 = 228.22
    // + 2% × 31,282 = 625.64 + 4% × 31,288 = 1,251.52 + 6% × 33,144 = 1,988.64 + 8% × 31,276 = 2,502.08
    // + 9.3% × (288,246 − 149,812 = 138,434) = 12,874.36 = 19,470.46; − 2 × 158 = 19,154.46.
    // SDI 1.3% × 300,000 = 3,900.
    expect(stateTaxFor('CA', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 19_154,
      payroll: sdi(3_900),
    });
  });

  it('single, $270,000: the credit phases down over the projected $259,769', () => {
    // Taxable 264,123: 9,735.23 − 6,437.18 + 9.3% × 189,217 = 17,597.18 → 20,895.23.
    // (270,000 − 259,769) / 2,500 = 4.09 → 5 steps; 158 − 30 = 128. 20,895.23 − 128 = 20,767.23.
    expect(stateTaxFor('CA', { year: 2026, filingStatus: 'single', wages: 270_000 }).incomeTax).toBe(20_767);
  });
});
