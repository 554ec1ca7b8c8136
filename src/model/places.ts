// Every place the app knows: the nation, each state and DC, and each metropolitan area BEA prices
// (data/places.json), the seed's ten location ids as aliases, and where each place's pay comes from.
import placesJson from '../../data/places.json' with { type: 'json' };
import type { PlaceId } from './ids';

export interface Place {
  /** 'us'; 'state-' + USPS code in lower case; 'metro-' + BEA's metro name as a slug. */
  id: string;
  label: string;
  kind: 'nation' | 'state' | 'metro';
  /** USPS code: the state itself, or a metro's first-named (principal) state. */
  state?: string;
  /** Every state a metro spans, first-named first. */
  states?: string[];
  /** BEA Regional Price Parity 2023, all items, US = 100. */
  rpp: number;
  /** How precisely BEA published the RPP ('exact', 'one decimal', 'rounded to whole number'). */
  precision: string;
  /** Set where BEA's table marks the area with a footnote (*). */
  marked?: string;
}

/** Every place, nation first, then the states and DC, then the metros (BEA's order). */
export const places: readonly Place[] = placesJson.places as Place[];
const byId = new Map(places.map((p) => [p.id, p]));

/**
 * The seed's ten location ids, kept valid wherever a place is taken (saved data, links, imports): each
 * names a place and the seed figure that gives its average pay.
 */
export const placeAliases: Readonly<Record<string, { place: string; figureId: string }>> = {
  us: { place: 'us', figureId: 'tc-average-base' },
  'san-francisco': { place: 'metro-san-francisco-oakland-berkeley-ca', figureId: 'loc-san-francisco' },
  'new-york-city': { place: 'metro-new-york-newark-jersey-city-ny-nj-pa', figureId: 'loc-new-york-city' },
  seattle: { place: 'metro-seattle-tacoma-bellevue-wa', figureId: 'loc-seattle' },
  california: { place: 'state-ca', figureId: 'loc-california' },
  'new-york-state': { place: 'state-ny', figureId: 'loc-new-york-state' },
  'washington-state': { place: 'state-wa', figureId: 'loc-washington-state' },
  texas: { place: 'state-tx', figureId: 'loc-texas' },
  massachusetts: { place: 'state-ma', figureId: 'loc-massachusetts' },
  chicago: { place: 'metro-chicago-naperville-elgin-il-in-wi', figureId: 'loc-chicago' },
};

/**
 * Places the seed names by a figure of their own: its metros and states, and the metros it names
 * inside a figure ("Texas (Austin, Dallas)").
 */
const seedNamed: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(placeAliases).map((a) => [a.place, a.figureId])),
  'metro-austin-round-rock-georgetown-tx': 'loc-texas',
  'metro-dallas-fort-worth-arlington-tx': 'loc-texas',
};

/** States whose seed figure (an all-state average) is lent to the state's other places. */
const seedStates: Readonly<Record<string, string>> = {
  CA: 'loc-california',
  NY: 'loc-new-york-state',
  WA: 'loc-washington-state',
  TX: 'loc-texas',
  MA: 'loc-massachusetts',
};

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

/**
 * Where a place's average pay comes from: the seed's own figure for it, a figure its state lends it
 * (a seed state's other places), or none (the location factor is then fitted to the price parity).
 */
export function placePaySource(
  id: string,
  state?: string,
):
  | { kind: 'seed'; figureId: string }
  | { kind: 'lent'; figureId: string; state: string }
  | { kind: 'fitted' } {
  const alias = Object.hasOwn(placeAliases, id) ? placeAliases[id] : undefined;
  if (alias) return { kind: 'seed', figureId: alias.figureId };
  const p = place(id);
  const named = seedNamed[p.id];
  if (named) return { kind: 'seed', figureId: named };
  const st = state ?? p.state;
  const lent = st ? seedStates[st] : undefined;
  return lent && st ? { kind: 'lent', figureId: lent, state: st } : { kind: 'fitted' };
}

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
