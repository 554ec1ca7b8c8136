// Maryland: worked by hand from Tax-General §10-105(a) as amended by H.B. 352 (2025) (brackets to 6.5%),
// §10-217 (flat standard deduction $3,350 / $6,700 for 2025; 2026 projected $3,400 / $6,850), and §10-211
// (exemption $3,200 per filer stepping down to $1,600 / $800 / $0 as AGI rises), Maryland resident booklet
// 2025. County income taxes are local and not here. Each line is computed exactly and rounded half-up
// (the booklet's tax table stops at $100,000). No Maryland employee payroll program in 2025-2026 (FAMLI
// contributions start later).
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

describe('Maryland', () => {
  it('2025 single, $150,000', () => {
    // AGI 150,000 (over 125,000, not over 150,000) → exemption 800; 150,000 − 3,350 − 800 = 145,850
    // 20 + 30 + 40 + 97,000 × 4.75% (4,607.5) + 25,000 × 5% (1,250) + 20,850 × 5.25% (1,094.625) = 7,042.125
    expect(stateTaxFor('MD', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7042,
      payroll: [],
    });
  });
  it('2025 married filing jointly, $300,000', () => {
    // AGI over 200,000 → no exemption; 300,000 − 6,700 = 293,300
    // 90 + 147,000 × 4.75% (6,982.5) + 1,250 + 50,000 × 5.25% (2,625) + 68,300 × 5.5% (3,756.5) = 14,704
    expect(stateTaxFor('MD', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_704,
      payroll: [],
    });
  });
  it('2026 single, $150,000 (standard deduction projected)', () => {
    // 150,000 − 3,400 − 800 = 145,800; 90 + 4,607.5 + 1,250 + 20,800 × 5.25% (1,092) = 7,039.5 → 7,040
    expect(stateTaxFor('MD', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 7040,
      payroll: [],
    });
  });
  it('2026 married filing jointly, $300,000 (standard deduction projected)', () => {
    // 300,000 − 6,850 = 293,150; 90 + 6,982.5 + 1,250 + 2,625 + 68,150 × 5.5% (3,748.25) = 14,695.75
    expect(stateTaxFor('MD', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 14_696,
      payroll: [],
    });
  });
  it('reaches the 6.25% bracket (2025 single, $600,000)', () => {
    // 600,000 − 3,350 = 596,650; 90 + 4,607.5 + 1,250 + 1,312.5 + 5,500 + 250,000 × 5.75% (14,375)
    // + 96,650 × 6.25% (6,040.625) = 33,175.625
    expect(stateTaxFor('MD', { year: 2025, filingStatus: 'single', wages: 600_000 }).incomeTax).toBe(33_176);
  });
  it('steps the exemption down above $100,000 (2025 single)', () => {
    // 100,000: 100,000 − 3,350 − 3,200 = 93,450 → 90 + 90,450 × 4.75% = 4,386.375
    // 100,001: 100,001 − 3,350 − 1,600 = 95,051 → 90 + 92,051 × 4.75% = 4,462.4225
    expect(stateTaxFor('MD', { year: 2025, filingStatus: 'single', wages: 100_000 }).incomeTax).toBe(4386);
    expect(stateTaxFor('MD', { year: 2025, filingStatus: 'single', wages: 100_001 }).incomeTax).toBe(4462);
  });
});
