// The federal figures a state's return reads (AGI, taxable income with the standard deduction, federal
// tax, Social Security and Medicare), for a year's W-2 wages.
import federal from '../../../data/federal.json' with { type: 'json' };
import { bracketTax } from '../brackets';
import type { Bracket, StateContext } from './types';

interface FederalYear {
  standardDeduction: { single: number; mfj: number };
  brackets: { single: Bracket[]; mfj: Bracket[] };
  salt: { cap: number; phaseDownOver: number; phaseDownRatePct: number; floor: number };
  socialSecurity: { ratePct: number; wageBase: number };
  medicare: { ratePct: number; additionalRatePct: number; additionalOver: { single: number; mfj: number } };
  supplementalWithholding: { ratePct: number; highRatePct: number; highOver: number };
}

/** The federal rules of a tax year (2025 or 2026). */
export function federalYear(year: number): FederalYear {
  const y = (federal.years as Record<string, unknown>)[String(year)];
  if (!y) throw new RangeError(`No federal tax data for ${year}`);
  return y as FederalYear;
}

/** The household's federal figures for a year, with the standard deduction. */
export function stateContext(input: {
  year: number;
  filingStatus: 'single' | 'married-joint';
  wages: number;
  pretax401k?: number;
  /** Part of the wages no payroll tax reaches (an ESPP's disqualifying-disposition income). */
  payrollExempt?: number;
}): StateContext {
  const f = federalYear(input.year);
  const status = input.filingStatus === 'single' ? 'single' : 'mfj';
  const deferral = Math.min(Math.max(0, input.pretax401k ?? 0), input.wages);
  const agi = input.wages - deferral;
  const federalTaxableIncome = Math.max(0, agi - f.standardDeduction[status]);
  const ss = f.socialSecurity;
  const m = f.medicare;
  const payrollWages = input.wages - Math.min(input.wages, Math.max(0, input.payrollExempt ?? 0));
  return {
    status,
    filers: status === 'single' ? 1 : 2,
    year: input.year,
    wages: input.wages,
    deferral,
    agi,
    federalTaxableIncome,
    federalIncomeTax: bracketTax(federalTaxableIncome, f.brackets[status]),
    socialSecurity: (Math.min(payrollWages, ss.wageBase) * ss.ratePct) / 100,
    medicare:
      (payrollWages * m.ratePct) / 100 +
      (Math.max(0, payrollWages - m.additionalOver[status]) * m.additionalRatePct) / 100,
    socialSecurityWageBase: ss.wageBase,
    payrollWages,
  };
}
