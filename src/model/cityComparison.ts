// Cities side by side: the same pay (the market estimate in each place, or one wage everywhere) taxed
// where each place is (the state lived in and the local taxes that apply), and seen at US-average
// prices and as the gross each place needs to match one.
import type { AssumptionValues } from './assumptions';
import type { PlaceOptions } from './domain';
import { equivalentWages, priceArea } from './equivalent';
import { estimate } from './estimate';
import { type NumberRules, parseNumber } from './parse';
import { isPlaceId, place } from './places';
import { livesIn, placeTaxInput, stateName } from './placeTax';
import { stateFiles } from './states/data';
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
  /** For a metro spanning states, the state lived in (its name); absent elsewhere. */
  livesIn?: string;
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

/** A place that could not be compared (no market estimate there yet, or an id no longer known), and why. */
export interface CityGap {
  location: string;
  label: string;
  message: string;
}

export interface CityOptions {
  places: readonly string[];
  /** The place whose take-home (at its prices) the others are matched to; one of `places`. */
  reference: string;
  filingStatus: FilingStatus;
  year: TaxYear;
  pretax401k: number;
  /** Per place: the state lived in and the city taxes that apply, where the user changed the defaults. */
  placeOptions?: Readonly<Record<string, PlaceOptions>>;
}

export interface CityComparison {
  /** The places compared, in the order given. */
  rows: CityRow[];
  /** The places that could not be compared, in the order given. */
  gaps: CityGap[];
  /** The reference used: the one asked for, or the first place compared when it could not be. */
  reference: string;
}

/** A place's label (its id when the id names no place). */
export const placeLabel = (id: string): string => (isPlaceId(id) ? place(id).label : id);

/** The same place under two ids (a seed alias and the place it names)? */
export const samePlace = (a: string, b: string): boolean =>
  a === b || (isPlaceId(a) && isPlaceId(b) && place(a).id === place(b).id);

/**
 * The 2026 figures the data marks as projections (not yet published) for the states taxed, by state
 * name, with how each was projected.
 */
export function projectedFigures(
  states: readonly string[],
  year: TaxYear,
): { state: string; notes: string[] }[] {
  const out: { state: string; notes: string[] }[] = [];
  for (const usps of new Set(states)) {
    const y = stateFiles[usps]?.years[String(year)];
    if (!y) continue;
    const notes = [
      y.incomeTax?.projected,
      ...y.payroll.map((p) => (p.projected ? `${p.label}: ${p.projected}` : undefined)),
    ].filter((n): n is string => Boolean(n));
    if (notes.length) out.push({ state: stateName(usps), notes });
  }
  return out;
}

/**
 * The gross pay compared in one place (with the market range when it is the estimate), or null where
 * there is no market estimate for it (estimate() throws RangeError: a place it does not know).
 */
export function cityGross(
  pay: CityPay,
  place: string,
): { gross: number; range?: { low: number; high: number } } | null {
  if (pay.kind === 'wages') return { gross: pay.wages };
  try {
    const t = estimate({ ...pay.profile, location: place }, pay.assumptions).total;
    return { gross: t.typical, range: { low: t.low, high: t.high } };
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/**
 * Gross, every tax line, take-home and the cost-of-living view for each place, in the order given;
 * places that cannot be compared are listed with the reason, never as NaN. When the reference cannot
 * be compared, the first place that can is the reference.
 */
export function compareCities(pay: CityPay, o: CityOptions): CityComparison {
  const base = { filingStatus: o.filingStatus, year: o.year, pretax401k: o.pretax401k };
  const gaps: CityGap[] = [];
  const ok: { loc: string; g: { gross: number; range?: { low: number; high: number } } }[] = [];
  for (const loc of o.places) {
    if (!isPlaceId(loc)) {
      gaps.push({
        location: loc,
        label: loc,
        message: 'This place is not known (saved by another version); remove it.',
      });
      continue;
    }
    const g = cityGross(pay, loc);
    if (g) ok.push({ loc, g });
    else
      gaps.push({
        location: loc,
        label: placeLabel(loc),
        message: `The market estimate is not available for ${placeLabel(loc)}. Compare a salary you type or an offer to see it here.`,
      });
  }
  const refEntry = ok.find((x) => x.loc === o.reference) ?? ok[0];
  const reference = refEntry?.loc ?? o.reference;
  const refIn = placeTaxInput(o.placeOptions?.[reference]);
  const rows = ok.map(({ loc, g }): CityRow => {
    const own = placeTaxInput(o.placeOptions?.[loc]);
    const tax = takeHome({ wages: g.gross, location: loc, ...base, ...own });
    const area = priceArea(loc);
    const p = place(loc);
    const lives = livesIn(loc, tax.state);
    return {
      location: loc,
      label: p.label,
      ...(lives ? { livesIn: lives } : {}),
      gross: g.gross,
      ...(g.range ? { grossRange: g.range } : {}),
      tax,
      rpp: area.rpp,
      area: area.label,
      adjusted: Math.round(tax.net / (area.rpp / 100)),
      needed:
        loc === reference || !refEntry
          ? g.gross
          : equivalentWages(refEntry.g.gross, reference, loc, {
              ...base,
              ...own,
              ...(refIn.state ? { fromState: refIn.state } : {}),
              ...(refIn.cityTaxes ? { fromCityTaxes: refIn.cityTaxes } : {}),
            }),
    };
  });
  return { rows, gaps, reference };
}
