// Hawaii (Form N-11 instructions; HRS §§ 235-51, 235-2.4, 235-54 as amended by Act 46, SLH 2024): taxable
// income = AGI − the standard deduction ($4,400 / $8,800 in 2025, $8,000 / $16,000 in 2026) − $1,144 per
// filer; single brackets 1.4% to 11% with thresholds 9,600 / 14,400 / 19,200 / 24,000 / 36,000 / 48,000 /
// 125,000 / 175,000 / 225,000 / 275,000 / 325,000 (joint twice these) for 2025 and 2026. TDI (HRS § 392-43):
// 0.5% of weekly wages up to the weekly maximum, at most $7.21 a week in 2025 and $7.50 in 2026 (DLIR),
// taken as 52 equal weeks. The state's tax table can differ by a few dollars below $100,000.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const tdi = (amount: number) => [{ id: 'hi-tdi', label: 'HI TDI', amount }];

describe('Hawaii', () => {
  it('2025 single, $150,000', () => {
    // 150,000 − 4,400 − 1,144 = 144,456: 1.4% × 9,600 = 134.40 + 3.2% × 4,800 = 153.60 + 5.5% × 4,800 = 264
    // + 6.4% × 4,800 = 307.20 + 6.8% × 12,000 = 816 + 7.2% × 12,000 = 864 + 7.6% × 77,000 = 5,852
    // + 7.9% × 19,456 = 1,537.02 = 9,928.22. TDI: 52 × 7.21 = 374.92 → 375.
    expect(stateTaxFor('HI', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 9_928,
      payroll: tdi(375),
    });
  });

  it('2025 married filing jointly, $300,000', () => {
    // 300,000 − 8,800 − 2,288 = 288,912: twice the single amounts to 250,000, 2 × 8,391.20 = 16,782.40,
    // + 7.9% × 38,912 = 3,074.05 = 19,856.45. TDI 375.
    expect(stateTaxFor('HI', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 19_856,
      payroll: tdi(375),
    });
  });

  it('2026 single, $150,000', () => {
    // 150,000 − 8,000 − 1,144 = 140,856: 8,391.20 (to 125,000) + 7.9% × 15,856 = 1,252.62 = 9,643.82.
    // TDI: 52 × 7.50 = 390.
    expect(stateTaxFor('HI', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 9_644,
      payroll: tdi(390),
    });
  });

  it('2026 married filing jointly, $300,000', () => {
    // 300,000 − 16,000 − 2,288 = 281,712: 16,782.40 + 7.9% × 31,712 = 2,505.25 = 19,287.65.
    expect(stateTaxFor('HI', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 19_288,
      payroll: tdi(390),
    });
  });

  it('TDI below the weekly cap: 0.5% of wages', () => {
    // 0.5% × 60,000 = 300 (< 374.92).
    expect(stateTaxFor('HI', { year: 2025, filingStatus: 'single', wages: 60_000 }).payroll).toEqual(
      tdi(300),
    );
  });
});
