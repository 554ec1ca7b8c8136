// Whether a value from outside (saved data, a link, an import) is one of the options, and an option's
// label by id. Apart from ./options.ts, whose lists the first screen's form needs and nothing more.
import type { PlaceId, SpecializationId, TierId } from './ids';
import { locations, specializations, tiers } from './options';

/** Whether `x` is one of the seed's ten location ids. */
export const isSeedLocationId = (x: unknown): x is PlaceId => locations.some((l) => l.id === x);

/**
 * Whether `x` is a place id in form: one of the seed's ten, 'us', 'state-' + two letters, or 'metro-' +
 * a slug. Whether the place exists is checked against the place data (loaded on demand) where it is used.
 */
export const isLocationId = (x: unknown): x is PlaceId =>
  isSeedLocationId(x) ||
  (typeof x === 'string' && x.length <= 80 && /^(state-[a-z]{2}|metro-[a-z0-9]+(-[a-z0-9]+)*)$/.test(x));
export const isTierId = (x: unknown): x is TierId => tiers.some((t) => t.id === x);
export const isSpecializationId = (x: unknown): x is SpecializationId =>
  specializations.some((s) => s.id === x);

/** An option's label by id (the id itself when unknown). */
export const optionLabel = (list: readonly { id: string; label: string }[], id: string): string =>
  list.find((o) => o.id === id)?.label ?? id;
