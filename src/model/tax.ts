import parities from '../../data/price-parities.json' with { type: 'json' };
import taxes from '../../data/taxes.json' with { type: 'json' };

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

type Bracket = [number, number];
type ByStatus<T> = { single: T; mfj: T };
interface PayrollRule {
  id: string;
  label: string;
  ratePct: number;
  maxPerYear?: number;
  capAtWageBase?: boolean;
}
interface YearRules {
  federal: {
    standardDeduction: ByStatus<number>;
    brackets: ByStatus<Bracket[]>;
    supplementalWithholding: { ratePct: number; highRatePct: number; highOver: number };
  };
  payroll: {
    socialSecurity: { ratePct: number; wageBase: number };
    medicare: { ratePct: number; additionalRatePct: number; additionalOver: ByStatus<number> };
  };
  states: {
    CA: {
      standardDeduction: ByStatus<number>;
      brackets: ByStatus<Bracket[]>;
      exemptionCredit: {
        perFiler: number;
        reducePerFiler: number;
        step: number;
        phaseOutOver: ByStatus<number>;
      };
      mentalHealthTax: { ratePct: number; over: number };
      payroll: PayrollRule[];
    };
    NY: {
      standardDeduction: ByStatus<number>;
      brackets: ByStatus<Bracket[]>;
      recapture: {
        agiOver: number;
        phaseIn: number;
        flatOverAgi: number;
        flatRatePct: number;
        rows: ByStatus<[number, number, number][]>;
      };
      payroll: PayrollRule[];
    };
    MA: {
      ratePct: number;
      surtax: { ratePct: number; over: number };
      exemption: ByStatus<number>;
      ficaDeductionMaxPerPerson: number;
      payroll: PayrollRule[];
    };
    IL: {
      ratePct: number;
      exemptionPerFiler: number;
      exemptionAgiLimit: ByStatus<number>;
      payroll: PayrollRule[];
    };
    WA: { payroll: PayrollRule[] };
    TX: { payroll: PayrollRule[] };
  };
  local: {
    NYC: {
      brackets: ByStatus<Bracket[]>;
      schoolCredit: { single: number; mfj: number; agiLimit: number };
      rateReductionCredit: {
        incomeLimit: number;
        single: { firstRatePct: number; first: number; restRatePct: number };
      };
    };
  };
}

const rulesFor = (year: TaxYear): YearRules => {
  const r = (taxes.years as Record<string, unknown>)[String(year)];
  if (!r) throw new RangeError(`No tax data for ${year}`);
  return r as YearRules;
};

type StateId = keyof YearRules['states'];
interface LocationTax {
  state: StateId | null;
  local: 'NYC' | null;
  area: string;
}
const locationTax = (id: string): LocationTax => {
  const l = (parities.locations as Record<string, LocationTax | undefined>)[id];
  if (!l) throw new RangeError(`Unknown location: ${id}`);
  return l;
};

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

/** Every tax line before rounding (used to solve equivalent wages smoothly). */
function exact(input: TakeHomeInput): TakeHome {
  const { wages, filingStatus: s, year } = input;
  if (!(Number.isFinite(wages) && wages >= 0)) throw new RangeError('wages must be 0 or more');
  const deferral = Math.min(Math.max(0, input.pretax401k ?? 0), wages);
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
  return withTotals(
    {
      federalIncomeTax: r(e.federalIncomeTax),
      socialSecurity: r(e.socialSecurity),
      medicare: r(e.medicare),
      stateIncomeTax: r(e.stateIncomeTax),
      localIncomeTax: r(e.localIncomeTax),
      statePayroll: e.statePayroll.map((p) => ({ ...p, amount: r(p.amount) })),
    },
    r(input.wages),
    r(e.pretax401k),
  );
}

interface Area {
  id: string;
  label: string;
  rpp: number;
  kind: string;
}

/** The BEA price-parity area used for a location (metro for a city, state for a state, US = 100). */
export function priceArea(location: string): Area {
  const id = locationTax(location).area;
  const a = (parities.areas as Area[]).find((x) => x.id === id);
  if (!a) throw new RangeError(`No price parity for ${location}`);
  return a;
}

/** BEA Regional Price Parity for a location, US = 100. */
export function priceParity(location: string): number {
  return priceArea(location).rpp;
}

/**
 * The gross wages in `to` whose take-home, divided by its price parity, equals that of `wages` in
 * `from`: the smallest such gross, since New York's recapture can make take-home dip as wages rise.
 * Solved on the unrounded take-home: a coarse scan for the first crossing, then bisection to a cent.
 */
export function equivalentWages(
  wages: number,
  from: string,
  to: string,
  opts: { filingStatus: FilingStatus; year: TaxYear; pretax401k?: number },
): number {
  const base = { filingStatus: opts.filingStatus, year: opts.year, pretax401k: opts.pretax401k ?? 0 };
  const target = (exact({ ...base, wages, location: from }).net / priceParity(from)) * priceParity(to);
  const net = (w: number) => exact({ ...base, wages: w, location: to }).net;
  if (target <= net(0)) return 0;
  let top = Math.max(1, wages);
  while (net(top) < target) top *= 2;
  // Only California (stepped credit phase-out) and New York (recapture) make take-home non-monotone.
  // New York's dips and their recoveries span up to about 1.3% of the wages where they fall (about
  // $64,000 at $1.1 million single, $128,000 at $2.2 million married, $330,000 at $25 million).
  const state = locationTax(to).state;
  const search =
    state === 'NY'
      ? { fine: 100, coarse: Math.max(150_000, top * 0.02) }
      : state === 'CA'
        ? { fine: 100, coarse: 0 }
        : { fine: 0, coarse: 0 };
  return Math.round(firstCrossing(net, target, top, search));
}

/**
 * The smallest w in [0, top] with f(w) ≥ target (f(top) ≥ target > f(0)). Take-home is not monotone
 * everywhere (California's credit phases out in steps; New York's recapture phases in over $50,000),
 * so after a bisection finds a crossing, earlier ones are looked for: dollar by dollar over `fine`
 * dollars just below it, then every $250 over `coarse` dollars below that.
 */
function firstCrossing(
  f: (w: number) => number,
  target: number,
  top: number,
  search: { fine: number; coarse: number },
): number {
  const bisect = (lo: number, hi: number) => {
    while (hi - lo > 0.01) {
      const mid = (lo + hi) / 2;
      if (f(mid) < target) lo = mid;
      else hi = mid;
    }
    return hi;
  };
  let best = bisect(0, top);
  for (;;) {
    let earlier: number | undefined;
    for (let w = Math.floor(best) - 1; w >= Math.max(0, best - search.fine); w--)
      if (f(w) >= target) earlier = w;
    for (
      let w = Math.floor(best) - Math.max(1, search.fine);
      w >= Math.max(0, best - search.fine - search.coarse);
      w -= 250
    )
      if (f(w) >= target) earlier = w;
    if (earlier === undefined) return best;
    // Bisect down to the first crossing below the earlier point found.
    let lo = Math.max(0, earlier - 250);
    while (lo > 0 && f(lo) >= target) lo = Math.max(0, lo - 250);
    const next = bisect(lo, earlier);
    if (next >= best) return best;
    best = next;
  }
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
