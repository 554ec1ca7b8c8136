// Small functions for states RI, SC, SD, TN, TX, UT, VA, VT, WA, WI, WV, WY: named in each state's data as `incomeTax.rule`.
// Each reads its parameters from the state's data (`incomeTax.params`), where their sources are named.
import { bracketTax } from '../../brackets';
import type { ByStatus, StateRule } from '../types';

function p<T>(params: Record<string, unknown> | undefined, key: string): T {
  const v = params?.[key];
  if (v === undefined) throw new Error(`Missing state rule parameter ${key}`);
  return v as T;
}

/**
 * Rhode Island: the standard deduction and the exemptions each lose `pctPerStep`% for each `step` (or part
 * of one) of modified federal AGI over `over`, down to nothing (R.I. Gen. Laws § 44-30-2.6(c)(3)(B)(III),
 * (c)(4); RI-1040 Standard Deduction and Exemption Worksheets).
 */
const rhodeIsland: StateRule = (ctx, r, g) => {
  const po = p<{ over: number; step: number; pctPerStep: number }>(r.params, 'phaseOut');
  const steps = ctx.agi > po.over ? Math.ceil((ctx.agi - po.over) / po.step) : 0;
  const kept = Math.max(0, 1 - (steps * po.pctPerStep) / 100);
  const allowances = ((r.standardDeduction?.[ctx.status] ?? 0) + (r.exemption?.[ctx.status] ?? 0)) * kept;
  return bracketTax(Math.max(0, g.start - allowances), r.brackets[ctx.status]);
};

/**
 * South Carolina from 2026 (Act No. 110 of 2026, H.4216): federal AGI less the SC Income Adjusted Deduction,
 * which shrinks by base × (AGI − start) / width, the reduction rounded down to a multiple of $10
 * (S.C. Code § 12-6-1140(15)).
 */
const southCarolina: StateRule = (ctx, r, g) => {
  const d = p<ByStatus<{ base: number; start: number; width: number }>>(r.params, 'sciad')[ctx.status];
  const roundTo = p<number>(r.params, 'reductionRoundedDownTo');
  const fraction = Math.min(1, Math.max(0, ctx.agi - d.start) / d.width);
  const reduction = Math.floor((d.base * fraction) / roundTo) * roundTo;
  const deduction = Math.max(0, d.base - reduction);
  return bracketTax(Math.max(0, g.start - deduction), r.brackets[ctx.status]);
};

/**
 * Utah: the flat tax less the taxpayer tax credit — `ratePct`% of the federal standard deduction (no
 * dependants, so no Utah personal exemption), reduced by `phaseOutRatePct`% of Utah taxable income over
 * the base phase-out amount (Utah Code § 59-10-1018; TC-40 lines 11–20).
 */
const utah: StateRule = (ctx, r, g) => {
  const c = p<{
    ratePct: number;
    federalStandardDeduction: ByStatus<number>;
    phaseOutOver: ByStatus<number>;
    phaseOutRatePct: number;
  }>(r.params, 'taxpayerCredit');
  const initial = (c.federalStandardDeduction[ctx.status] * c.ratePct) / 100;
  const reduction = (Math.max(0, g.taxable - c.phaseOutOver[ctx.status]) * c.phaseOutRatePct) / 100;
  return Math.max(0, g.tax - Math.max(0, initial - reduction));
};

/**
 * Vermont: above `over` of federal AGI, the tax is at least `ratePct`% of AGI (32 V.S.A. § 5822(a)(6)).
 * With wages and the standard deduction the scheduled tax is always higher, so this never binds here.
 */
const vermont: StateRule = (ctx, r, g) => {
  const m = p<{ over: number; ratePct: number }>(r.params, 'minimumTax');
  return ctx.agi > m.over ? Math.max(g.tax, (ctx.agi * m.ratePct) / 100) : g.tax;
};

/**
 * Wisconsin: the sliding-scale standard deduction — the maximum less `phaseOutRatePct`% of Wisconsin AGI
 * over a threshold, not below 0 (Wis. Stat. § 71.05(22)); then the personal exemptions (§ 71.05(23)).
 */
const wisconsin: StateRule = (ctx, r, g) => {
  const sd = p<ByStatus<{ max: number; phaseOutOver: number; phaseOutRatePct: number }>>(
    r.params,
    'standardDeduction',
  )[ctx.status];
  const deduction = Math.max(0, sd.max - (Math.max(0, ctx.agi - sd.phaseOutOver) * sd.phaseOutRatePct) / 100);
  const taxable = Math.max(0, g.start - deduction - (r.exemption?.[ctx.status] ?? 0));
  return bracketTax(taxable, r.brackets[ctx.status]);
};

export const rules: Record<string, StateRule> = { rhodeIsland, southCarolina, utah, vermont, wisconsin };
