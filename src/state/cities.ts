import { computed } from '@preact/signals';
import { formatUsd, k401WagesError, parse401k } from '../model';
import {
  type CityComparison,
  type CityGap,
  type CityOptions,
  type CityPay,
  type CityRow,
  cityGross,
  compareCities,
  placeLabel,
  projectedFigures,
  salaryPay,
  samePlace,
} from '../model/cityComparison';
import { type CitySet, MAX_CITIES, MIN_CITIES, type PlaceOptions } from '../model/domain';
import { yearWages } from '../model/offer';
import { isPlaceId } from '../model/places';
import {
  type CityTaxChoice,
  type CityTieChoice,
  cityTieOptions,
  placeTaxChoices,
  withCityTie,
} from '../model/placeTax';
import { cities, profile } from './app';
import { assumptions } from './estimate';
import { offerViews } from './offers';

export type { CityGap, CityRow } from '../model/cityComparison';
export { placeLabel } from '../model/cityComparison';
export type { CityTaxChoice, CityTieChoice, PlaceTaxChoices } from '../model/placeTax';

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

/**
 * The household every after-tax figure uses, set on Cities: filing status, tax year, pre-tax 401(k), and
 * where in each place the user lives (the state of a metro spanning states, the city taxes).
 */
export const household = computed(() => ({
  filingStatus: cities.value.filingStatus,
  year: cities.value.taxYear,
  pretax401k: pretax401kAmount.value,
  places: cities.value.placeOptions,
}));

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
      where: (loc) => `in ${placeLabel(loc)}`,
    };
  }
  const view = offerViews.value.get(set.source);
  const y1 = view?.ok ? view.years[0] : undefined;
  const rec = view?.record;
  if (!rec || !y1)
    return { ok: false, message: 'The chosen offer is missing or has fields to fix. Pick another source.' };
  // The employer's 401(k) match and HSA contribution are not wages; everything else in year 1 is.
  return {
    ok: true,
    pay: { kind: 'wages', wages: yearWages(y1).wages },
    sourceLabel: `${rec.company}, year 1 wages (base, bonus, sign-on, vested equity, ESPP)`,
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
    if (!isPlaceId(loc)) continue;
    const g = cityGross(src.pay, loc);
    const err = g && k401WagesError(k.value, g.gross, src.where(loc));
    if (err) return err;
  }
  return undefined;
});

export type CityResult =
  | { ok: true; rows: CityRow[]; gaps: CityGap[]; reference: string; sourceLabel: string }
  | { ok: false; message: string };

/** What the comparison is made of (cheap): the pay and the places, or what keeps it from being made. */
export const comparisonRequest = computed<
  { ok: true; pay: CityPay; options: CityOptions; sourceLabel: string } | { ok: false; message: string }
>(() => {
  const set = cities.value;
  if (k401Error.value) return { ok: false, message: 'Fix the 401(k) amount above to see the comparison.' };
  const src = paySource.value;
  if (!src.ok) return src;
  const options: CityOptions = {
    places: set.locations,
    reference: set.reference,
    filingStatus: set.filingStatus,
    year: set.taxYear,
    pretax401k: pretax401kAmount.value,
    placeOptions: set.placeOptions,
  };
  return { ok: true, pay: src.pay, options, sourceLabel: src.sourceLabel };
});

/** A comparison made (here or off the main thread, ./citiesOffThread.ts) as the screen shows it. */
export function comparisonResult(r: CityComparison, sourceLabel: string): CityResult {
  if (r.rows.length === 0)
    return {
      ok: false,
      message:
        'None of the chosen places can be compared with this pay. Choose a typed salary or an offer above.',
    };
  return { ok: true, ...r, sourceLabel };
}

/** The comparison for the chosen cities, computed once (re-sorting reuses it). */
export const cityComparison = computed<CityResult>(() => {
  const q = comparisonRequest.value;
  return q.ok ? comparisonResult(compareCities(q.pay, q.options), q.sourceLabel) : q;
});

/** Each chosen place with its label and tax choices (null where the id names no known place). */
export const chosenPlaces = computed(() => {
  const set = cities.value;
  return set.locations.map((id) => ({
    id,
    label: placeLabel(id),
    choices: isPlaceId(id) ? placeTaxChoices(id, set.placeOptions[id]) : null,
  }));
});

/** The tax year's figures that are projections, for the states the chosen places are taxed in. */
export const projections = computed(() => {
  const states = chosenPlaces.value.flatMap((p) => (p.choices?.state ? [p.choices.state] : []));
  return projectedFigures(states, cities.value.taxYear);
});

/** The same for any places (the offers compared), each taxed in its state as chosen on Cities. */
export function projectionsFor(ids: readonly string[]) {
  const set = cities.value;
  const states = ids.flatMap((id) => {
    const state = isPlaceId(id) ? placeTaxChoices(id, set.placeOptions[id]).state : null;
    return state ? [state] : [];
  });
  return projectedFigures(states, set.taxYear);
}

export type AddResult = 'added' | 'duplicate' | 'full' | 'unknown';

/** Adds a place (at most 6, each place once: a seed id and the place it names are the same place). */
export function addPlace(id: string): AddResult {
  const set = cities.value;
  if (!isPlaceId(id)) return 'unknown';
  if (set.locations.some((x) => samePlace(x, id))) return 'duplicate';
  if (set.locations.length >= MAX_CITIES) return 'full';
  cities.value = { ...set, locations: [...set.locations, id] };
  return 'added';
}

/**
 * Removes a place (never below 2); the reference moves to the first place left when it goes. Its choices
 * (state lived in, city taxes) are kept: an offer there is still taxed by them, and adding the place back
 * shows them.
 */
export function removePlace(id: string): void {
  const set = cities.value;
  if (!set.locations.includes(id) || set.locations.length <= MIN_CITIES) return;
  const locations = set.locations.filter((x) => x !== id);
  cities.value = {
    ...set,
    locations,
    reference: locations.includes(set.reference) ? set.reference : (locations[0] as string),
  };
}

/** The state lived in, for a metro spanning states; that state's city taxes go back to their defaults. */
export function setPlaceState(id: string, usps: string): void {
  const set = cities.value;
  const next: PlaceOptions = { state: usps };
  cities.value = { ...set, placeOptions: { ...set.placeOptions, [id]: next } };
}

/** The user's tie to a city that taxes wages in a place (lives there, only works there, or neither). */
export function setCityTax(id: string, taxId: string, tie: CityTieChoice): void {
  const set = cities.value;
  const choices = isPlaceId(id) ? placeTaxChoices(id, set.placeOptions[id]) : null;
  if (!choices?.city.some((c) => c.id === taxId)) return;
  const next: PlaceOptions = { ...set.placeOptions[id], cityTaxes: withCityTie(choices.city, taxId, tie) };
  cities.value = { ...set, placeOptions: { ...set.placeOptions, [id]: next } };
}

/** The ties a city tax offers, each with its words for the screen. */
export function cityTieChoices(c: CityTaxChoice): { id: CityTieChoice; label: string }[] {
  const words: Record<CityTieChoice, string> =
    c.who === 'residents'
      ? { 'live-work': 'I live there', work: '', none: 'I don’t live there' }
      : c.who === 'workers'
        ? {
            'live-work': c.nonresidentTerms ? 'I live and work there' : 'I work there',
            work: 'I work there, living elsewhere',
            none: 'I don’t work there',
          }
        : { 'live-work': 'I live there', work: 'I work there, living elsewhere', none: 'Neither' };
  return cityTieOptions(c).map((id) => ({ id, label: words[id] }));
}

export function setCities(patch: Partial<CitySet>): void {
  cities.value = { ...cities.value, ...patch };
}
