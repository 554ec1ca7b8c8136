// Minnesota: worked by hand from the Department of Revenue's inflation-adjusted brackets and standard
// deductions for 2025 and 2026 (press release, December 16, 2025), Minn. Stat. §290.0123 subd. 5 (the
// standard deduction reduced by the lesser of 80% and 3% of AGI over $238,950 plus 10% over $330,300 in
// 2025; 2026 thresholds projected $244,610 / $338,120), and Paid Leave from 2026 (Minn. Stat. §268B.14:
// employee up to 0.44% of wages to the Social Security wage base). Each line is rounded half-up.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const paidLeave = (amount: number) => [{ id: 'mn-paid-leave', label: 'MN Paid Leave', amount }];

describe('Minnesota', () => {
  it('2025 single, $150,000', () => {
    // 150,000 − 14,950 = 135,050; 32,570 × 5.35% (1,742.495) + 74,420 × 6.8% (5,060.56)
    // + 28,060 × 7.85% (2,202.71) = 9,005.765
    expect(stateTaxFor('MN', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 9006,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // reduction min(80% × 29,900, 3% × 61,050 = 1,831.5) → deduction 28,068.5; taxable 271,931.5
    // 47,620 × 5.35% (2,547.67) + 141,560 × 6.8% (9,626.08) + 82,751.5 × 7.85% (6,495.99275) = 18,669.74275
    expect(stateTaxFor('MN', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 18_670,
      payroll: [],
    });
  });
  it('2026 single, $150,000', () => {
    // 150,000 − 15,300 = 134,700; 33,310 × 5.35% (1,782.085) + 76,120 × 6.8% (5,176.16)
    // + 25,270 × 7.85% (1,983.695) = 8,941.94; Paid Leave 150,000 × 0.44% = 660
    expect(stateTaxFor('MN', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 8942,
      payroll: paidLeave(660),
    });
  });
  it('2026 married filing jointly, $300,000', () => {
    // reduction 3% × (300,000 − 244,610) = 1,661.7 → deduction 28,938.3; taxable 271,061.7
    // 48,700 × 5.35% (2,605.45) + 144,780 × 6.8% (9,845.04) + 77,581.7 × 7.85% (6,090.16345) = 18,540.65345
    // Paid Leave 184,500 × 0.44% = 811.8
    expect(stateTaxFor('MN', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 18_541,
      payroll: paidLeave(812),
    });
  });
  it('caps the deduction reduction at 80% (2025 single, $500,000)', () => {
    // 3% × 91,350 + 10% × 169,700 = 19,710.5 > 80% × 14,950 = 11,960 → deduction 2,990; taxable 497,010
    // 1,742.495 + 5,060.56 + 91,640 × 7.85% (7,193.74) + 298,380 × 9.85% (29,390.43) = 43,387.225
    expect(stateTaxFor('MN', { year: 2025, filingStatus: 'single', wages: 500_000 }).incomeTax).toBe(43_387);
  });
});
