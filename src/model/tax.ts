// Take-home pay on W-2 wages in any place, tax years 2025 and 2026: federal income tax (standard
// deduction, or state and local income taxes itemized under the SALT cap, with the state payroll
// contributions that count as such: `federalSalt` in data/states), Social Security, Medicare,
// the state's income tax and payroll programs (data/states), and local income taxes (data/locals.json).
import { bracketTax } from './brackets';
import { place } from './places';
import { federalYear, stateContext } from './states/context';
import { stateFiles } from './states/data';
import { payrollAsIncomeTax, stateIncomeTax, statePayroll } from './states/engine';
import { type CityTie, cityTies, localTaxExact, localTaxesFor } from './states/locals';

export { bracketTax } from './brackets';

export type FilingStatus = 'single' | 'married-joint';
export type TaxYear = 2025 | 2026;
export const taxYears: readonly TaxYear[] = [2025, 2026];

/** The tax year whose rules apply to a calendar year: its own, or 2026's for later years (the latest known). */
export const taxYearFor = (calendarYear: number): TaxYear => (calendarYear <= 2025 ? 2025 : 2026);

export interface TakeHomeInput {
  wages: number;
  /** Any place id ('state-co', 'metro-raleigh-cary-nc', 'us') or one of the seed's ten location ids. */
  location: string;
  filingStatus: FilingStatus;
  year: TaxYear;
  pretax401k?: number;
  /** For a metro spanning states, the state lived in (USPS code); by default its first-named state. */
  state?: string;
  /**
   * The city taxes that apply, by the user's tie to each city: an id of the place's city taxes (lives
   * there, and works there where the tax asks), or `id + ':work'` (works there, lives elsewhere: the
   * non-resident terms). By default those on by default, as 'live-work'.
   */
  cityTaxes?: readonly string[];
  /**
   * Part of `wages` that no payroll tax reaches (Social Security, Medicare, state programs): an ESPP's
   * disqualifying-disposition income (IRC §3121(a)(22)). Income taxes still count it.
   */
  payrollExempt?: number;
}

export interface PayrollLine {
  id: string;
  label: string;
  amount: number;
}

export interface TakeHome {
  /** The state taxed (USPS code), or null for the national average. */
  state: string | null;
  /**
   * The federal deduction taken: the standard one, or state and local income taxes (with the state payroll
   * contributions that count as such) under the SALT cap.
   */
  federalDeduction: {
    kind: 'standard' | 'salt';
    amount: number;
    /** exact() only, when itemized: the SALT cap. */
    cap?: number;
  };
  federalIncomeTax: number;
  socialSecurity: number;
  medicare: number;
  stateIncomeTax: number;
  /** Every local income tax together (the lines are in `localTaxes`). */
  localIncomeTax: number;
  localTaxes: PayrollLine[];
  statePayroll: PayrollLine[];
  totalTax: number;
  /** The pre-tax 401(k) deferral taken from the paycheck (capped at what the paycheck has left). */
  pretax401k: number;
  /** What reaches the bank: wages − the 401(k) deferral − every tax line. */
  net: number;
}

const key = (s: FilingStatus): 'single' | 'mfj' => (s === 'single' ? 'single' : 'mfj');

/** The state a place is taxed in: the user's pick among a metro's states, else its first-named one. */
export function taxState(location: string, state?: string): string | null {
  const p = place(location);
  if (p.kind === 'nation') return null;
  const states = p.states ?? (p.state ? [p.state] : []);
  return state && states.includes(state) ? state : (states[0] ?? null);
}

/**
 * The local taxes that apply (id and label): every county tax residents pay, and the chosen city taxes
 * (or those on by default) among the place's own. They depend on the place, not the wages, so they are
 * found once per take-home, not once per step of a search.
 */
function localTaxesApplied(input: TakeHomeInput, state: string | null): AppliedLocal[] {
  if (!state) return [];
  const { always, city } = localTaxesFor(input.location, state);
  const ties = cityTies(city, input.cityTaxes);
  const chosen = city.flatMap((c) => {
    const tie = ties.get(c.id);
    if (!tie) return [];
    const nonresident = tie === 'work' && c.who === 'both';
    return [{ id: c.id, label: nonresident ? `${c.label} (non-resident)` : c.label, tie }];
  });
  return [...always.map(({ id, label }) => ({ id, label, tie: 'live-work' as const })), ...chosen];
}

interface AppliedLocal {
  id: string;
  label: string;
  tie: CityTie;
}

/** The SALT cap for a year at a modified AGI (phased down at high incomes, not below the floor). */
export function saltCap(year: TaxYear, agi: number): number {
  const s = federalYear(year).salt;
  return Math.max(s.floor, s.cap - (Math.max(0, agi - s.phaseDownOver) * s.phaseDownRatePct) / 100);
}

type TaxLines = Omit<TakeHome, 'totalTax' | 'net' | 'pretax401k'>;

/** The state payroll programs together (SDI, PFL, PFML, …). */
export const payrollTotal = (t: Pick<TakeHome, 'statePayroll'>): number =>
  t.statePayroll.reduce((a, p) => a + p.amount, 0);

function withTotals(l: TaxLines, wages: number, pretax401k: number): TakeHome {
  const totalTax =
    l.federalIncomeTax +
    l.socialSecurity +
    l.medicare +
    l.stateIncomeTax +
    l.localIncomeTax +
    payrollTotal(l);
  return { ...l, totalTax, pretax401k, net: wages - pretax401k - totalTax };
}

/** Every tax line before rounding for a given 401(k) deferral. */
function linesAt(
  input: TakeHomeInput,
  deferral: number,
  state: string | null,
  locals: readonly AppliedLocal[],
): TakeHome {
  const { wages, year } = input;
  const f = federalYear(year);
  const k = key(input.filingStatus);
  const ctxInput = {
    year,
    filingStatus: input.filingStatus,
    wages,
    pretax401k: deferral,
    payrollExempt: input.payrollExempt ?? 0,
  };
  const ctx = stateContext(ctxInput);
  const rules = state ? stateFiles[state]?.years[String(year)] : undefined;
  if (state && !rules) throw new RangeError(`No tax data for ${state} in ${year}`);
  const stateTax = rules ? stateIncomeTax(ctx, rules) : 0;
  const payroll = rules ? statePayroll(ctx, rules) : [];
  const localTaxes = locals.map(({ id, label, tie }) => ({
    id,
    label,
    amount: localTaxExact(id, ctxInput, tie),
  }));
  const localIncomeTax = localTaxes.reduce((s, l) => s + l.amount, 0);
  const cap = saltCap(year, ctx.agi);
  const salt = Math.min(cap, stateTax + localIncomeTax + (rules ? payrollAsIncomeTax(ctx, rules) : 0));
  const standard = f.standardDeduction[k];
  const federalDeduction =
    salt > standard
      ? { kind: 'salt' as const, amount: salt, cap }
      : { kind: 'standard' as const, amount: standard };
  return withTotals(
    {
      state,
      federalDeduction,
      federalIncomeTax: bracketTax(Math.max(0, ctx.agi - federalDeduction.amount), f.brackets[k]),
      socialSecurity: ctx.socialSecurity,
      medicare: ctx.medicare,
      stateIncomeTax: stateTax,
      localIncomeTax,
      localTaxes,
      statePayroll: payroll,
    },
    wages,
    deferral,
  );
}

/**
 * Every tax line before rounding (used to solve equivalent wages smoothly). The 401(k) deferral is held
 * to what the paycheck has left after tax, so take-home is never negative: a smaller deferral raises
 * income tax by less than the dollar it frees (rates are below 100%), so stepping down converges.
 */
export function exact(input: TakeHomeInput): TakeHome {
  const { wages } = input;
  if (!(Number.isFinite(wages) && wages >= 0)) throw new RangeError('wages must be 0 or more');
  let deferral = Math.min(Math.max(0, input.pretax401k ?? 0), wages);
  const state = taxState(input.location, input.state);
  const locals = localTaxesApplied(input, state);
  let e = linesAt(input, deferral, state, locals);
  for (let i = 0; e.net < 0 && i < 100; i++) {
    deferral = Math.max(0, deferral + e.net - 0.005);
    e = linesAt(input, deferral, state, locals);
  }
  return e;
}

/**
 * Take-home pay on W-2 wages in a place: federal, Social Security, Medicare, state and local income tax
 * and state payroll programs; optional pre-tax 401(k) (it lowers income tax, not FICA, and leaves the
 * paycheck, so take-home excludes it). Each line is rounded to whole dollars; totals are the sums of the
 * rounded lines. For married-joint the wages are one earner's.
 */
export function takeHome(input: TakeHomeInput): TakeHome {
  const e = exact(input);
  const r = Math.round;
  const localTaxes = e.localTaxes.map((l) => ({ ...l, amount: r(l.amount) }));
  const statePayroll = e.statePayroll.map((p) => ({ ...p, amount: r(p.amount) }));
  const lines: TaxLines = {
    state: e.state,
    federalDeduction: roundedDeduction(e, input, localTaxes, statePayroll),
    federalIncomeTax: r(e.federalIncomeTax),
    socialSecurity: r(e.socialSecurity),
    medicare: r(e.medicare),
    stateIncomeTax: r(e.stateIncomeTax),
    localIncomeTax: localTaxes.reduce((s, l) => s + l.amount, 0),
    localTaxes,
    statePayroll,
  };
  const t = withTotals(lines, r(input.wages), r(e.pretax401k));
  // Rounding each line can leave a dollar or two below zero when the deferral takes all that is left.
  return t.net >= 0 ? t : withTotals(lines, r(input.wages), Math.max(0, t.pretax401k + t.net));
}

/**
 * The deduction in whole dollars. Itemized state and local taxes under the cap are the sum of the rounded
 * lines they are made of (as Schedule A line 5a adds the amounts written on it), so the deduction on
 * screen is the state, city and counted payroll lines beside it; rounding the exact sum could differ from
 * them by a dollar. Never over the cap, nor under the standard deduction it was chosen over. (Federal tax
 * is worked from the exact amount.)
 */
function roundedDeduction(
  e: TakeHome,
  input: TakeHomeInput,
  localTaxes: readonly PayrollLine[],
  statePayroll: readonly PayrollLine[],
): TakeHome['federalDeduction'] {
  const { kind, amount, cap = amount } = e.federalDeduction;
  if (kind === 'standard' || amount >= cap) return { kind, amount: Math.round(amount) };
  const rules = e.state ? stateFiles[e.state]?.years[String(input.year)] : undefined;
  const counts = new Set(rules?.payroll.filter((p) => p.federalSalt.counts).map((p) => p.id));
  const lines = [
    Math.round(e.stateIncomeTax),
    ...localTaxes.map((l) => l.amount),
    ...statePayroll.filter((p) => counts.has(p.id)).map((p) => p.amount),
  ].reduce((a, x) => a + x, 0);
  const standard = federalYear(input.year).standardDeduction[key(input.filingStatus)];
  return { kind, amount: Math.min(Math.round(cap), Math.max(Math.round(standard), lines)) };
}

/** What payroll withholds on supplemental wages (bonus, RSUs): a flat rate, higher above the threshold. */
export function supplementalWithholding(amount: number, year: TaxYear): number {
  const w = federalYear(year).supplementalWithholding;
  const high = Math.max(0, amount - w.highOver);
  return Math.round(((amount - high) * w.ratePct) / 100 + (high * w.highRatePct) / 100);
}
