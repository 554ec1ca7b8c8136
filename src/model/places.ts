// Every place the app knows: the nation, each state and DC, and each metropolitan area BEA prices
// (data/places.json), the seed's ten location ids as aliases, and where each place's pay comes from.
import placesJson from '../../data/places.json' with { type: 'json' };
import type { PlaceId } from './ids';
import { placeAliases } from './placeAliases';
import { type PlaceInfo, payFrom } from './placePay';
import { providePlaces } from './placeRegistry';

export { placeAliases } from './placeAliases';

/** A place as data/places.json gives it: what the estimate reads, and how precisely BEA published its RPP. */
export interface Place extends PlaceInfo {
  /** How precisely BEA published the RPP ('exact', 'one decimal', 'rounded to whole number'). */
  precision: string;
  /** Set where BEA's table marks the area with a footnote (*). */
  marked?: string;
}

/** Every place, nation first, then the states and DC, then the metros (BEA's order). */
export const places: readonly Place[] = placesJson.places as Place[];
const byId = new Map(places.map((p) => [p.id, p]));

/** Whether `x` is a place id (an alias counts: it names a place). */
export const isPlaceId = (x: unknown): x is PlaceId =>
  typeof x === 'string' && (byId.has(x) || Object.hasOwn(placeAliases, x));

/** The place an id (or an alias) names; throws RangeError on an unknown id. */
export function place(id: string): Place {
  const p = byId.get(Object.hasOwn(placeAliases, id) ? (placeAliases[id] as { place: string }).place : id);
  if (!p) throw new RangeError(`Unknown place: ${id}`);
  return p;
}

/** BEA Regional Price Parity 2023 for any place id, US = 100. */
export const placeParity = (id: string): number => place(id).rpp;

/** Where a place's average pay comes from (see payFrom), by id. */
export const placePaySource = (id: string, state?: string) =>
  Object.hasOwn(placeAliases, id)
    ? { kind: 'seed' as const, figureId: (placeAliases[id] as { figureId: string }).figureId }
    : payFrom(place(id), state);

/** The seed places a fitted location factor is fitted to: each alias but the nation, with its parity. */
export const seedPlaces: readonly { alias: string; figureId: string; rpp: number }[] = Object.entries(
  placeAliases,
)
  .filter(([alias]) => alias !== 'us')
  .map(([alias, a]) => ({ alias, figureId: a.figureId, rpp: place(a.place).rpp }));

/**
 * β of the fitted location factor (RPP/100)^β: least squares through the origin on the logs of the
 * nine seed locations' factors (their average ÷ the national average) against their parities.
 */
export function fitLocationBeta(factorOf: (figureId: string) => number): number {
  let xy = 0;
  let xx = 0;
  for (const s of seedPlaces) {
    const x = Math.log(s.rpp / 100);
    xy += x * Math.log(factorOf(s.figureId));
    xx += x * x;
  }
  return xy / xx;
}

// Every module that reads this one makes the places known to the estimate (src/model/placeRegistry.ts).
providePlaces((id) => (isPlaceId(id) ? place(id) : undefined));
