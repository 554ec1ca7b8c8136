import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('ND', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('ND', { year, filingStatus: 'married-joint', wages });

// North Dakota Form ND-1: tax on federal taxable income (N.D.C.C. 57-38-30.3). 2025 schedules from the
// 2025 ND-1 instructions (0% to $48,475 / $80,975, 1.95% to $244,825 / $298,075, 2.5% above); 2026 from
// the 2026 Form ND-1ES schedules ($49,575 / $250,400 single, $82,800 / $304,850 joint). The marriage
// penalty credit needs two earners, so a one-earner couple gets none. Rounded half-up after exact math.
describe('North Dakota', () => {
  it('2025 single $150,000', () => {
    // FTI 134,250; (134,250 − 48,475) × 1.95% = 85,775 × 1.95% = 1,672.6125
    expect(single(2025, 150000)).toEqual({ incomeTax: 1673, payroll: [] });
  });
  it('2025 joint $300,000', () => {
    // FTI 268,500; (268,500 − 80,975) × 1.95% = 187,525 × 1.95% = 3,656.7375
    expect(joint(2025, 300000)).toEqual({ incomeTax: 3657, payroll: [] });
  });
  it('2026 single $150,000', () => {
    // FTI 150,000 − 16,100 = 133,900; (133,900 − 49,575) × 1.95% = 84,325 × 1.95% = 1,644.3375
    expect(single(2026, 150000)).toEqual({ incomeTax: 1644, payroll: [] });
  });
  it('2026 joint $300,000', () => {
    // FTI 300,000 − 32,200 = 267,800; (267,800 − 82,800) × 1.95% = 185,000 × 1.95% = 3,607.50 → 3,608
    expect(joint(2026, 300000)).toEqual({ incomeTax: 3608, payroll: [] });
  });
  it('2025 single $400,000 reaches 2.5%', () => {
    // FTI 384,250; 196,350 × 1.95% = 3,828.825; (384,250 − 244,825) = 139,425 × 2.5% = 3,485.625 → 7,314.45
    expect(single(2025, 400000).incomeTax).toBe(7314);
  });
});
