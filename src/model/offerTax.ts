import type { OfferYear } from './offer';
import { type FilingStatus, supplementalWithholding, type TakeHome, type TaxYear, takeHome } from './tax';

export interface OfferTaxYear {
  year: number;
  /** W-2 wages: everything but the employer's 401(k) match. */
  wages: number;
  tax: TakeHome;
  /** Take-home pay: wages − the user's 401(k) deferral − every tax line (the match is not in it). */
  net: number;
  /** The employer's 401(k) match, untaxed until withdrawal. */
  match: number;
}

interface Opts {
  location: string;
  filingStatus: FilingStatus;
  /** The tax year whose rules apply to every year of the offer. */
  year: TaxYear;
  pretax401k?: number;
}

/** An offer's years after tax in its location, every year under the rules of tax year `o.year`. */
export function offerAfterTax(years: readonly OfferYear[], o: Opts): OfferTaxYear[] {
  return years.map((y) => {
    const wages = y.total - y.retirement;
    const tax = takeHome({
      wages,
      location: o.location,
      filingStatus: o.filingStatus,
      year: o.year,
      pretax401k: o.pretax401k ?? 0,
    });
    return { year: y.year, wages, tax, net: tax.net, match: y.retirement };
  });
}

/**
 * Federal withholding on a year's supplemental wages (bonus, sign-on, vested equity) at the flat rate,
 * against the federal tax those wages actually add. A positive `dueAtFiling` is owed when filing.
 */
export function supplementalGap(
  y: OfferYear,
  o: Opts,
): { supplemental: number; withheld: number; owed: number; dueAtFiling: number } {
  const supplemental = y.bonus + y.signOn + y.equity;
  const args = {
    location: o.location,
    filingStatus: o.filingStatus,
    year: o.year,
    pretax401k: o.pretax401k ?? 0,
  };
  const all = takeHome({ ...args, wages: y.base + supplemental }).federalIncomeTax;
  const baseOnly = takeHome({ ...args, wages: y.base }).federalIncomeTax;
  const withheld = supplementalWithholding(supplemental, o.year);
  const owed = all - baseOnly;
  return { supplemental, withheld, owed, dueAtFiling: owed - withheld };
}
