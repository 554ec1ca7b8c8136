// The estimate takes any place, but the place data (data/places.json) is not part of the first screen:
// src/model/places.ts makes the places known here when it loads (the app loads it with import() before
// a place beyond the seed's ten is used). Until then only the seed's ten ids are known.
import type { PlaceInfo } from './placePay';

let lookup: ((id: string) => PlaceInfo | undefined) | null = null;

/** Called once by src/model/places.ts as it loads. */
export function providePlaces(f: (id: string) => PlaceInfo | undefined): void {
  lookup = f;
}

/** A place's data, once the places are loaded; undefined for an unknown id or before they load. */
export const placeInfo = (id: string): PlaceInfo | undefined => lookup?.(id);
