// A place's tax choices: the state lived in (a metro spanning states) and the user's tie to each city
// that taxes wages (lives there, works there and lives elsewhere, or neither), as takeHome() reads them.
import type { PlaceOptions } from './domain';
import { isPlaceId, place } from './places';
import { type CityTie, cityTies, type LocalTaxRef, localTaxesFor } from './states/locals';
import { taxState } from './tax';

export type { CityTaxWho, CityTie } from './states/locals';
/** The user's tie to a city, or none. */
export type CityTieChoice = CityTie | 'none';

/** A state's name from its USPS code. */
export const stateName = (usps: string): string => {
  const id = `state-${usps.toLowerCase()}`;
  return isPlaceId(id) ? place(id).label : usps;
};

/** What takeHome() needs from the user's choices for a place: the state lived in and the city taxes on. */
export function placeTaxInput(o: PlaceOptions | undefined): {
  state?: string;
  cityTaxes?: readonly string[];
} {
  return {
    ...(o?.state ? { state: o.state } : {}),
    ...(o?.cityTaxes ? { cityTaxes: o.cityTaxes } : {}),
  };
}

/** A metro spanning states: the name of the state taxed (where the user lives); undefined elsewhere. */
export function livesIn(location: string, taxedState: string | null | undefined): string | undefined {
  const p = place(location);
  return p.kind === 'metro' && (p.states?.length ?? 0) > 1 && taxedState ? stateName(taxedState) : undefined;
}

/** The user's choices for each place (Cities), by place id. */
export type PlaceChoices = Readonly<Record<string, PlaceOptions>>;

/** A place as takeHome() takes it, with the state lived in and the city taxes the user chose for it. */
export function placeIn(location: string, places?: PlaceChoices) {
  return {
    location,
    ...placeTaxInput(places && Object.hasOwn(places, location) ? places[location] : undefined),
  };
}

/** A city tax as the screen offers it, with the user's tie to the city. */
export type CityTaxChoice = LocalTaxRef & { tie: CityTieChoice };

/** A place's tax choices as the screen offers them. */
export interface PlaceTaxChoices {
  /** The states a metro spans, first-named first (more than one only where there is a choice). */
  states: { usps: string; label: string }[];
  /** The state taxed (USPS code), or null for the national average. */
  state: string | null;
  /** Local taxes every resident pays there (a Maryland or Indiana county), with the assumption made. */
  always: LocalTaxRef[];
  /** City taxes the user may say apply, each with the user's tie to the city. */
  city: CityTaxChoice[];
}

/** The state lived in and the local taxes of a place, given the user's choices (defaults where none). */
export function placeTaxChoices(id: string, o: PlaceOptions | undefined): PlaceTaxChoices {
  const p = place(id);
  const codes = p.kind === 'metro' ? (p.states ?? (p.state ? [p.state] : [])) : [];
  const state = taxState(id, o?.state);
  const { always, city } = state ? localTaxesFor(id, state) : { always: [], city: [] };
  const ties = cityTies(city, o?.cityTaxes);
  return {
    states: codes.map((usps) => ({ usps, label: stateName(usps) })),
    state,
    always,
    // As takeHome() reads them: a tie the tax cannot take (a hand-edited entry) is read as it would be.
    city: city.map((c) => ({ ...c, tie: ties.get(c.id) ?? 'none' })),
  };
}

/** Whether a tie means living in the city, and whether it means working there, for this tax. */
const lives = (c: LocalTaxRef, tie: CityTieChoice) => tie === 'live-work' && c.who !== 'workers';
const works = (c: LocalTaxRef, tie: CityTieChoice) =>
  tie !== 'none' && (c.who === 'workers' || tie === 'work');

/**
 * The ties a tax can take: a residents' tax asks only whether one lives there; a tax on those who work
 * there, whether one works there (and lives there too, where non-residents pay less); a tax on both,
 * whether one lives there or only works there.
 */
export function cityTieOptions(c: LocalTaxRef): CityTieChoice[] {
  if (c.who === 'residents') return ['live-work', 'none'];
  if (c.who === 'workers' && !c.nonresidentTerms) return ['live-work', 'none'];
  return ['live-work', 'work', 'none'];
}

/**
 * The place's `cityTaxes` after the user sets one city's tie: a tie the tax cannot take counts as none,
 * and within an exclusive group (New York City and Yonkers; Denver and Aurora) one lives in one city at
 * most and works in one at most, so a tie that takes the place of another's is dropped there.
 */
export function withCityTie(city: readonly CityTaxChoice[], taxId: string, tie: CityTieChoice): string[] {
  const target = city.find((c) => c.id === taxId);
  if (!target) return city.flatMap((c) => (c.tie === 'none' ? [] : [entry(c.id, c.tie)]));
  const next = cityTieOptions(target).includes(tie) ? tie : 'none';
  return city.flatMap((c) => {
    let t = c.id === taxId ? next : c.tie;
    const rival = c.id !== taxId && target.exclusive !== undefined && c.exclusive === target.exclusive;
    if (rival && ((lives(target, next) && lives(c, t)) || (works(target, next) && works(c, t)))) t = 'none';
    return t === 'none' ? [] : [entry(c.id, t)];
  });
}

const entry = (id: string, tie: CityTie) => (tie === 'work' ? `${id}:work` : id);
