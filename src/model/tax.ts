import parities from '../../data/price-parities.json' with { type: 'json' };
import { type Bracket, locationTax, type PayrollRule, rulesFor, type YearRules } from './taxRules';

export type FilingStatus = 'single' | 'married-joint';
export type TaxYear = 2025;
export const taxYears: readonly TaxYear[] = [2025];

export interface TakeHomeInput {
  wages: number;
  location: string;
  filingStatus: FilingStatus;
  year: TaxYear;
  pretax401k?: number;
}

export interface PayrollLine {
  id: string;
  label: string;
  amount: number;
}

export interface TakeHome {
  federalIncomeTax: number;
  socialSecurity: number;
  medicare: number;
  stateIncomeTax: number;
  localIncomeTax: number;
  statePayroll: PayrollLine[];
  totalTax: number;
  /** The pre-tax 401(k) deferral taken from the paycheck (capped at the wages). */
  pretax401k: number;
  /** What reaches the bank: wages − the 401(k) deferral − every tax line. */
  net: number;
}

/** Tax on `income` by progressive brackets ([lower bound, rate %], ascending). */
export function bracketTax(income: number, brackets: readonly Bracket[]): number {
  let tax = 0;
  for (let i = 0; i < brackets.length; i++) {
    const [lo, rate] = brackets[i] as Bracket;
    const hi = i + 1 < brackets.length ? (brackets[i + 1] as Bracket)[0] : Number.POSITIVE_INFINITY;
    if (income > lo) tax += ((Math.min(income, hi) - lo) * rate) / 100;
  }
  return tax;
}

const key = (s: FilingStatus): 'single' | 'mfj' => (s === 'single' ? 'single' : 'mfj');
const filers = (s: FilingStatus) => (s === 'single' ? 1 : 2);

function payrollLines(rules: PayrollRule[], wages: number, wageBase: number): PayrollLine[] {
  return rules.map((p) => {
    const base = p.capAtWageBase ? Math.min(wages, wageBase) : wages;
    const amount = (base * p.ratePct) / 100;
    return {
      id: p.id,
      label: p.label,
      amount: p.maxPerYear === undefined ? amount : Math.min(amount, p.maxPerYear),
    };
  });
}

/** New York State income tax, with the supplemental tax (recapture) of the IT-201 worksheets. */
export function nyStateTax(ti: number, agi: number, s: FilingStatus, ny: YearRules['states']['NY']): number {
  const k = key(s);
  const r = ny.recapture;
  if (agi > r.flatOverAgi) return (ti * r.flatRatePct) / 100;
  const base = bracketTax(ti, ny.brackets[k]);
  if (agi <= r.agiOver) return base;
  const row = [...r.rows[k]].reverse().find(([from]) => ti >= from) as [number, number, number];
  const lower = [...ny.brackets[k]].reverse().find(([from]) => ti >= from)?.[0] ?? 0;
  const fraction = Math.min(1, (agi - Math.max(lower, r.agiOver)) / r.phaseIn);
  return base + row[1] + fraction * row[2];
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
  let e = linesAt(input, deferral);
  for (let i = 0; e.net < 0 && i < 100; i++) {
    deferral = Math.max(0, deferral + e.net - 0.005);
    e = linesAt(input, deferral);
  }
  return e;
}

/** Every tax line before rounding for a given 401(k) deferral. */
function linesAt(input: TakeHomeInput, deferral: number): TakeHome {
  const { wages, filingStatus: s, year } = input;
  const R = rulesFor(year);
  const k = key(s);
  const agi = wages - deferral;
  const federalIncomeTax = bracketTax(
    Math.max(0, agi - R.federal.standardDeduction[k]),
    R.federal.brackets[k],
  );
  const ss = R.payroll.socialSecurity;
  const socialSecurity = (Math.min(wages, ss.wageBase) * ss.ratePct) / 100;
  const m = R.payroll.medicare;
  const medicare =
    (wages * m.ratePct) / 100 + (Math.max(0, wages - m.additionalOver[k]) * m.additionalRatePct) / 100;

  const loc = locationTax(input.location);
  let stateIncomeTax = 0;
  let localIncomeTax = 0;
  let statePayroll: PayrollLine[] = [];
  switch (loc.state) {
    case 'CA': {
      const ca = R.states.CA;
      const ti = Math.max(0, agi - ca.standardDeduction[k]);
      const c = ca.exemptionCredit;
      const steps = Math.ceil(Math.max(0, agi - c.phaseOutOver[k]) / c.step);
      const credit = Math.max(0, filers(s) * (c.perFiler - c.reducePerFiler * steps));
      const mh = (Math.max(0, ti - ca.mentalHealthTax.over) * ca.mentalHealthTax.ratePct) / 100;
      stateIncomeTax = Math.max(0, bracketTax(ti, ca.brackets[k]) - credit) + mh;
      statePayroll = payrollLines(ca.payroll, wages, ss.wageBase);
      break;
    }
    case 'NY': {
      const ny = R.states.NY;
      const ti = Math.max(0, agi - ny.standardDeduction[k]);
      stateIncomeTax = nyStateTax(ti, agi, s, ny);
      statePayroll = payrollLines(ny.payroll, wages, ss.wageBase);
      if (loc.local === 'NYC') {
        const nyc = R.local.NYC;
        const school = agi <= nyc.schoolCredit.agiLimit ? nyc.schoolCredit[k] : 0;
        const rr = nyc.rateReductionCredit;
        // The reference gives the rate-reduction credit for single filers only; none is applied for joint filers.
        const reduction =
          s === 'single' && ti <= rr.incomeLimit
            ? (Math.min(ti, rr.single.first) * rr.single.firstRatePct) / 100 +
              (Math.max(0, ti - rr.single.first) * rr.single.restRatePct) / 100
            : 0;
        localIncomeTax = Math.max(0, bracketTax(ti, nyc.brackets[k]) - school - reduction);
      }
      break;
    }
    case 'MA': {
      const ma = R.states.MA;
      const fica = Math.min(ma.ficaDeductionMaxPerPerson, socialSecurity + medicare);
      const ti = Math.max(0, agi - ma.exemption[k] - fica);
      stateIncomeTax = (ti * ma.ratePct) / 100 + (Math.max(0, ti - ma.surtax.over) * ma.surtax.ratePct) / 100;
      statePayroll = payrollLines(ma.payroll, wages, ss.wageBase);
      break;
    }
    case 'IL': {
      const il = R.states.IL;
      const exemption = agi > il.exemptionAgiLimit[k] ? 0 : il.exemptionPerFiler * filers(s);
      stateIncomeTax = (Math.max(0, agi - exemption) * il.ratePct) / 100;
      break;
    }
    case 'WA':
      statePayroll = payrollLines(R.states.WA.payroll, wages, ss.wageBase);
      break;
    case 'TX':
    case null:
      break;
  }
  return withTotals(
    { federalIncomeTax, socialSecurity, medicare, stateIncomeTax, localIncomeTax, statePayroll },
    wages,
    deferral,
  );
}

type TaxLines = Omit<TakeHome, 'totalTax' | 'net' | 'pretax401k'>;

/** The state payroll programs together (SDI, PFL, PFML, …). */
export const payrollTotal = (t: Pick<TakeHome, 'statePayroll'>): number =>
  t.statePayroll.reduce((a, p) => a + p.amount, 0);

/** Adds the total and the take-home (after the 401(k) deferral) to a set of tax lines. */
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

/**
 * Take-home pay on W-2 wages for a location: federal, Social Security, Medicare, state and city income
 * tax and state payroll programs, standard deduction, optional pre-tax 401(k) (it lowers income tax,
 * not FICA, and leaves the paycheck, so take-home excludes it). Each line is rounded to whole dollars;
 * totals are the sums of the rounded lines. For married-joint the wages are one earner's.
 */
export function takeHome(input: TakeHomeInput): TakeHome {
  const e = exact(input);
  const r = Math.round;
  const lines = {
    federalIncomeTax: r(e.federalIncomeTax),
    socialSecurity: r(e.socialSecurity),
    medicare: r(e.medicare),
    stateIncomeTax: r(e.stateIncomeTax),
    localIncomeTax: r(e.localIncomeTax),
    statePayroll: e.statePayroll.map((p) => ({ ...p, amount: r(p.amount) })),
  };
  const t = withTotals(lines, r(input.wages), r(e.pretax401k));
  // Rounding each line can leave a dollar or two below zero when the deferral takes all that is left.
  return t.net >= 0 ? t : withTotals(lines, r(input.wages), Math.max(0, t.pretax401k + t.net));
}

/** What payroll withholds on supplemental wages (bonus, RSUs): a flat rate, higher above the threshold. */
export function supplementalWithholding(amount: number, year: TaxYear): number {
  const w = rulesFor(year).federal.supplementalWithholding;
  const high = Math.max(0, amount - w.highOver);
  return Math.round(((amount - high) * w.ratePct) / 100 + (high * w.highRatePct) / 100);
}

/** Where the tax figures come from, for the screens. */
export const taxSources = {
  year: 2025 as TaxYear,
  parity: { source: parities.source, dataYear: parities.dataYear },
};
