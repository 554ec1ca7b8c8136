// Small functions for states ID, IL, IN, KS, KY, LA, MA, MD, ME, MI, MN, MO, MS: named in each state's data as `incomeTax.rule`.
// Each reads its parameters from the state's `params` (sourced there) and returns the income tax before rounding.
import { type Bracket, bracketTax } from '../../brackets';
import type { ByStatus, StateContext, StateIncomeTax, StateRule } from '../types';

/** A number from a state's params (by filing status where it is a `{ single, mfj }` pair). */
function num(r: StateIncomeTax, key: string, ctx?: StateContext): number {
  const v = r.params?.[key];
  if (typeof v === 'number') return v;
  if (ctx && v && typeof v === 'object' && ctx.status in v) return (v as ByStatus<number>)[ctx.status];
  throw new Error(`State rule parameter ${key} missing`);
}

/** The share (0 to 1) of an amount that a linear phase-out removes at `income`. */
function phasedOut(income: number, start: number, width: number): number {
  return Math.min(1, Math.max(0, (income - start) / width));
}

/** Taxable income less the standard deduction (federal AGI start) after deducting `extra`. */
function taxAfter(ctx: StateContext, r: StateIncomeTax, deductions: number): number {
  return bracketTax(Math.max(0, ctx.agi - deductions), r.brackets[ctx.status] as Bracket[]);
}

/**
 * Idaho (Form 40): tax by the schedule, plus the $10 permanent building fund tax when a return is
 * required, less the refundable grocery credit for each filer.
 */
const idahoGroceryAndBuildingFund: StateRule = (ctx, r, g) => {
  const fund = ctx.wages >= num(r, 'filingThreshold', ctx) ? num(r, 'buildingFundTax') : 0;
  return g.tax + fund - num(r, 'groceryCreditPerPerson') * ctx.filers;
};

/** Illinois (IL-1040 line 10): no exemption allowance when federal AGI is over the limit. */
const illinoisExemptionLimit: StateRule = (ctx, r, g) =>
  ctx.agi > num(r, 'exemptionAgiLimit', ctx) ? taxAfter(ctx, r, 0) : g.tax;

/**
 * Massachusetts (Form 1): the deduction for Social Security and Medicare paid (up to a cap per person;
 * one earner here); no tax at or below the no-tax-status limit, and the limited income credit above it
 * (tax at most 10% of AGI over the limit while AGI is within 1.75 × the limit).
 */
const massachusettsFicaAndNoTaxStatus: StateRule = (ctx, r) => {
  const fica = Math.min(num(r, 'ficaDeductionMaxPerPerson'), ctx.socialSecurity + ctx.medicare);
  const exemption = r.exemption?.[ctx.status] ?? 0;
  const tax = taxAfter(ctx, r, exemption + fica);
  const limit = num(r, 'noTaxStatusLimit', ctx);
  if (ctx.agi > limit * num(r, 'limitedIncomeCreditMultiple')) return tax;
  return Math.min(tax, Math.max(0, ctx.agi - limit) * (num(r, 'limitedIncomeCreditRatePct') / 100));
};

/** Maryland (Form 502): the personal exemption per filer steps down as federal AGI rises. */
const marylandExemptionSteps: StateRule = (ctx, r) => {
  const steps = (r.params?.exemptionSteps as ByStatus<[number, number][]> | undefined)?.[ctx.status];
  if (!steps) throw new Error('State rule parameter exemptionSteps missing');
  // [AGI up to and including, exemption per filer]; above the last step, none.
  const perFiler = steps.find(([upTo]) => ctx.agi <= upTo)?.[1] ?? 0;
  const sd = r.standardDeduction?.[ctx.status] ?? 0;
  return taxAfter(ctx, r, sd + perFiler * ctx.filers);
};

/**
 * Maine (Form 1040ME): the standard deduction and the personal exemptions each phase out linearly
 * over a band of Maine AGI above their thresholds.
 */
const maineDeductionPhaseOuts: StateRule = (ctx, r) => {
  const sd = r.standardDeduction?.[ctx.status] ?? 0;
  const ex = r.exemption?.[ctx.status] ?? 0;
  const sdLeft =
    sd *
    (1 - phasedOut(ctx.agi, num(r, 'deductionPhaseOutStart', ctx), num(r, 'deductionPhaseOutWidth', ctx)));
  const exLeft =
    ex * (1 - phasedOut(ctx.agi, num(r, 'exemptionPhaseOutStart', ctx), num(r, 'exemptionPhaseOutWidth')));
  return taxAfter(ctx, r, sdLeft + exLeft);
};

/**
 * Minnesota (Form M1, Worksheet for line 4): the standard deduction is reduced by the lesser of
 * 80% of it and 3% of AGI over the lower threshold (up to the upper one) plus 10% of AGI over the upper.
 */
const minnesotaDeductionReduction: StateRule = (ctx, r) => {
  const sd = r.standardDeduction?.[ctx.status] ?? 0;
  const low = num(r, 'reductionLowThreshold', ctx);
  const high = num(r, 'reductionHighThreshold', ctx);
  const byIncome =
    (Math.min(Math.max(0, ctx.agi - low), high - low) * num(r, 'reductionLowRatePct')) / 100 +
    (Math.max(0, ctx.agi - high) * num(r, 'reductionHighRatePct')) / 100;
  const reduction = Math.min((sd * num(r, 'reductionMaxPct')) / 100, byIncome);
  return taxAfter(ctx, r, sd - reduction);
};

/**
 * Missouri (Form MO-1040, line 13 and Section C): a share of federal income tax, by Missouri AGI
 * band, is deducted (capped) along with the standard deduction.
 */
const missouriFederalTaxDeduction: StateRule = (ctx, r) => {
  const bands = r.params?.federalTaxDeductionPct as [number, number][] | undefined;
  if (!bands) throw new Error('State rule parameter federalTaxDeductionPct missing');
  // [AGI up to and including, percent]; above the last band, none.
  const pct = bands.find(([upTo]) => ctx.agi <= upTo)?.[1] ?? 0;
  const federal = Math.min(num(r, 'federalTaxDeductionCap', ctx), (ctx.federalIncomeTax * pct) / 100);
  const sd = r.standardDeduction?.[ctx.status] ?? 0;
  return taxAfter(ctx, r, sd + federal);
};

export const rules: Record<string, StateRule> = {
  idahoGroceryAndBuildingFund,
  illinoisExemptionLimit,
  massachusettsFicaAndNoTaxStatus,
  marylandExemptionSteps,
  maineDeductionPhaseOuts,
  minnesotaDeductionReduction,
  missouriFederalTaxDeduction,
};
