import { type OfferYear, yearWages } from './offer';
import { type PlaceChoices, placeIn } from './placeTax';
import { type FilingStatus, type TakeHome, type TaxYear, takeHome } from './tax';

export interface OfferTaxYear {
  year: number;
  /** W-2 wages: everything but the employer's 401(k) match. */
  wages: number;
  tax: TakeHome;
  /** Take-home pay: wages − the user's 401(k) deferral − every tax line (the match is not in it). */
  net: number;
  /** The employer's 401(k) match, untaxed until withdrawal. */
  match: number;
  /** The employer's HSA contribution, not taxed. */
  hsa: number;
}

interface Opts {
  location: string;
  filingStatus: FilingStatus;
  /** The tax year whose rules apply to every year of the offer. */
  year: TaxYear;
  pretax401k?: number;
  /** Where in the place the user lives (Cities' choices): the state and city taxes. */
  places?: PlaceChoices;
}

/** An offer's years after tax in its location, every year under the rules of tax year `o.year`. */
export function offerAfterTax(years: readonly OfferYear[], o: Opts): OfferTaxYear[] {
  return years.map((y) => {
    const { wages, payrollExempt } = yearWages(y);
    const tax = takeHome({
      wages,
      payrollExempt,
      ...placeIn(o.location, o.places),
      filingStatus: o.filingStatus,
      year: o.year,
      pretax401k: o.pretax401k ?? 0,
    });
    return { year: y.year, wages, tax, net: tax.net, match: y.retirement, hsa: y.hsa };
  });
}
