import { describe, expect, it } from 'vitest';
import { stateTaxFor } from '../../../src/model/states';

const single = (year: number, wages: number, pretax401k = 0) =>
  stateTaxFor('NY', { year, filingStatus: 'single', wages, pretax401k });
const joint = (year: number, wages: number) =>
  stateTaxFor('NY', { year, filingStatus: 'married-joint', wages });
const lines = (r: { payroll: { id: string; amount: number }[] }) =>
  Object.fromEntries(r.payroll.map((p) => [p.id, p.amount]));

// New York State IT-201 (NYC and Yonkers are the locals' slice): federal AGI − standard deduction ($8,000 /
// $16,050); the rate schedule of Tax Law 601, whose bracket bases are whole dollars (2025 single: $4,271 +
// 6% over $80,650; 2026 single: $4,191 + 5.9% over $80,650); over $107,650 of AGI the supplemental tax by
// the IT-201-I tax computation worksheets; the household credit (606(b)) at low AGI. 2026 rates cut by 0.1
// point in the first five brackets (ch. 59 of 2025). PFL 0.388% up to $354.53 (2025), 0.432% up to $411.91
// (2026); DBL 0.5% up to $31.20. Lines exact, rounded half-up (IT-201 uses a table under $65,000 of TI).
describe('New York State', () => {
  it('2025 single $150,000: worksheet 1, the first band phases in', () => {
    // TI 142,000; schedule 4,271 + 61,350 × 6% = 7,952; TI × 6% = 8,520; difference 568;
    // (150,000 − 107,650) / 50,000 = 0.847; 7,952 + 0.847 × 568 (481.096) = 8,433.096
    const r = single(2025, 150000);
    expect(r.incomeTax).toBe(8433);
    expect(lines(r)).toEqual({ 'ny-pfl': 355, 'ny-dbl': 31 });
  });
  it('2025 joint $300,000: worksheet 2, AGI over $211,550 so TI × 6%', () => {
    // TI 283,950 × 6% = 17,037. PFL 300,000 × 0.388% = 1,164 → cap 354.53; DBL cap 31.20
    const r = joint(2025, 300000);
    expect(r.incomeTax).toBe(17037);
    expect(lines(r)).toEqual({ 'ny-pfl': 355, 'ny-dbl': 31 });
  });
  it('2026 single $150,000', () => {
    // bases: 8,500 × 3.9% = 331.5 → 332; + 3,200 × 4.4% → 472.8 → 473; + 2,200 × 5.15% → 586.3 → 586;
    // + 66,750 × 5.4% → 4,190.5 → 4,191. Schedule 4,191 + 61,350 × 5.9% = 7,810.65; TI × 5.9% = 8,378;
    // 7,810.65 + 0.847 × 567.35 (480.545) = 8,291.195. PFL 150,000 × 0.432% = 648 → cap 411.91
    const r = single(2026, 150000);
    expect(r.incomeTax).toBe(8291);
    expect(lines(r)).toEqual({ 'ny-pfl': 412, 'ny-dbl': 31 });
  });
  it('2026 joint $300,000: TI × 5.9%', () => {
    // 283,950 × 5.9% = 16,753.05
    const r = joint(2026, 300000);
    expect(r.incomeTax).toBe(16753);
    expect(lines(r)).toEqual({ 'ny-pfl': 412, 'ny-dbl': 31 });
  });
  it('2025 single $120,000: worksheet 1 partly phased in (as the app computed before)', () => {
    // TI 112,000; schedule 4,271 + 31,350 × 6% = 6,152; 0.247 × 568 = 140.296 → 6,292.296
    expect(single(2025, 120000).incomeTax).toBe(6292);
  });
  it('2025 single $250,000: worksheet 2, recapture base $568 plus part of the next band', () => {
    // TI 242,000; schedule 12,356 + 26,600 × 6.85% = 14,178.1; TI × 6.85% = 16,577;
    // incremental 16,577 − 14,178.1 − 568 = 1,830.9; (250,000 − 215,400) / 50,000 = 0.692;
    // 14,178.1 + 568 + 0.692 × 1,830.9 (1,266.983) = 16,013.083
    expect(single(2025, 250000).incomeTax).toBe(16013);
  });
  it('2025 single over $25M of AGI: 10.9% of all taxable income', () => {
    // (30,000,000 − 8,000) × 10.9% = 3,269,128
    expect(single(2025, 30_000_000).incomeTax).toBe(3269128);
  });
  it('2025 single $21,000: household credit $40', () => {
    // TI 13,000: 340 + 144 + 1,300 × 5.25% (68.25) = 552.25; credit at AGI over $20,000 to $25,000: 40
    expect(single(2025, 21000).incomeTax).toBe(512);
  });
});
