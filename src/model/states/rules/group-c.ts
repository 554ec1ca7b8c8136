// Small functions for states MT, NC, ND, NE, NH, NJ, NM, NV, NY, OH, OK, OR, PA: named in each state's data as `incomeTax.rule`.
// MT, NC, ND, NE and OK need none (the generic fields say it all); NH and NV tax no wages.
import { type Bracket, bracketTax } from '../../brackets';
import type { ByStatus, StateRule } from '../types';

/** Parameters as the data gives them (each block carries its own `source`). */
const p = <T>(params: Record<string, unknown> | undefined, key: string): T => {
  const v = params?.[key];
  if (v === undefined) throw new Error(`Missing state rule parameter ${key}`);
  return v as T;
};

/** The amount of the first row whose bound the income does not exceed ([not over, amount]); else 0. */
const notOver = (income: number, rows: readonly [number, number][]): number =>
  rows.find(([limit]) => income <= limit)?.[1] ?? 0;

/** The amount of the last row whose start the income reaches ([at least, amount]). */
const atLeast = (income: number, rows: readonly [number, number][]): number =>
  [...rows].reverse().find(([from]) => income >= from)?.[1] ?? 0;

/** New Jersey (N.J.S.A. 54A:2-4): no tax at all where gross income is at or under the filing threshold. */
const newJersey: StateRule = (ctx, r, g) =>
  g.start <= p<ByStatus<number>>(r.params, 'filingThreshold')[ctx.status] ? 0 : g.tax;

/** New Mexico (NMSA §7-2-5.8): the low- and middle-income exemption, reduced with AGI, then the brackets. */
const newMexico: StateRule = (ctx, r, g) => {
  const per = p<number>(r.params, 'perExemption');
  const n = p<ByStatus<number>>(r.params, 'exemptions')[ctx.status];
  const limit = p<ByStatus<number>>(r.params, 'incomeLimit')[ctx.status];
  const over = p<ByStatus<number>>(r.params, 'reductionOver')[ctx.status];
  const ratePct = p<ByStatus<number>>(r.params, 'reductionRatePct')[ctx.status];
  const each = ctx.agi <= limit ? Math.max(0, per - (Math.max(0, ctx.agi - over) * ratePct) / 100) : 0;
  return bracketTax(Math.max(0, g.taxable - each * n), r.brackets[ctx.status]);
};

/**
 * The statute's rate schedule: each bracket's base tax is the previous base plus the previous bracket's
 * tax, rounded to whole dollars (e.g. 2025 single: $4,271 + 6% over $80,650), as Tax Law §601 prints it.
 */
function scheduleTax(ti: number, brackets: readonly Bracket[]): number {
  let base = 0;
  for (let i = 0; i < brackets.length; i++) {
    const [lo, rate] = brackets[i] as Bracket;
    const next = brackets[i + 1];
    if (!next || ti <= next[0]) return base + ((ti - lo) * rate) / 100;
    base = Math.round(base + ((next[0] - lo) * rate) / 100);
  }
  return 0;
}

interface NySupplemental {
  agiOver: number;
  phaseIn: number;
  flatOverAgi: number;
  flatRatePct: number;
  /** [taxable income from, the rate the row recaptures to (%), recapture base $]. */
  rows: ByStatus<[number, number, number][]>;
}

/**
 * New York State: the rate schedule; above $107,650 of AGI the supplemental tax of Tax Law §601(d-1) as
 * the IT-201-I worksheets compute it: the recapture base, plus the rest of the benefit of the lower rates
 * (taxable income × the row's rate − schedule tax − base) phased in over $50,000 of AGI from the row's
 * start; a flat rate on all taxable income over $25M of AGI. Then the household credit (§606(b)).
 */
const newYork: StateRule = (ctx, r, g) => {
  const s = p<NySupplemental>(r.params, 'supplemental');
  const ti = g.taxable;
  const sched = scheduleTax(ti, r.brackets[ctx.status]);
  let tax = sched;
  if (ctx.agi > s.flatOverAgi) tax = (ti * s.flatRatePct) / 100;
  else if (ctx.agi > s.agiOver) {
    const rows = s.rows[ctx.status];
    const [from, ratePct, base] =
      [...rows].reverse().find(([f]) => ti >= f) ?? (rows[0] as [number, number, number]);
    const full = (ti * ratePct) / 100;
    const fraction = Math.min(1, (ctx.agi - Math.max(from, s.agiOver)) / s.phaseIn);
    tax = fraction >= 1 ? full : sched + base + fraction * (full - sched - base);
  }
  const credit = notOver(ctx.agi, p<ByStatus<[number, number][]>>(r.params, 'householdCredit')[ctx.status]);
  return Math.max(0, tax - credit);
};

interface OhParams {
  zeroBracketTop: number;
  baseOverZeroBracket: number;
  exemptionByMagi: [number, number][];
  exemptionCredit: { perExemption: number; incomeBaseUnder: number };
}

/**
 * Ohio: exemptions by modified AGI (none above the cap), no tax on an income base up to $26,050 and the
 * schedule's fixed base above it, less the $20-per-exemption credit under a $30,000 base.
 */
const ohio: StateRule = (ctx, r, g) => {
  const o = r.params as unknown as OhParams;
  const base = Math.max(0, g.start - notOver(ctx.agi, o.exemptionByMagi) * ctx.filers);
  if (base <= o.zeroBracketTop) return 0;
  const tax = o.baseOverZeroBracket + bracketTax(base, r.brackets[ctx.status]);
  const credit = base < o.exemptionCredit.incomeBaseUnder ? o.exemptionCredit.perExemption * ctx.filers : 0;
  return Math.max(0, tax - credit);
};

interface OrParams {
  federalTaxCap: ByStatus<[number, number][]>;
  exemptionCredit: { perPerson: number; persons: ByStatus<number>; agiLimit: ByStatus<number> };
}

/**
 * Oregon: federal income tax is subtracted up to a cap that steps down with federal AGI; the standard
 * deduction; the brackets; the exemption credit per person unless AGI is over the limit.
 */
const oregon: StateRule = (ctx, r, g) => {
  const o = r.params as unknown as OrParams;
  const sub = Math.min(ctx.federalIncomeTax, atLeast(ctx.agi, o.federalTaxCap[ctx.status]));
  const taxable = Math.max(0, g.start - sub - (r.standardDeduction?.[ctx.status] ?? 0));
  const e = o.exemptionCredit;
  const credit = ctx.agi <= e.agiLimit[ctx.status] ? e.perPerson * e.persons[ctx.status] : 0;
  return Math.max(0, bracketTax(taxable, r.brackets[ctx.status]) - credit);
};

/** Pennsylvania: tax forgiveness (Schedule SP), 100% up to the base, 10 points less per $250 above. */
const pennsylvania: StateRule = (ctx, r, g) => {
  const base = p<ByStatus<number>>(r.params, 'eligibilityBase')[ctx.status];
  const step = p<number>(r.params, 'stepDollars');
  const stepPct = p<number>(r.params, 'stepPct');
  const forgivenPct = g.start <= base ? 100 : Math.max(0, 100 - stepPct * Math.ceil((g.start - base) / step));
  return (g.tax * (100 - forgivenPct)) / 100;
};

export const rules: Record<string, StateRule> = { newJersey, newMexico, newYork, ohio, oregon, pennsylvania };
