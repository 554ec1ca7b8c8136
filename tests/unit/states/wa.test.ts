// Washington: no tax on wages. Employee payroll programs (both by Washington's own publications):
// - WA Cares Fund (long-term care), RCW 50B.04.080: 0.58% of all wages, no cap, 2025 and 2026.
// - Paid Family and Medical Leave, RCW 50A.10.030, on wages up to the Social Security wage base
//   ($176,100 in 2025, $184,500 in 2026). ESD premium rates: 2025 total 0.92%, employees pay 71.52%
//   (0.92 × 0.7152 = 0.657984%); 2026 total 1.13%, employees pay 71.43% (1.13 × 0.7143 = 0.807159%).
// Each line rounded half-up to whole dollars after computing exactly.
import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const lines = (cares: number, pfml: number) => [
  { id: 'wa-cares', label: 'WA Cares', amount: cares },
  { id: 'wa-pfml', label: 'WA PFML', amount: pfml },
];

describe('Washington 2025', () => {
  it('single, $150,000', () => {
    // WA Cares 0.58% × 150,000 = 870. PFML 0.657984% × 150,000 = 986.976 → 987.
    expect(stateTaxFor('WA', { year: 2025, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 0,
      payroll: lines(870, 987),
    });
  });

  it('married filing jointly, $300,000: PFML stops at the Social Security wage base', () => {
    // WA Cares 0.58% × 300,000 = 1,740 (no cap). PFML 0.657984% × 176,100 = 1,158.71 → 1,159.
    expect(stateTaxFor('WA', { year: 2025, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 0,
      payroll: lines(1_740, 1_159),
    });
  });
});

describe('Washington 2026', () => {
  it('single, $150,000', () => {
    // WA Cares 0.58% × 150,000 = 870. PFML 0.807159% × 150,000 = 1,210.74 → 1,211.
    expect(stateTaxFor('WA', { year: 2026, filingStatus: 'single', wages: 150_000 })).toEqual({
      incomeTax: 0,
      payroll: lines(870, 1_211),
    });
  });

  it('married filing jointly, $300,000', () => {
    // WA Cares 0.58% × 300,000 = 1,740. PFML 0.807159% × 184,500 = 1,489.21 → 1,489.
    expect(stateTaxFor('WA', { year: 2026, filingStatus: 'married-joint', wages: 300_000 })).toEqual({
      incomeTax: 0,
      payroll: lines(1_740, 1_489),
    });
  });
});
