// Small functions for states AK, AL, AR, AZ, CA, CO, CT, DC, DE, FL, GA, HI, IA: named in each state's data as `incomeTax.rule`.
// Each reads its parameters from the state's data (`incomeTax.params`), where their sources are named.
import { bracketTax } from '../../brackets';
import type { ByStatus, StateRule } from '../types';

/** A step reduction: `per` for each `step` (or part of one) of income over `over`, at most `max`. */
interface Steps {
  over: number;
  step: number;
  per: number;
  max?: number;
}

/** How many whole or part steps `income` is over the threshold. */
function stepsOver(income: number, over: number, step: number): number {
  return income > over ? Math.ceil((income - over) / step) : 0;
}

function stepAmount(income: number, s: Steps): number {
  const amount = stepsOver(income, s.over, s.step) * s.per;
  return s.max === undefined ? amount : Math.min(amount, s.max);
}

function p<T>(params: Record<string, unknown> | undefined, key: string): T {
  const v = params?.[key];
  if (v === undefined) throw new Error(`Missing state rule parameter ${key}`);
  return v as T;
}

/**
 * Alabama: the standard deduction shrinks by a step for each $500 (or part) of AGI over a threshold, to a
 * floor; federal income tax is deductible; then the personal exemption (Ala. Code §§ 40-18-15, 40-18-19).
 */
const alabama: StateRule = (ctx, r, g) => {
  const sd = p<ByStatus<{ max: number; min: number; over: number; step: number; per: number }>>(
    r.params,
    'standardDeduction',
  )[ctx.status];
  const deduction = Math.max(sd.min, sd.max - stepsOver(ctx.agi, sd.over, sd.step) * sd.per);
  const exemption = r.exemption?.[ctx.status] ?? 0;
  const taxable = Math.max(0, g.start - deduction - ctx.federalIncomeTax - exemption);
  return bracketTax(taxable, r.brackets[ctx.status]);
};

/**
 * Arkansas: above a taxable-income threshold the low-bracket benefit is recaptured — the amount the tax
 * table subtracts falls from `first` by `decrement` per `step` of income to `floor` (A.C.A. § 26-51-201).
 * The brackets give the tax below the threshold (tax = income × top rate − `base`).
 */
const arkansas: StateRule = (_ctx, r, g) => {
  const a = p<{ from: number; base: number; first: number; decrement: number; step: number; floor: number }>(
    r.params,
    'highIncome',
  );
  if (g.taxable < a.from) return g.tax;
  const subtract = Math.max(a.floor, a.first - a.decrement * Math.floor((g.taxable - a.from) / a.step));
  return g.tax + (a.base - subtract);
};

/**
 * California: the personal exemption credit (per filer), reduced for each $2,500 (or part) of federal AGI
 * over a threshold; plus the 1% Behavioral (Mental) Health Services Tax on taxable income over $1,000,000.
 */
const california: StateRule = (ctx, r, g) => {
  const c = p<{ perFiler: number; reducePerFiler: number; step: number; phaseOutOver: ByStatus<number> }>(
    r.params,
    'exemptionCredit',
  );
  const mh = p<{ over: number; ratePct: number }>(r.params, 'mentalHealthTax');
  const steps = stepsOver(ctx.agi, c.phaseOutOver[ctx.status], c.step);
  const credit = ctx.filers * Math.max(0, c.perFiler - c.reducePerFiler * steps);
  const surtax = (Math.max(0, g.taxable - mh.over) * mh.ratePct) / 100;
  return Math.max(0, g.tax - credit) + surtax;
};

/**
 * Colorado: federal taxable income, plus (when AGI is over a threshold) the federal standard deduction in
 * excess of an allowance (C.R.S. 39-22-104(3)(p.7)).
 */
const colorado: StateRule = (ctx, r, g) => {
  const a = p<{ agiOver: number; allowance: ByStatus<number> }>(r.params, 'deductionAddback');
  const federalDeduction = ctx.agi - ctx.federalTaxableIncome;
  const addback = ctx.agi > a.agiOver ? Math.max(0, federalDeduction - a.allowance[ctx.status]) : 0;
  return bracketTax(g.taxable + addback, r.brackets[ctx.status]);
};

/**
 * Connecticut (CT-1040 Tables A–E; CGS § 12-700): the personal exemption falls $1,000 per $1,000 of AGI over
 * a threshold; to the tax by the brackets are added the phase-out of the lowest rate and the benefit
 * recaptures (each a step amount of AGI, capped); the personal tax credit is a share of that total.
 */
const connecticut: StateRule = (ctx, r) => {
  const ex = p<ByStatus<Steps & { amount: number }>>(r.params, 'exemption')[ctx.status];
  const addBacks = p<ByStatus<Steps[]>>(r.params, 'addBacks')[ctx.status];
  const credit = p<ByStatus<[number, number][]>>(r.params, 'personalCreditShare')[ctx.status];
  const exemption = Math.max(0, ex.amount - stepAmount(ctx.agi, ex));
  const taxable = Math.max(0, ctx.agi - exemption);
  const total =
    bracketTax(taxable, r.brackets[ctx.status]) + addBacks.reduce((s, a) => s + stepAmount(ctx.agi, a), 0);
  let share = 0;
  for (const [over, fraction] of credit) if (ctx.agi > over) share = fraction;
  return total * (1 - share);
};

export const rules: Record<string, StateRule> = { alabama, arkansas, california, colorado, connecticut };
