// State taxes on wages for every state and DC, tax years 2025 and 2026.
import { stateContext } from './context';
import { stateFiles } from './data';
import { stateIncomeTax, statePayroll } from './engine';
import type { StateYear } from './types';

export { stateContext } from './context';
export type { StateContext, StateFile, StateYear } from './types';

/** A state's rules for a tax year; throws RangeError where there are none. */
export function stateYear(usps: string, year: number): StateYear {
  const f = stateFiles[usps];
  const y = f?.years[String(year)];
  if (!y) throw new RangeError(`No tax data for ${usps} in ${year}`);
  return y;
}

/**
 * A state's income tax and payroll contributions on a year's wages, each rounded to whole dollars
 * (single or married filing jointly with one earner; standard deduction; optional pre-tax 401(k)).
 */
export function stateTaxFor(
  usps: string,
  input: { year: number; filingStatus: 'single' | 'married-joint'; wages: number; pretax401k?: number },
): { incomeTax: number; payroll: { id: string; label: string; amount: number }[] } {
  const y = stateYear(usps, input.year);
  const ctx = stateContext(input);
  return {
    incomeTax: Math.round(stateIncomeTax(ctx, y)),
    payroll: statePayroll(ctx, y).map((p) => ({ ...p, amount: Math.round(p.amount) })),
  };
}
