// The place list, loaded with import() on first use (it is ~11 kB gzip: the first screen, with a seed
// place, does not wait for it). The places picked recently: ./recentPlaces.ts.
import { signal } from '@preact/signals';
import { locations } from '../model/options';
import type { Place } from '../model/places';

export type { Place } from '../model/places';

interface PlaceApi {
  places: readonly Place[];
  search: (query: string, recent: readonly string[]) => Place[];
  label: (id: string) => string | undefined;
}

/** The loaded place list and search, once `loadPlaces()` has resolved. */
export const placeApi = signal<PlaceApi | null>(null);

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
