// The places the user picked recently (the place picker lists them first), and the id kept for a pick.
import { signal } from '@preact/signals';
import { placeAliases } from '../model/placeAliases';

/** Place ids picked recently, newest first (at most 6). */
export const recentPlaces = signal<readonly string[]>([]);

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
