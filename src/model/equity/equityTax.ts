// Taxes of startup equity, tax years 2025 and 2026, for a household whose other income is W-2 wages: the
// exercise of nonqualified (NSO) and incentive (ISO) stock options, an 83(b) election at early exercise,
// an ISO's qualifying or disqualifying disposition, and (in ./saleTax) the sale. Every amount is rounded
// to whole dollars like takeHome(): each line is rounded, and a difference or total is taken of rounded
// lines, so the lines a screen shows add up. Federal figures: data/federal.json and data/equityTax.json.
import { payrollTotal, type TakeHomeInput, takeHome } from '../tax';
import { amtExact, nonNegative } from './equityFigures';

export type { SaleTax, SaleTaxInput } from './saleTax';
export { saleTax } from './saleTax';

/** The household and an option exercise: `spread` = (fair market value − strike) × shares, in USD. */
export type ExerciseInput = TakeHomeInput & { spread: number };

/** The tax an NSO exercise adds, line by line (whole dollars). */
export interface NsoExerciseTax {
  spread: number;
  federalIncomeTax: number;
  socialSecurity: number;
  medicare: number;
  stateIncomeTax: number;
  localIncomeTax: number;
  /** State payroll programs (SDI, PFL, …) together. */
  statePayroll: number;
  /** The sum of the lines above. */
  total: number;
}

/**
 * The tax an NSO exercise adds in its year. The spread is compensation (IRC §83(a), Treas. Reg.
 * §1.83-7): wages for income tax, Social Security, Medicare and state and local taxes on wages. Each
 * line is takeHome(wages + spread) − takeHome(wages), both rounded, with the same 401(k) deferral asked.
 */
export function nsoExerciseTax(input: ExerciseInput): NsoExerciseTax {
  const { spread: raw, ...household } = input;
  const spread = nonNegative(raw, 'spread');
  const before = takeHome(household);
  const after = takeHome({ ...household, wages: household.wages + spread });
  const lines = {
    federalIncomeTax: after.federalIncomeTax - before.federalIncomeTax,
    socialSecurity: after.socialSecurity - before.socialSecurity,
    medicare: after.medicare - before.medicare,
    stateIncomeTax: after.stateIncomeTax - before.stateIncomeTax,
    localIncomeTax: after.localIncomeTax - before.localIncomeTax,
    statePayroll: payrollTotal(after) - payrollTotal(before),
  };
  const total = Object.values(lines).reduce((s, x) => s + x, 0);
  return { spread: Math.round(spread), ...lines, total };
}

/** The year's alternative minimum tax with an ISO exercise, by the lines of Form 6251 (whole dollars). */
export interface IsoExerciseTax {
  spread: number;
  /** Line 1: regular taxable income (AGI − the deduction; negative when the deduction is larger). */
  taxableIncome: number;
  /** Line 2a: the deduction the AMT disallows (the standard deduction, or the state and local taxes itemized). */
  deductionAddBack: number;
  /** Line 4: alternative minimum taxable income = line 1 + line 2a + the ISO spread (line 2i). */
  amti: number;
  /** Line 5: the exemption after its phase-out. */
  exemption: number;
  /** Line 7/9: the tentative minimum tax. */
  tentativeMinimumTax: number;
  /** Line 10: the regular federal income tax (unchanged by the exercise). */
  regularTax: number;
  /** Line 11: AMT = tentative minimum tax − regular tax, not below 0. */
  amt: number;
}

/**
 * The year's AMT with an ISO exercise. An ISO exercise adds no regular tax, no payroll tax and (here) no
 * state tax (IRC §421(a)); the spread is an AMT adjustment (IRC §56(b)(3); Form 6251 line 2i). The AMT
 * disallows the standard deduction and the state and local taxes itemized (IRC §56(b)(1)(A), (E)), read
 * from takeHome's `federalDeduction`. The capital-gain rates inside the AMT (Part III) are not used: the
 * household's other income is wages. AMTI is computed from whole-dollar lines; the exemption and the
 * tentative minimum tax are rounded, and AMT is the difference of the rounded lines.
 */
export function isoExerciseTax(input: ExerciseInput): IsoExerciseTax {
  const { spread: raw, ...household } = input;
  const spread = Math.round(nonNegative(raw, 'spread'));
  const t = takeHome(household);
  const agi = Math.round(household.wages) - t.pretax401k;
  const deductionAddBack = t.federalDeduction.amount;
  const taxableIncome = agi - deductionAddBack;
  const amti = taxableIncome + deductionAddBack + spread;
  const a = amtExact(amti, household.filingStatus, household.year);
  const exemption = Math.round(a.exemption);
  const tentativeMinimumTax = Math.round(a.tentativeMinimumTax);
  const regularTax = t.federalIncomeTax;
  return {
    spread,
    taxableIncome,
    deductionAddBack,
    amti,
    exemption,
    tentativeMinimumTax,
    regularTax,
    amt: Math.max(0, tentativeMinimumTax - regularTax),
  };
}

/** An 83(b) election at early exercise: the shares bought and their per-share prices at that date. */
export type EightyThreeBInput = TakeHomeInput & {
  shares: number;
  /** The fair market value per share at exercise (the 409A price for a private company). */
  fmvPerShare: number;
  strikePerShare: number;
};

export interface EightyThreeBTax {
  /** The compensation the election brings into the year: (FMV − strike) × shares, not below 0. */
  income: number;
  /** The shares' basis per share from then on (the FMV: the strike paid plus the income taxed). */
  basisPerShare: number;
  /** The tax on that income as wages. */
  tax: NsoExerciseTax;
}

/**
 * The tax of an 83(b) election on unvested shares bought by early exercise (IRC §83(b)): the excess of
 * their fair market value over the price paid is compensation now, taxed as wages (income tax and
 * payroll), and nothing more at vesting. When the strike is the 409A price the income, and so the tax,
 * is 0. For an early-exercised ISO the same excess is an AMT adjustment instead: use isoExerciseTax.
 */
export function eightyThreeBTax(input: EightyThreeBInput): EightyThreeBTax {
  const { shares, fmvPerShare, strikePerShare, ...household } = input;
  nonNegative(shares, 'shares');
  nonNegative(strikePerShare, 'strikePerShare');
  const income = Math.round(Math.max(0, (nonNegative(fmvPerShare, 'fmvPerShare') - strikePerShare) * shares));
  return {
    income,
    basisPerShare: Math.max(fmvPerShare, strikePerShare),
    tax: nsoExerciseTax({ ...household, spread: income }),
  };
}

/** ISO shares sold: the dates (YYYY-MM-DD) and per-share prices. */
export interface IsoSale {
  grantDate: string;
  exerciseDate: string;
  saleDate: string;
  shares: number;
  strikePerShare: number;
  fmvAtExercisePerShare: number;
  salePricePerShare: number;
}

/** How an ISO sale is taxed: what is wages (no payroll tax) and what is capital gain, and its holding. */
export interface IsoDisposition {
  /** Held more than 2 years from grant and more than 1 year from exercise (IRC §422(a)(1)). */
  qualifying: boolean;
  /** Compensation without payroll tax (a disqualifying disposition's bargain element), whole dollars. */
  ordinaryIncome: number;
  /** The rest of (sale − strike) × shares; negative for a loss; whole dollars. */
  capitalGain: number;
  /** 'long' when the shares were held more than a year after exercise (IRC §1222(3)). */
  holding: 'long' | 'short';
}

function parseDate(s: string, name: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!(m && new Date(t).getUTCDate() === Number(m[3])))
    throw new RangeError(`${name} must be a YYYY-MM-DD date`);
  return t;
}

/** The date `years` later, on the same day of the month (Feb 29 → Feb 28 in a common year). */
function anniversary(t: number, years: number): number {
  const d = new Date(t);
  const y = d.getUTCFullYear() + years;
  const lastDay = new Date(Date.UTC(y, d.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(y, d.getUTCMonth(), Math.min(d.getUTCDate(), lastDay));
}

/**
 * Whether an ISO sale is a qualifying disposition, and its income. Qualifying (sold more than 2 years
 * after grant and more than 1 year after exercise — after the anniversary dates, IRC §422(a)(1), IRS
 * Pub. 525): the whole gain from the strike is long-term capital gain. Otherwise (IRC §421(b),
 * §422(c)(2)): the bargain element at exercise ((FMV − strike) × shares, but at most the gain on the sale)
 * is ordinary compensation, with no Social Security or Medicare (IRC §3121(a)(22)), and the rest is
 * capital gain or loss, long-term if held more than a year after exercise. Throws on bad dates or order.
 */
export function isoDisposition(sale: IsoSale): IsoDisposition {
  const grant = parseDate(sale.grantDate, 'grantDate');
  const exercise = parseDate(sale.exerciseDate, 'exerciseDate');
  const sold = parseDate(sale.saleDate, 'saleDate');
  if (!(grant <= exercise && exercise <= sold))
    throw new RangeError('dates must run grant ≤ exercise ≤ sale');
  const shares = nonNegative(sale.shares, 'shares');
  const strike = nonNegative(sale.strikePerShare, 'strikePerShare');
  const fmv = nonNegative(sale.fmvAtExercisePerShare, 'fmvAtExercisePerShare');
  const price = nonNegative(sale.salePricePerShare, 'salePricePerShare');
  const longTerm = sold > anniversary(exercise, 1);
  const qualifying = longTerm && sold > anniversary(grant, 2);
  const total = Math.round((price - strike) * shares);
  const ordinaryIncome = qualifying ? 0 : Math.round(Math.max(0, (Math.min(fmv, price) - strike) * shares));
  return {
    qualifying,
    ordinaryIncome,
    capitalGain: total - ordinaryIncome,
    holding: longTerm ? 'long' : 'short',
  };
}

/** What these equity taxes leave out, for the screen. */
export const equityTaxLeftOut: readonly string[] = [
  'The qualified small business stock exclusion (IRC §1202): gain on QSBS held long enough may be partly or wholly excluded; here all of it is taxed.',
  'The AMT credit (Form 8801): AMT paid on an ISO exercise can be credited against regular tax in later years; it is not carried forward here.',
  "The capital-gain rates inside the AMT (Form 6251 Part III), and the AMT in the year of a sale, including the ISO shares' higher AMT basis.",
  "State taxes on an ISO exercise: none is computed, so state alternative minimum taxes (such as California's) are left out.",
  "States' own rules for capital gains: a gain is taxed as ordinary income wherever the state taxes income; Washington's capital gains tax, Massachusetts' higher rate on short-term gains and other states' lower rates or partial exclusions of long-term gains are not applied.",
  'City taxes on wages (Pennsylvania, Ohio, Michigan, Missouri, Kentucky and other cities) take nothing from a gain or from an ISO sale’s ordinary income, though some reach them in law; residents’ local taxes on state taxable income (New York City, Yonkers, Maryland and Indiana counties, the Portland-area taxes) do tax a gain.',
  'Capital losses and wash sales (IRC §1091): a loss is taxed as no gain; its deduction of up to $3,000 against other income and its carry-forward are not applied.',
  'Deductions against net investment income (Form 8960 Part II, such as state tax on the gain) are not taken.',
  'The $100,000 ISO limit (IRC §422(d)): options first exercisable for more than $100,000 of stock in a year are NSOs; here every ISO is an ISO.',
  'When the tax is paid: withholding, estimated payments and underpayment penalties. The state tax on a gain is taken as paid, and deducted, in the year of the sale.',
  'Other income, deductions and credits: the household has W-2 wages (and a pre-tax 401(k)) and the equity event, in one tax year (2025 or 2026), filing single or jointly.',
];
