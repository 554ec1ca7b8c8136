// The shape of data/states/<usps>.json: one state's (or DC's) taxes on wages, per tax year. Every part
// names its source; a figure not yet published for a year is marked `projected` with how it was made.
import type { Bracket } from '../brackets';

export type ByStatus<T> = { single: T; mfj: T };

export type { Bracket };

/** Where a figure comes from (statute, form, publication), and whether it is a projection. */
export interface Sourced {
  source: string;
  /** Set when the figure is not yet published: how it was projected, e.g. "indexed by CPI-U, 2.7%". */
  projected?: string;
}

/** An employee payroll contribution (disability, family leave, long-term care, unemployment). */
export interface StatePayroll extends Sourced {
  id: string;
  label: string;
  ratePct: number;
  /** Wages above this are not charged ('social-security': the year's Social Security wage base). */
  wageBase?: number | 'social-security';
  /** A yearly maximum in dollars. */
  maxPerYear?: number;
  /** Whether federal itemizing counts it as state income tax (Schedule A line 5a), and why. */
  federalSalt: { counts: boolean; source: string };
}

export interface StateIncomeTax extends Sourced {
  /** What the state's return starts from: federal AGI (wages − 401(k)), federal taxable income, or gross wages. */
  start: 'federal-agi' | 'federal-taxable-income' | 'wages';
  /** Standard deduction for the household. */
  standardDeduction?: ByStatus<number>;
  /** Personal exemptions for the household (already × filers where the state gives one per filer). */
  exemption?: ByStatus<number>;
  /** Progressive brackets: [lower bound, rate %], ascending from 0. A flat tax is one bracket. */
  brackets: ByStatus<Bracket[]>;
  /** A nonrefundable credit for the household (e.g. a personal credit), before any phase-out. */
  credit?: ByStatus<number>;
  /**
   * The name of a small function in src/model/states/rules.ts for what these fields cannot say
   * (phase-outs, recaptures, surtaxes, subtractions), and the parameters it reads.
   */
  rule?: string;
  params?: Record<string, unknown>;
}

export interface StateYear {
  /** null where the state taxes no wages. */
  incomeTax: StateIncomeTax | null;
  payroll: StatePayroll[];
}

export interface StateFile {
  state: string;
  name: string;
  years: Record<string, StateYear>;
}

/** What a state's computation may read about the household's year. */
export interface StateContext {
  status: 'single' | 'mfj';
  filers: 1 | 2;
  year: number;
  wages: number;
  /** The pre-tax 401(k) deferral. */
  deferral: number;
  /** Federal AGI: wages − the deferral. */
  agi: number;
  /** Federal taxable income with the standard deduction (before any itemizing of state tax). */
  federalTaxableIncome: number;
  federalIncomeTax: number;
  socialSecurity: number;
  medicare: number;
  socialSecurityWageBase: number;
  /** Wages subject to Social Security, Medicare and state payroll programs (all but `payrollExempt`). */
  payrollWages: number;
}

/** The generic computation, for a rule to adjust. */
export interface Generic {
  /** The starting income (AGI, federal taxable income or wages). */
  start: number;
  /** Taxable income after the standard deduction and exemptions. */
  taxable: number;
  /** Tax on `taxable` by the brackets, less the credit, not below 0. */
  tax: number;
}

/** A state's small function: the income tax, given the generic computation. */
export type StateRule = (ctx: StateContext, r: StateIncomeTax, g: Generic) => number;
