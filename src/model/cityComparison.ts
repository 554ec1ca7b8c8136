// Cities side by side: the same pay (the market estimate in each place, or one wage everywhere) taxed
// where each place is, and seen at US-average prices and as the gross each place needs to match one.
import type { AssumptionValues } from './assumptions';
import { equivalentWages, priceArea } from './equivalent';
import { estimate } from './estimate';
import { locations, optionLabel } from './options';
import { type FilingStatus, type TakeHome, type TaxYear, takeHome } from './tax';
import type { Profile } from './types';

/** The pay compared: the market estimate for a profile in each place, or the same wages everywhere. */
export type CityPay =
  | { kind: 'estimate'; profile: Profile; assumptions: AssumptionValues }
  | { kind: 'wages'; wages: number };

export interface CityRow {
  location: string;
  label: string;
  gross: number;
  /** The market range, when the pay compared is the market estimate. */
  grossRange?: { low: number; high: number };
  tax: TakeHome;
  rpp: number;
  area: string;
  /** Take-home in US-average prices: take-home ÷ (RPP / 100). */
  adjusted: number;
  /** Gross needed here for the reference city's take-home, adjusted for prices. */
  needed: number;
}

export interface CityOptions {
  places: readonly string[];
  /** The place whose take-home (at its prices) the others are matched to; one of `places`. */
  reference: string;
  filingStatus: FilingStatus;
  year: TaxYear;
  pretax401k: number;
}

/** The gross pay compared in one place (with the market range when it is the estimate). */
export function cityGross(
  pay: CityPay,
  place: string,
): { gross: number; range?: { low: number; high: number } } {
  if (pay.kind === 'wages') return { gross: pay.wages };
  const t = estimate({ ...pay.profile, location: place }, pay.assumptions).total;
  return { gross: t.typical, range: { low: t.low, high: t.high } };
}

/** Gross, every tax line, take-home and the cost-of-living view for each place, in the order given. */
export function compareCities(pay: CityPay, o: CityOptions): CityRow[] {
  const opts = { filingStatus: o.filingStatus, year: o.year, pretax401k: o.pretax401k };
  const ref = cityGross(pay, o.reference).gross;
  return o.places.map((loc): CityRow => {
    const g = cityGross(pay, loc);
    const tax = takeHome({ wages: g.gross, location: loc, ...opts });
    const area = priceArea(loc);
    return {
      location: loc,
      label: optionLabel(locations, loc),
      gross: g.gross,
      ...(g.range ? { grossRange: g.range } : {}),
      tax,
      rpp: area.rpp,
      area: area.label,
      adjusted: Math.round(tax.net / (area.rpp / 100)),
      needed: loc === o.reference ? g.gross : equivalentWages(ref, o.reference, loc, opts),
    };
  });
}
