import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('NJ', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('NJ', { year, filingStatus: 'married-joint', wages });
const lines = (r: { payroll: { id: string; amount: number }[] }) =>
  Object.fromEntries(r.payroll.map((p) => [p.id, p.amount]));

// New Jersey NJ-1040: gross income (wages less 401(k) deferrals) − $1,000 exemption per filer, Tax Rate
// Schedules A (single) and B (joint) (N.J.S.A. 54A:2-1); no tax at $10,000 / $20,000 or less (54A:2-4).
// Worker contributions (N.J.S.A. 43:21-7(d), NJ Dept. of Labor): UI 0.3825% + WF/SWF 0.0425% on the first
// $43,300 (2025) / $44,800 (2026); TDI 0.23% / 0.19% and FLI 0.33% / 0.23% on the first $165,400 / $171,100.
describe('New Jersey', () => {
  it('2025 single $150,000', () => {
    // TI 149,000: 20,000 × 1.4% = 280; 15,000 × 1.75% = 262.5; 5,000 × 3.5% = 175; 35,000 × 5.525% = 1,933.75;
    // 74,000 × 6.37% = 4,713.8 → 7,365.05. UI 43,300 × 0.425% = 184.025; TDI 150,000 × 0.23% = 345;
    // FLI 150,000 × 0.33% = 495
    const r = single(2025, 150000);
    expect(r.incomeTax).toBe(7365);
    expect(lines(r)).toEqual({ 'nj-ui': 184, 'nj-tdi': 345, 'nj-fli': 495 });
  });
  it('2025 joint $300,000', () => {
    // TI 298,000: 280 + 30,000 × 1.75% (525) + 20,000 × 2.45% (490) + 10,000 × 3.5% (350) + 70,000 × 5.525%
    // (3,867.5) + 148,000 × 6.37% (9,427.6) = 14,940.1. TDI 165,400 × 0.23% = 380.42; FLI × 0.33% = 545.82
    const r = joint(2025, 300000);
    expect(r.incomeTax).toBe(14940);
    expect(lines(r)).toEqual({ 'nj-ui': 184, 'nj-tdi': 380, 'nj-fli': 546 });
  });
  it('2026 single $150,000 (same schedules; new payroll rates and bases)', () => {
    // tax as 2025: 7,365.05. UI 44,800 × 0.425% = 190.40; TDI 150,000 × 0.19% = 285; FLI × 0.23% = 345
    const r = single(2026, 150000);
    expect(r.incomeTax).toBe(7365);
    expect(lines(r)).toEqual({ 'nj-ui': 190, 'nj-tdi': 285, 'nj-fli': 345 });
  });
  it('2026 joint $300,000', () => {
    // tax 14,940.1; TDI 171,100 × 0.19% = 325.09; FLI 171,100 × 0.23% = 393.53
    const r = joint(2026, 300000);
    expect(r.incomeTax).toBe(14940);
    expect(lines(r)).toEqual({ 'nj-ui': 190, 'nj-tdi': 325, 'nj-fli': 394 });
  });
  it('no tax at $10,000 single; the whole schedule applies above it (54A:2-4)', () => {
    // $10,001: (10,001 − 1,000) × 1.4% = 126.014
    expect(single(2025, 10000).incomeTax).toBe(0);
    expect(single(2025, 10001).incomeTax).toBe(126);
  });
});
