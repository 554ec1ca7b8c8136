// Cities side by side: the same pay (the market estimate in each place, or one wage everywhere) taxed
// where each place is, and seen at US-average prices and as the gross each place needs to match one.
import type { AssumptionValues } from './assumptions';
import { equivalentWages, priceArea } from './equivalent';
import { estimate } from './estimate';
import { locations, optionLabel } from './options';
import { type NumberRules, parseNumber } from './parse';
import { type FilingStatus, type TakeHome, type TaxYear, takeHome } from './tax';
import type { Profile } from './types';

/** The pay compared: the market estimate for a profile in each place, or the same wages everywhere. */
export type CityPay =
  | { kind: 'estimate'; profile: Profile; assumptions: AssumptionValues }
  | { kind: 'wages'; wages: number };

/** A plain salary typed for Cities: money as people type it ("$250k", "250K", "1.2M", "$150,000"). */
export const salaryRules: NumberRules = { label: 'Salary', min: 1_000, max: 10_000_000, money: true };

/**
 * The typed salary as the same wages in every place; `empty` when nothing is typed yet, or a message
 * that says what is wrong with the text.
 */
export function salaryPay(
  text: string,
): { ok: true; pay: CityPay & { kind: 'wages' } } | { ok: false; empty: boolean; message: string } {
  const r = parseNumber(text, salaryRules);
  if (!r.ok) return { ok: false, empty: false, message: r.message };
  if (r.value === undefined) return { ok: false, empty: true, message: 'Type a salary, like $250k.' };
  return { ok: true, pay: { kind: 'wages', wages: Math.round(r.value) } };
}

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
