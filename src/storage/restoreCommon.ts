// Shared pieces of the restore functions: the result shape and the checks every stored shape uses.
import * as v from 'valibot';

export interface Restored<T> {
  value: T;
  /** What was wrong and dropped or repaired, in words for the user. Empty when the record was sound. */
  problems: string[];
}

export const MAX_TEXT = 40;
export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
/** A property the object has itself (never one inherited, e.g. from a polluted prototype). */
export const own = (o: Record<string, unknown>, k: string): unknown =>
  Object.hasOwn(o, k) ? o[k] : undefined;
export const shortText = v.pipe(v.string(), v.maxLength(MAX_TEXT));
export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w-]+$/));
export const nameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80));
export const time = v.pipe(v.number(), v.finite(), v.minValue(0));
