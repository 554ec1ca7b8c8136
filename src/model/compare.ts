// Offers compared on the basis that decides: before tax, after tax where each offer is, or after tax
// and the prices there. Pure; whole dollars a year.
import { dipSearch, firstCrossing, priceParity } from './equivalent';
import { type Offer, type OfferYear, offerYears, steadyYear, yearWages } from './offer';
import { type PlaceChoices, placeIn } from './placeTax';
import { exact, type FilingStatus, type TakeHome, type TaxYear, takeHome } from './tax';

export type Basis = 'pre-tax' | 'after-tax' | 'after-tax-and-prices';
export const bases: readonly Basis[] = ['pre-tax', 'after-tax', 'after-tax-and-prices'];

/** How offers are compared. After tax: each offer taxed where it is, under one filing status and tax year. */
export type BasisOpts =
  | { basis: 'pre-tax' }
  | {
      basis: 'after-tax' | 'after-tax-and-prices';
      filingStatus: FilingStatus;
      year: TaxYear;
      /** The user's own pre-tax 401(k) deferral, dollars a year. */
      pretax401k?: number;
      /** Where in each place the user lives (Cities' choices): the state and city taxes. */
      places?: PlaceChoices;
    };

/** One offer year on a basis, with the tax behind it (none before tax). */
export interface BasisYear {
  year: number;
  /** The year's pay before tax, the 401(k) match included. */
  pay: number;
  tax?: TakeHome;
  /** The year's value on the basis (whole dollars). */
  value: number;
}

export interface BasisSummary {
  years: BasisYear[];
  firstYear: number;
  fourYearAverage: number;
  steadyState: number;
}

/**
 * A year's value after tax: its pay (base, bonus, sign-on, vested equity, the employer's 401(k) match)
 * minus that year's income and payroll taxes. The user's pre-tax 401(k) deferral and the match stay the
 * user's money (untaxed until withdrawal), so neither is subtracted.
 */
const afterTax = (y: OfferYear, t: Pick<TakeHome, 'totalTax'>) => y.total - t.totalTax;

function valueOn(y: OfferYear, location: string, o: BasisOpts, taxOf: typeof takeHome): BasisYear {
  if (o.basis === 'pre-tax') return { year: y.year, pay: y.total, value: y.total };
  const tax = taxOf({
    ...yearWages(y),
    ...placeIn(location, o.places),
    filingStatus: o.filingStatus,
    year: o.year,
    pretax401k: o.pretax401k ?? 0,
  });
  const net = afterTax(y, tax);
  const value = o.basis === 'after-tax' ? net : net / (priceParity(location) / 100);
  return { year: y.year, pay: y.total, tax, value };
}

/** The offer's years (through its steady year) on a basis, with first year, 4-year average and steady state. */
export function offerOnBasis(
  offer: Offer,
  o: BasisOpts,
  years: readonly OfferYear[] = offerYears(offer),
): BasisSummary {
  const ys = years.map((y) => {
    const v = valueOn(y, offer.profile.location, o, takeHome);
    return { ...v, value: Math.round(v.value) };
  });
  const four = ys.slice(0, 4).reduce((s, y) => s + y.value, 0) / 4;
  return {
    years: ys,
    firstYear: (ys[0] as BasisYear).value,
    fourYearAverage: Math.round(four),
    steadyState: (ys[steadyYear(offer) - 1] as BasisYear).value,
  };
}

/** The 4-year average on a basis, unrounded (the break-even search needs a continuous measure). */
function fourYearExact(offer: Offer, o: BasisOpts): number {
  const ys = offerYears(offer, 4);
  return ys.reduce((s, y) => s + valueOn(y, offer.profile.location, o, exact).value, 0) / 4;
}

/**
 * The smallest whole-dollar base offer `b` needs for its 4-year average to match offer `a`'s on a
 * basis (0 when b matches with no base at all). Without options, before tax. After tax (and prices),
 * each offer is taxed where it is; where New York's or California's rules make take-home dip as pay
 * rises, the first crossing is found, not just any.
 */
export function breakEvenBase(a: Offer, b: Offer, opts: BasisOpts = { basis: 'pre-tax' }): number {
  const target = fourYearExact(a, opts);
  const f = (base: number) => fourYearExact({ ...b, base }, opts);
  if (f(0) >= target) return 0;
  let top = Math.max(1, b.base);
  while (f(top) < target) top *= 2;
  const search =
    opts.basis === 'pre-tax'
      ? { fine: 0, coarse: 0 }
      : dipSearch(b.profile.location, top, placeIn(b.profile.location, opts.places).state);
  const x = firstCrossing(f, target, top, search);
  // Whole dollars: the smallest one that matches (half a cent of slack for floating point).
  let base = Math.floor(x);
  while (f(base) < target - 0.005) base++;
  return base;
}
