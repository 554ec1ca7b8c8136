// Typed ids: a place, a company tier, a specialization or an assumption is a string that has been
// checked, and the type says so. Places will come from data (any US place), so PlaceId is a branded
// string with a validator rather than a list of literals. Plain strings enter at the model's boundary
// (estimate(), takeHome()) and are checked there.
import { assumptionData } from '../data';

declare const brand: unique symbol;
/** A `T` that has passed the check for `B`. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PlaceId = Brand<string, 'PlaceId'>;
export type TierId = Brand<string, 'TierId'>;
export type SpecializationId = Brand<string, 'SpecializationId'>;
export type AssumptionId = Brand<string, 'AssumptionId'>;

const assumptionIds = new Set(assumptionData.assumptions.map((a) => a.id));

/** Whether `x` is the id of an assumption in data/assumptions.json. */
export const isAssumptionId = (x: unknown): x is AssumptionId =>
  typeof x === 'string' && assumptionIds.has(x);

/** An assumption id named in code; throws on a typo, so it fails in the tests, not silently. */
export function assumptionId(id: string): AssumptionId {
  if (!isAssumptionId(id)) throw new Error(`Unknown assumption: ${id}`);
  return id;
}
