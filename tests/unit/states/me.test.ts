// Maine: worked by hand from Maine Revenue Services, Individual Income Tax 2025 and 2026 Rates (schedules,
// standard deduction, personal exemption), 36 M.R.S. §5124-C/§5125(6) (standard deduction phase-out over
// $75,000 / $150,000 above the threshold), §5126-A (exemption phase-out), §5111(7) (2% surcharge from 2026),
// and Paid Family and Medical Leave (26 M.R.S. §850-F: employee 0.5% up to the Social Security wage base).
// Phase-out fractions are exact (the form's worksheet rounds the ratio; at these wages the dollar result is
// the same). Each line is rounded half-up.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const pfml = (amount: number) => [{ id: 'me-pfml', label: 'ME Paid Family and Medical Leave', amount }];

describe('Maine', () => {
  it('2025 single, $150,000', () => {
    // deduction 15,000 × (1 − 50,000 / 75,000) = 5,000; exemption 5,150; taxable 139,850
    // 26,800 × 5.8% (1,554.4) + 36,650 × 6.75% (2,473.875) + 76,400 × 7.15% (5,462.6) = 9,490.875
    expect(stateTaxFor('ME', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 9491,
      payroll: pfml(750),
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // deduction 30,000 × (1 − 99,950 / 150,000) = 10,010; exemptions 10,300; taxable 279,690
    // 53,600 × 5.8% (3,108.8) + 73,300 × 6.75% (4,947.75) + 152,790 × 7.15% (10,924.485) = 18,981.035
    // PFML 176,100 × 0.5% = 880.5 → 881
    expect(stateTaxFor('ME', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 18_981,
      payroll: pfml(881),
    });
  });
  it('2026 single, $150,000', () => {
    // deduction 15,300 × (1 − 47,750 / 75,000) = 5,559; exemption 5,300; taxable 139,141
    // 27,400 × 5.8% (1,589.2) + 37,450 × 6.75% (2,527.875) + 74,291 × 7.15% (5,311.8065) = 9,428.8815
    expect(stateTaxFor('ME', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 9429,
      payroll: pfml(750),
    });
  });
  it('2026 married filing jointly, $300,000', () => {
    // deduction 30,600 × (1 − 95,450 / 150,000) = 11,128.2; exemptions 10,600; taxable 278,271.8
    // 54,850 × 5.8% (3,181.3) + 74,900 × 6.75% (5,055.75) + 148,521.8 × 7.15% (10,619.3087) = 18,856.3587
    // PFML 184,500 × 0.5% = 922.5 → 923
    expect(stateTaxFor('ME', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 18_856,
      payroll: pfml(923),
    });
  });
  it('2026 surcharge over $1,000,000 (single, $1,500,000)', () => {
    // deduction and exemption fully phased out; 1,589.2 + 2,527.875 + 935,150 × 7.15% (66,863.225)
    // + 500,000 × 9.15% (45,750) = 116,730.3
    expect(stateTaxFor('ME', { year: 2026, filingStatus: 'single', wages: 1_500_000 }).incomeTax).toBe(
      116_730,
    );
  });
});
