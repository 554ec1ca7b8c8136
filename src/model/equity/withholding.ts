// The April bill: a year's income tax on wages (federal, state and local) against what payroll withholds
// (regular wages by the W-4 tables, supplemental wages — bonus, sign-on, vested RSUs — at the flat
// rates), the balance due at filing, and the federal estimated payments that avoid the underpayment
// penalty (IRC 6654).
import supplementalJson from '../../../data/supplemental.json' with { type: 'json' };
import { type FilingStatus, supplementalWithholding, type TakeHome, type TaxYear, takeHome } from '../tax';

/** A flat supplemental withholding rate with its source. */
export interface SupplementalRate {
  year: number;
  ratePct: number;
  source: string;
  note?: string;
}

type ByYear = Partial<Record<string, SupplementalRate>>;
const states = supplementalJson.states as Record<string, ByYear>;
const locals = supplementalJson.locals as Record<string, ByYear>;
const noWageTax = new Set(supplementalJson.noWageIncomeTax.states);

/**
 * How a state withholds on supplemental wages in a tax year: a flat rate (with its source), none (no
 * wage income tax), or no figure (aggregate method or unsourced: withholding is taken as the tax owed).
 */
export function stateSupplementalRate(
  state: string | null,
  year: TaxYear,
): { kind: 'flat'; rate: SupplementalRate } | { kind: 'none' } | { kind: 'no-figure' } {
  if (state === null || noWageTax.has(state)) return { kind: 'none' };
  const rate = states[state]?.[String(year)];
  return rate ? { kind: 'flat', rate } : { kind: 'no-figure' };
}

/** The notes every April bill carries: each assumption, labelled. */
export const aprilBillNotes = {
  regular:
    'Assumption: regular wages (base) are withheld by the W-4 tables (federal) and the state tables; this model takes that withholding as exactly the tax the base alone would owe. A real W-4 may withhold more or less.',
  stateNoFigure:
    'Assumption: this state publishes no flat supplemental rate (it withholds by the aggregate method), or none was found in a primary source, so its withholding on supplemental wages is taken as equal to the tax those wages add.',
  localNoFigure:
    'Assumption: a local income tax without a published supplemental rate is taken as withheld exactly as owed.',
  flatRate:
    'Assumption: where a flat supplemental rate exists, the employer uses it (it may instead aggregate the payment with regular wages).',
  payroll:
    'Social Security, Medicare (with the Additional Medicare Tax) and state payroll programs are taken as withheld as owed and are not in the bill; for a married couple filing jointly, payroll withholds the 0.9% Additional Medicare Tax above $200,000 of one job’s wages although it is owed above $250,000 of the couple’s, so the return may refund some.',
  safeHarbor:
    'Federal only: the safe harbor of IRC 6654(d). States have their own estimated-tax rules (California, for one, asks for 30%, 40%, 0% and 30% of the year’s payments), left out here.',
  dueDates:
    'Due dates as in IRC 6654(c)(2); one falling on a weekend or holiday moves to the next business day (IRC 7503), not shown.',
  priorYearAssumed:
    'Last year’s tax was not given: this year’s stands in for it (and this year’s AGI for last year’s), so the safe harbor is 90% of this year’s tax.',
} as const;

export interface AprilBillInput {
  year: TaxYear;
  /** Any place id ('state-ca', a metro, …), as for takeHome. */
  location: string;
  filingStatus: FilingStatus;
  /** For a metro spanning states, the state lived in (USPS code). */
  state?: string;
  cityTaxes?: readonly string[];
  pretax401k?: number;
  /** Regular wages: the base salary. */
  base: number;
  /** Supplemental wages: bonus, sign-on and vested RSUs together. */
  supplemental: number;
  /**
   * Income on which nothing is withheld and no payroll tax is due: an ESPP's gain sold at purchase
   * (IRC §§421(b), 423(c) and 3121(a)(22)). Owed at filing.
   */
  notWithheld?: number;
  /** Last year's federal income tax (on its return) and its AGI; without them this year's stand in. */
  priorYear?: { tax: number; agi: number };
}

export interface Withheld {
  regular: number;
  supplemental: number;
  total: number;
}

export interface Jurisdiction {
  owed: number;
  withheld: Withheld;
  /** Owed − withheld: positive is paid at filing, negative refunded. */
  due: number;
}

export interface QuarterlyPayment {
  /** ISO date: Apr 15, Jun 15, Sep 15 of the year, Jan 15 of the next. */
  due: string;
  amount: number;
}

export interface SafeHarbor {
  currentYearTax: number;
  priorYearTax: number;
  /** 100, or 110 when last year's AGI exceeded $150,000. */
  priorYearPct: 100 | 110;
  /** True when last year's tax was not given and this year's stood in. */
  priorYearAssumed: boolean;
  /** The required annual payment: the smaller of 90% of this year's tax and 100%/110% of last year's. */
  required: number;
  withheld: number;
  /** Withholding alone reaches the required annual payment. */
  withholdingMeets: boolean;
  /** The tax left after withholding is under $1,000: no penalty whatever was paid (IRC 6654(e)(1)). */
  underThreshold: boolean;
  /** What estimated payments must add: required − withheld, not below 0. */
  shortfall: number;
  /** A quarter of the shortfall each (rounded up to the dollar); none when withholding meets it. */
  quarterly: QuarterlyPayment[];
}

export interface AprilBill {
  year: TaxYear;
  wages: number;
  federal: Jurisdiction;
  /** The state taxed, how it withholds on supplemental wages, and the rate's source. */
  state: Jurisdiction & {
    code: string | null;
    supplementalRate: SupplementalRate | null;
    method: 'flat' | 'none' | 'no-figure';
  };
  local: Jurisdiction;
  /** Federal + state + local. */
  owed: number;
  withheld: number;
  due: number;
  safeHarbor: SafeHarbor;
  /** The assumptions this bill rests on (from aprilBillNotes). */
  notes: string[];
}

/** Last year's AGI above which 110% of last year's tax is required (IRC 6654(d)(1)(C)). */
const PRIOR_PCT_HIGH_AGI = 150000;
/** Below this, no addition to tax (IRC 6654(e)(1)). */
const DE_MINIMIS = 1000;

/**
 * The federal safe harbor (IRC 6654(d)): the required annual payment is the smaller of 90% of this year's
 * tax and 100% of last year's (110% when last year's AGI exceeded $150,000; married filing separately's
 * $75,000 is not modelled). Withholding counts as paid evenly through the year (IRC 6654(g)(1)), so the
 * shortfall is paid in four equal installments.
 */
export function federalSafeHarbor(input: {
  year: number;
  currentYearTax: number;
  currentYearAgi: number;
  withheld: number;
  priorYear?: { tax: number; agi: number };
}): SafeHarbor {
  const { year, currentYearTax, withheld } = input;
  for (const n of [
    currentYearTax,
    input.currentYearAgi,
    withheld,
    input.priorYear?.tax,
    input.priorYear?.agi,
  ])
    if (n !== undefined && !(Number.isFinite(n) && n >= 0)) throw new RangeError('amounts must be 0 or more');
  const prior = input.priorYear ?? { tax: currentYearTax, agi: input.currentYearAgi };
  const priorYearPct = prior.agi > PRIOR_PCT_HIGH_AGI ? 110 : 100;
  const required = Math.round(Math.min(0.9 * currentYearTax, (prior.tax * priorYearPct) / 100));
  const shortfall = Math.max(0, required - withheld);
  const each = Math.ceil(shortfall / 4);
  const dates = [`${year}-04-15`, `${year}-06-15`, `${year}-09-15`, `${year + 1}-01-15`];
  return {
    currentYearTax,
    priorYearTax: prior.tax,
    priorYearPct,
    priorYearAssumed: input.priorYear === undefined,
    required,
    withheld,
    withholdingMeets: shortfall === 0,
    underThreshold: currentYearTax - withheld < DE_MINIMIS,
    shortfall,
    quarterly: shortfall === 0 ? [] : dates.map((due) => ({ due, amount: each })),
  };
}

const jurisdiction = (owed: number, regular: number, supplemental: number): Jurisdiction => ({
  owed,
  withheld: { regular, supplemental, total: regular + supplemental },
  due: owed - regular - supplemental,
});

/** Local taxes: a published supplemental rate where one is recorded, else withheld as owed. */
function localBill(owed: number, all: TakeHome, baseOnly: TakeHome, supplemental: number, year: TaxYear) {
  let withheldOnSupplemental = 0;
  let assumed = false;
  for (const line of all.localTaxes) {
    const rate = locals[line.id]?.[String(year)];
    // The same local taxes apply to both (they depend on the place, not the wages).
    const onBase = baseOnly.localTaxes.filter((l) => l.id === line.id).reduce((a, l) => a + l.amount, 0);
    if (rate) withheldOnSupplemental += Math.round((supplemental * rate.ratePct) / 100);
    else {
      withheldOnSupplemental += line.amount - onBase;
      assumed = true;
    }
  }
  return { bill: jurisdiction(owed, baseOnly.localIncomeTax, withheldOnSupplemental), assumed };
}

/**
 * The April bill for one year of W-2 wages: the income tax owed (federal, state, local; takeHome on base +
 * supplemental), what was withheld (regular wages: the tax on the base alone — an assumption, see
 * aprilBillNotes.regular; supplemental wages: the federal 22%/37% and the state's flat rate, or the tax
 * they add where the state has no figure), the balance due at filing, and the federal safe harbor.
 */
export function aprilBill(input: AprilBillInput): AprilBill {
  const { year, base, supplemental } = input;
  const notWithheld = input.notWithheld ?? 0;
  if (
    !(Number.isFinite(base) && base >= 0 && Number.isFinite(supplemental) && supplemental >= 0) ||
    !(Number.isFinite(notWithheld) && notWithheld >= 0)
  )
    throw new RangeError('base, supplemental wages and income not withheld on must be 0 or more');
  const args = {
    location: input.location,
    filingStatus: input.filingStatus,
    year,
    pretax401k: input.pretax401k ?? 0,
    ...(input.state === undefined ? {} : { state: input.state }),
    ...(input.cityTaxes === undefined ? {} : { cityTaxes: input.cityTaxes }),
  };
  // What payroll sees (base + supplemental), and the year's whole tax with the income it never sees.
  const paid = takeHome({ ...args, wages: base + supplemental });
  const all =
    notWithheld > 0
      ? takeHome({ ...args, wages: base + supplemental + notWithheld, payrollExempt: notWithheld })
      : paid;
  const baseOnly = takeHome({ ...args, wages: base });

  const federal = jurisdiction(
    all.federalIncomeTax,
    baseOnly.federalIncomeTax,
    supplementalWithholding(supplemental, year),
  );

  const how = stateSupplementalRate(all.state, year);
  const stateOnSupplemental =
    how.kind === 'flat'
      ? Math.round((supplemental * how.rate.ratePct) / 100)
      : paid.stateIncomeTax - baseOnly.stateIncomeTax;
  const state = {
    ...jurisdiction(all.stateIncomeTax, baseOnly.stateIncomeTax, stateOnSupplemental),
    code: all.state,
    supplementalRate: how.kind === 'flat' ? how.rate : null,
    method: how.kind,
  };
  const local = localBill(all.localIncomeTax, paid, baseOnly, supplemental, year);

  const safeHarbor = federalSafeHarbor({
    year,
    currentYearTax: federal.owed,
    currentYearAgi: base + supplemental + notWithheld - all.pretax401k,
    withheld: federal.withheld.total,
    ...(input.priorYear ? { priorYear: input.priorYear } : {}),
  });

  const n = aprilBillNotes;
  const notes: string[] = [n.regular, n.payroll, n.safeHarbor, n.dueDates];
  if (how.kind === 'flat') notes.push(n.flatRate);
  if (how.kind === 'no-figure') notes.push(n.stateNoFigure);
  if (local.assumed) notes.push(n.localNoFigure);
  if (safeHarbor.priorYearAssumed) notes.push(n.priorYearAssumed);

  const owed = federal.owed + state.owed + local.bill.owed;
  const withheld = federal.withheld.total + state.withheld.total + local.bill.withheld.total;
  return {
    year,
    wages: base + supplemental + notWithheld,
    federal,
    state,
    local: local.bill,
    owed,
    withheld,
    due: owed - withheld,
    safeHarbor,
    notes,
  };
}
