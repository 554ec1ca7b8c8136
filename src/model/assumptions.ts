import { type Assumption, assumptionData, figureValue } from '../data';
import { derivedLevelStep } from './bands';

/** Every assumption's value by id, defaults filled. */
export type AssumptionValues = Readonly<Record<string, number>>;

/** The all-company additional cash as a share of base (seed: Total Compensation). */
export const marketAdditionalShare = figureValue('tc-average-additional') / figureValue('tc-average-base');

const derived: Record<string, number> = {
  'level-step': derivedLevelStep,
  'share-startup': marketAdditionalShare,
  'share-enterprise': marketAdditionalShare,
};

/** The default value of an assumption: the one in data/assumptions.json, or derived from the data. */
export function defaultValue(a: Assumption): number {
  if (a.value !== null) return a.value;
  const d = derived[a.id];
  if (d === undefined) throw new Error(`No derivation for assumption ${a.id}`);
  return d;
}

/** Whether `x` is an acceptable value for assumption `a`. */
export function isValidAssumptionValue(a: Assumption, x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= a.min && x <= a.max;
}

/** All assumptions with the user's valid overrides applied; invalid or unknown overrides are ignored. */
export function resolveAssumptions(overrides: Readonly<Record<string, unknown>> = {}): AssumptionValues {
  const out: Record<string, number> = {};
  for (const a of assumptionData.assumptions) {
    const o = overrides[a.id];
    out[a.id] = a.editable && isValidAssumptionValue(a, o) ? o : defaultValue(a);
  }
  return out;
}

export const defaultAssumptions: AssumptionValues = resolveAssumptions();

/** The assumptions a user may change in Settings, each with its default. */
export const editableAssumptions: readonly (Assumption & { default: number })[] = assumptionData.assumptions
  .filter((a) => a.editable)
  .map((a) => ({ ...a, default: defaultValue(a) }));

/** Every assumption with its default (for the About page). */
export const allAssumptions: readonly (Assumption & { default: number })[] = assumptionData.assumptions.map(
  (a) => ({
    ...a,
    default: defaultValue(a),
  }),
);

/** Typical years per level (only distinguished is from the seed). */
export const levelYears = assumptionData.levelYears;
