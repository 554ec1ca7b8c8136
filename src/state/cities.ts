import { computed } from '@preact/signals';
import { formatUsd, k401WagesError, locations, optionLabel, parse401k } from '../model';
import { type CityPay, type CityRow, cityGross, compareCities, salaryPay } from '../model/cityComparison';
import { MAX_CITIES, MIN_CITIES } from '../model/domain';
import { assumptions, cities, profile } from './app';
import { offerViews } from './offers';

export type { CityRow } from '../model/cityComparison';

/**
 * The Cities screen's 401(k) contribution as typed, parsed and held to the tax year's employee limit
 * (with the catch-up at 50 or older). The offer's after-tax table uses it too.
 */
export const pretax401k = computed(() =>
  parse401k(cities.value.pretax401kText, {
    year: cities.value.taxYear,
    age50OrOver: cities.value.age50OrOver,
  }),
);
/** The contribution to apply: 0 when empty or while the text does not parse. */
export const pretax401kAmount = computed(() => (pretax401k.value.ok ? (pretax401k.value.value ?? 0) : 0));

type PaySource =
  | { ok: true; pay: CityPay; sourceLabel: string; where: (loc: string) => string }
  | { ok: false; message: string };

/** The typed salary read as pay, or what is wrong with it (`empty` when nothing is typed yet). */
const salary = computed(() => salaryPay(cities.value.salaryText));

/** What is wrong with the typed salary, when it is the pay compared and does not read as money. */
export const salaryError = computed<string | undefined>(() => {
  const s = salary.value;
  return cities.value.source === 'salary' && !s.ok && !s.empty ? s.message : undefined;
});

/**
 * The pay compared: the market estimate in each city, a typed salary everywhere, or a saved offer's
 * year-1 wages everywhere.
 */
const paySource = computed<PaySource>(() => {
  const set = cities.value;
  if (set.source === 'salary') {
    const s = salary.value;
    if (!s.ok)
      return {
        ok: false,
        message: s.empty
          ? 'Type the salary to compare above, like $250k.'
          : 'Fix the salary above to see the comparison.',
      };
    const wages = s.pay.wages;
    return {
      ok: true,
      pay: s.pay,
      sourceLabel: `a salary of ${formatUsd(wages)} in every city`,
      where: () => 'salary',
    };
  }
  if (set.source === 'estimate') {
    return {
      ok: true,
      pay: { kind: 'estimate', profile: profile.value, assumptions: assumptions.value },
      sourceLabel: 'the market estimate for your profile in each city (typical total pay)',
      where: (loc) => `in ${optionLabel(locations, loc)}`,
    };
  }
  const view = offerViews.value.get(set.source);
  const y1 = view?.ok ? view.years[0] : undefined;
  const rec = view?.record;
  if (!rec || !y1)
    return { ok: false, message: 'The chosen offer is missing or has fields to fix. Pick another source.' };
  // The employer's 401(k) match is not wages; everything else in year 1 is.
  return {
    ok: true,
    pay: { kind: 'wages', wages: y1.total - y1.retirement },
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
    const err = k401WagesError(k.value, cityGross(src.pay, loc).gross, src.where(loc));
    if (err) return err;
  }
  return undefined;
});

export type CityResult = { ok: true; rows: CityRow[]; sourceLabel: string } | { ok: false; message: string };

/** The comparison for the chosen cities, computed once (re-sorting reuses it). */
export const cityComparison = computed<CityResult>(() => {
  const set = cities.value;
  if (k401Error.value) return { ok: false, message: 'Fix the 401(k) amount above to see the comparison.' };
  const src = paySource.value;
  if (!src.ok) return src;
  const rows = compareCities(src.pay, {
    places: set.locations,
    reference: set.reference,
    filingStatus: set.filingStatus,
    year: cities.value.taxYear,
    pretax401k: pretax401kAmount.value,
  });
  return { ok: true, rows, sourceLabel: src.sourceLabel };
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
