// A state's income tax and payroll contributions on wages: data (data/states/*.json) read by one
// generic computation, with a small named function where a state's rules need more.
import { bracketTax } from '../brackets';
import { stateRules } from './rules';
import type { Generic, StateContext, StateIncomeTax, StatePayroll, StateYear } from './types';

/** Income tax by the generic steps: start, less deduction and exemptions, brackets, less the credit. */
export function genericIncomeTax(ctx: StateContext, r: StateIncomeTax): Generic {
  const start =
    r.start === 'wages' ? ctx.wages : r.start === 'federal-agi' ? ctx.agi : ctx.federalTaxableIncome;
  const taxable = Math.max(
    0,
    start - (r.standardDeduction?.[ctx.status] ?? 0) - (r.exemption?.[ctx.status] ?? 0),
  );
  const tax = Math.max(0, bracketTax(taxable, r.brackets[ctx.status]) - (r.credit?.[ctx.status] ?? 0));
  return { start, taxable, tax };
}

/** The state income tax for the year (before rounding). */
export function stateIncomeTax(ctx: StateContext, y: StateYear): number {
  const r = y.incomeTax;
  if (!r) return 0;
  const g = genericIncomeTax(ctx, r);
  if (!r.rule) return g.tax;
  const rule = stateRules[r.rule];
  if (!rule) throw new Error(`No state rule named ${r.rule}`);
  return Math.max(0, rule(ctx, r, g));
}

/** Each payroll contribution for the year (before rounding). */
export function statePayroll(
  ctx: StateContext,
  y: StateYear,
): { id: string; label: string; amount: number }[] {
  return y.payroll.map((p: StatePayroll) => ({ id: p.id, label: p.label, amount: payrollAmount(ctx, p) }));
}

/**
 * The payroll contributions federal itemizing counts as state income tax (before rounding): mandatory
 * contributions to state disability, unemployment and family-leave funds (Schedule A line 5a;
 * Rev. Rul. 2025-4), as each program's `federalSalt` in data/states says.
 */
export function payrollAsIncomeTax(ctx: StateContext, y: StateYear): number {
  return y.payroll.reduce((s, p) => s + (p.federalSalt.counts ? payrollAmount(ctx, p) : 0), 0);
}

function payrollAmount(ctx: StateContext, p: StatePayroll): number {
  const cap = p.wageBase === 'social-security' ? ctx.socialSecurityWageBase : p.wageBase;
  const base = cap === undefined ? ctx.payrollWages : Math.min(ctx.payrollWages, cap);
  const amount = (base * p.ratePct) / 100;
  return p.maxPerYear === undefined ? amount : Math.min(amount, p.maxPerYear);
}
