// Georgia (IT-511 booklet 2025; O.C.G.A. §§ 48-7-20(a.1), 48-7-27(a)(1)(B)): a flat rate on AGI less the
// standard deduction, no personal exemption since 2024. 2025: 5.19%, $12,000 / $24,000. 2026 (HB 463):
// 4.99%, $15,000 / $30,000. No state payroll program.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Georgia', () => {
  it('2025 single, $150,000', () => {
    // 138,000 × 5.19% = 7,162.20.
    expect(stateTaxFor('GA', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7_162,
      payroll: [],
    });
  });

  it('2025 married filing jointly, $300,000', () => {
    // 276,000 × 5.19% = 14,324.40.
    expect(stateTaxFor('GA', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_324,
      payroll: [],
    });
  });

  it('2026 single, $150,000', () => {
    // 135,000 × 4.99% = 6,736.50 → 6,737.
    expect(stateTaxFor('GA', { year: 2026, filingStatus: 'single', wages: 150_000 }).incomeTax).toBe(6_737);
  });

  it('2026 married filing jointly, $300,000', () => {
    // 270,000 × 4.99% = 13,473.
    expect(stateTaxFor('GA', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 13_473,
      payroll: [],
    });
  });
});
