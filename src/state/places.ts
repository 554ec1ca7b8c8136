// The place list, loaded with import() on first use (it is ~11 kB gzip: the first screen, with a seed
// place, does not wait for it), and the places the user picked recently.
import { signal } from '@preact/signals';
import { locations } from '../model/options';
import { placeAliases } from '../model/placePay';
import type { Place } from '../model/places';

export type { Place } from '../model/places';

interface PlaceApi {
  places: readonly Place[];
  search: (query: string, recent: readonly string[]) => Place[];
  label: (id: string) => string | undefined;
}

/** The loaded place list and search, once `loadPlaces()` has resolved. */
export const placeApi = signal<PlaceApi | null>(null);
/** Place ids picked recently, newest first (at most 6). */
export const recentPlaces = signal<readonly string[]>([]);

let loading: Promise<PlaceApi> | null = null;

/** Loads the places (once) and returns them. */
export function loadPlaces(): Promise<PlaceApi> {
  loading ??= Promise.all([import('../model/places'), import('../model/placeSearch')]).then(([m, s]) => {
    const api: PlaceApi = {
      places: m.places,
      search: (query, recent) => s.searchPlaces(m.places, query, { recent }),
      label: (id) => (m.isPlaceId(id) ? m.place(id).label : undefined),
    };
    placeApi.value = api;
    return api;
  });
  return loading;
}

/**
 * Starts a session's recent places from those in the saved data (the estimate's place, then the offers',
 * then the compared cities'), after any picked already; the national average is no pick.
 */
export function rememberSavedPlaces(ids: readonly string[]): void {
  const canonical = ids.map((id) => placeAliases[id]?.place ?? id).filter((id) => id !== 'us');
  recentPlaces.value = [...new Set([...recentPlaces.value, ...canonical])].slice(0, 6);
}

/** Remembers a picked place as the most recent. */
export function notePlaceUsed(id: string): void {
  recentPlaces.value = [id, ...recentPlaces.value.filter((x) => x !== id)].slice(0, 6);
}

const aliasOf = new Map(Object.entries(placeAliases).map(([alias, a]) => [a.place, alias]));

/** The id to keep for a picked place: the seed's own id where it has one, so it needs no place data. */
export const canonicalPlace = (id: string): string => aliasOf.get(id) ?? id;

/** A seed location's own label ("Seattle, WA"), known without the place data; undefined otherwise. */
export const seedPlaceLabel = (id: string): string | undefined => locations.find((l) => l.id === id)?.label;

/**
 * A place's name for any screen: the seed's own name for its ten places, else the place data's (loaded
 * on demand: the screen shows the id's name once it arrives).
 */
export function placeName(id: string): string {
  const seed = seedPlaceLabel(id);
  if (seed) return seed;
  const api = placeApi.value;
  if (api) return api.label(id) ?? id;
  void loadPlaces();
  return 'this place';
}
