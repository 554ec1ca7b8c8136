import { computed } from '@preact/signals';
import {
  equivalentWages,
  estimate,
  type FilingStatus,
  k401WagesError,
  locations,
  optionLabel,
  parse401k,
  priceArea,
  type TakeHome,
  takeHome,
  taxSources,
} from '../model';
import { MAX_CITIES, MIN_CITIES } from '../model/domain';
import { assumptions, cities, profile } from './app';
import { viewOf } from './offers';
import { offers } from './persist';

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

/**
 * The Cities screen's 401(k) contribution as typed, parsed and held to the tax year's employee limit
 * (with the catch-up at 50 or older). The offer's after-tax table uses it too.
 */
export const pretax401k = computed(() =>
  parse401k(cities.value.pretax401kText, { year: taxSources.year, age50OrOver: cities.value.age50OrOver }),
);
/** The contribution to apply: 0 when empty or while the text does not parse. */
export const pretax401kAmount = computed(() => (pretax401k.value.ok ? (pretax401k.value.value ?? 0) : 0));

type Gross = { gross: number; range?: { low: number; high: number } };
type PaySource =
  | { ok: true; grossFor: (loc: string) => Gross; sourceLabel: string; where: (loc: string) => string }
  | { ok: false; message: string };

const label = (id: string) => optionLabel(locations, id);

/** The pay compared: the market estimate in each city, or a saved offer's year-1 wages everywhere. */
const paySource = computed<PaySource>(() => {
  const set = cities.value;
  if (set.source === 'estimate') {
    const p = profile.value;
    return {
      ok: true,
      grossFor: (loc) => {
        const t = estimate({ ...p, location: loc }, assumptions.value).total;
        return { gross: t.typical, range: { low: t.low, high: t.high } };
      },
      sourceLabel: 'the market estimate for your profile in each city (typical total pay)',
      where: (loc) => `in ${label(loc)}`,
    };
  }
  const rec = offers.value.find((o) => o.id === set.source);
  const y1 = rec && viewOf(rec).years?.[0];
  if (!rec || !y1)
    return { ok: false, message: 'The chosen offer is missing or has fields to fix. Pick another source.' };
  // The employer's 401(k) match is not wages; everything else in year 1 is.
  const wages = y1.total - y1.retirement;
  return {
    ok: true,
    grossFor: () => ({ gross: wages }),
    sourceLabel: `${rec.company}, year 1 wages (base, bonus, sign-on, vested equity)`,
    where: () => `at ${rec.company} in year 1`,
  };
});

/** What is wrong with the 401(k) field: its text, the year's limit, or more than the wages compared. */
export const k401Error = computed<string | undefined>(() => {
  const k = pretax401k.value;
  if (!k.ok) return k.message;
  const src = paySource.value;
  if (!src.ok || !k.value) return undefined;
  for (const loc of cities.value.locations) {
    const err = k401WagesError(k.value, src.grossFor(loc).gross, src.where(loc));
    if (err) return err;
  }
  return undefined;
});

export type CityResult = { ok: true; rows: CityRow[]; sourceLabel: string } | { ok: false; message: string };

/** Gross, every tax line, take-home and cost-of-living view for each chosen city (re-sorting reuses it). */
export const cityComparison = computed<CityResult>(() => {
  const set = cities.value;
  if (k401Error.value) return { ok: false, message: 'Fix the 401(k) amount above to see the comparison.' };
  const src = paySource.value;
  if (!src.ok) return src;
  const { grossFor, sourceLabel } = src;
  const fs: FilingStatus = set.filingStatus;
  const opts = { filingStatus: fs, year: taxSources.year, pretax401k: pretax401kAmount.value };
  const ref = grossFor(set.reference).gross;
  const rows = set.locations.map((loc): CityRow => {
    const g = grossFor(loc);
    const tax = takeHome({ wages: g.gross, location: loc, ...opts });
    const area = priceArea(loc);
    return {
      location: loc,
      label: label(loc),
      gross: g.gross,
      ...(g.range ? { grossRange: g.range } : {}),
      tax,
      rpp: area.rpp,
      area: area.label,
      adjusted: Math.round(tax.net / (area.rpp / 100)),
      needed: loc === set.reference ? g.gross : equivalentWages(ref, set.reference, loc, opts),
    };
  });
  return { ok: true, rows, sourceLabel };
});

/** Adds or removes a city (keeping 2–6); the reference stays one of the chosen. */
export function toggleCity(id: string): void {
  const set = cities.value;
  const has = set.locations.includes(id);
  if (has && set.locations.length <= MIN_CITIES) return;
  if (!has && set.locations.length >= MAX_CITIES) return;
  const next = has ? set.locations.filter((x) => x !== id) : [...set.locations, id];
  cities.value = {
    ...set,
    locations: next,
    reference: next.includes(set.reference) ? set.reference : (next[0] as string),
  };
}

export function setCities(patch: Partial<typeof cities.value>): void {
  cities.value = { ...cities.value, ...patch };
}
