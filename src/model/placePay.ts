// Where a place's average pay comes from, without the place data itself (the estimate reads this;
// data/places.json loads with import() when a place beyond the seed's is used).
import { placeAliases } from './placeAliases';

/** What the estimate needs to know of a place. */
export interface PlaceInfo {
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
}

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

export type PaySource =
  | { kind: 'seed'; figureId: string }
  | { kind: 'lent'; figureId: string; state: string }
  | { kind: 'fitted' };

/**
 * Where a place's average pay comes from: the seed's own figure for it, a figure its state lends it
 * (a seed state's other places; for a metro spanning states, the state lived in), or none (the
 * location factor is then fitted to the price parity).
 */
export function payFrom(p: Pick<PlaceInfo, 'id' | 'state'>, state?: string): PaySource {
  const named = seedNamed[p.id];
  if (named) return { kind: 'seed', figureId: named };
  const st = state ?? p.state;
  const lent = st ? seedStates[st] : undefined;
  return lent && st ? { kind: 'lent', figureId: lent, state: st } : { kind: 'fitted' };
}
