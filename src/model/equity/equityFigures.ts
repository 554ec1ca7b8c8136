// The federal figures of equity taxes (data/equityTax.json) and the two computations built on them that
// do not depend on a place: the alternative minimum tax (Form 6251, Part II) and the regular tax with
// long-term capital gains stacked on top of ordinary income (Qualified Dividends and Capital Gain Tax
// Worksheet, Form 1040 instructions).
import equityJson from '../../../data/equityTax.json' with { type: 'json' };
import { type Bracket, bracketTax } from '../brackets';
import { federalYear } from '../states/context';
import type { FilingStatus, TaxYear } from '../tax';

type ByStatus<T> = { single: T; mfj: T };

/** One tax year's equity figures (each block in the data also names its source and year). */
export interface EquityYear {
  amtExemption: ByStatus<number>;
  amtPhaseOut: { over: ByStatus<number>; ratePct: number };
  amtRates: { lowPct: number; highPct: number; breakpoint: number };
  capitalGains: { brackets: ByStatus<Bracket[]> };
  netInvestmentIncomeTax: { ratePct: number; over: ByStatus<number> };
}

/** The equity figures of a tax year (2025 or 2026); throws on another year. */
export function equityYear(year: number): EquityYear {
  const y = (equityJson.years as Record<string, unknown>)[String(year)];
  if (!y) throw new RangeError(`No equity tax data for ${year}`);
  return y as EquityYear;
}

/** An amount that must be a finite number ≥ 0 (throws RangeError otherwise). */
export function nonNegative(value: number, name: string): number {
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${name} must be 0 or more`);
  return value;
}

export const statusKey = (s: FilingStatus): 'single' | 'mfj' => (s === 'single' ? 'single' : 'mfj');

/** The AMT of a year before rounding, from the alternative minimum taxable income (Form 6251 line 4). */
export interface AmtExact {
  /** Line 5: the exemption after its phase-out. */
  exemption: number;
  /** Line 7 (= line 9, no foreign tax credit): the tentative minimum tax. */
  tentativeMinimumTax: number;
}

/**
 * Form 6251, lines 5–9, without Part III (the capital gain rates inside the AMT: a wages-only household
 * has no such gain in the year it exercises). Line 5: the exemption less the phase-out rate (25%, 50%
 * from 2026) × AMTI over the threshold, not below 0. Line 6: AMTI − exemption. Line 7: 26% of line 6 up
 * to the breakpoint, 28% above (the form's "× 28% − 2% × breakpoint").
 */
export function amtExact(amti: number, status: FilingStatus, year: TaxYear): AmtExact {
  const e = equityYear(year);
  const k = statusKey(status);
  const phaseOut = (Math.max(0, amti - e.amtPhaseOut.over[k]) * e.amtPhaseOut.ratePct) / 100;
  const exemption = Math.max(0, e.amtExemption[k] - phaseOut);
  const base = Math.max(0, amti - exemption);
  const { lowPct, highPct, breakpoint } = e.amtRates;
  const tentativeMinimumTax = bracketTax(base, [
    [0, lowPct],
    [breakpoint, highPct],
  ]);
  return { exemption, tentativeMinimumTax };
}

/**
 * The regular federal income tax on `taxableIncome` of which `longTermGain` is net long-term capital gain
 * (before rounding). The worksheet: the ordinary part (line 5 = taxable income − the gain, not below 0)
 * by the tax brackets (line 22); the gain stacked on top of it, each slice at the rate of the
 * capital-gain band that slice of taxable income falls in: 0% up to the first threshold (lines 6–9),
 * 15% up to the second (lines 13–18), 20% above (lines 19–21); and at most the tax on all of it at
 * ordinary rates (lines 24–25).
 */
export function regularTaxWithGain(
  taxableIncome: number,
  longTermGain: number,
  status: FilingStatus,
  year: TaxYear,
): number {
  const k = statusKey(status);
  const ordinaryBrackets = federalYear(year).brackets[k];
  const cg = equityYear(year).capitalGains.brackets[k];
  const taxable = Math.max(0, taxableIncome);
  const gain = Math.min(Math.max(0, longTermGain), taxable);
  const ordinary = taxable - gain;
  const stacked = bracketTax(ordinary, ordinaryBrackets) + bracketTax(taxable, cg) - bracketTax(ordinary, cg);
  return Math.min(stacked, bracketTax(taxable, ordinaryBrackets));
}

/**
 * The net investment income tax (Form 8960): 3.8% of the lesser of the net investment income and the
 * modified AGI (here AGI: no foreign earned income is excluded) over the threshold. Before rounding.
 */
export function niitExact(
  netInvestmentIncome: number,
  modifiedAgi: number,
  status: FilingStatus,
  year: TaxYear,
): number {
  const n = equityYear(year).netInvestmentIncomeTax;
  const over = Math.max(0, modifiedAgi - n.over[statusKey(status)]);
  return (Math.min(Math.max(0, netInvestmentIncome), over) * n.ratePct) / 100;
}
