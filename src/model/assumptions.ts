import {
  type AssumptionCore as Assumption,
  assumptionData,
  figure,
  figureRange,
  figureValue,
  rule,
} from '../data';
import { derivedLevelStep } from './bands';
import { type AssumptionId, assumptionId } from './ids';
import type { LevelId } from './types';

/** Every assumption's value by id, defaults filled. */
export type AssumptionValues = Readonly<Record<string, number>>;

/** The value of an assumption (resolved values hold every id; a missing one is a bug, so it throws). */
export function num(a: AssumptionValues, id: AssumptionId): number {
  const x = a[id];
  if (x === undefined) throw new RangeError(`No value for assumption ${id}`);
  return x;
}

/** The all-company additional cash as a share of base (seed: Total Compensation). */
export const marketAdditionalShare = figureValue('tc-average-additional') / figureValue('tc-average-base');

/** The Meta example's additional pay (bonus and stock) as a share of its base. */
export const metaAdditionalShare = figureValue('tc-meta-additional') / figureValue('tc-meta-base');

const derived: Record<string, number> = {
  'level-step': derivedLevelStep,
  'share-startup': marketAdditionalShare,
  'share-enterprise': marketAdditionalShare,
  'share-top-tech-entry':
    (figureRange('tc-meta-total').low - figureValue('level-entry-top-tech')) /
    figureValue('level-entry-top-tech'),
  'share-top-tech-senior': metaAdditionalShare,
};

/** The default value of an assumption: the one in data/assumptions.json, or derived from the data. */
export function defaultValue(a: Assumption): number {
  if (a.value !== null) return a.value;
  const d = derived[a.id];
  if (d === undefined) throw new Error(`No derivation for assumption ${a.id}`);
  return d;
}

/** Whether `x` is an acceptable value for assumption `a` (a choice takes only its listed values). */
export function isValidAssumptionValue(a: Assumption, x: unknown): x is number {
  if (!(typeof x === 'number' && Number.isFinite(x) && x >= a.min && x <= a.max)) return false;
  return !a.choices || a.choices.some((c) => c.value === x);
}

/** Levels whose typical years are assumptions (distinguished's come from the seed). */
const assumedSpans = ['entry', 'mid', 'senior', 'principal'] as const;

/** Typical years of experience for a level, and whether the seed gives them. */
export function levelSpan(
  level: LevelId,
  a: AssumptionValues,
): { from: number; to: number; fromSeed: boolean } {
  if (level === 'distinguished') {
    const r = figureRange('years-distinguished');
    return { from: r.low, to: r.high, fromSeed: true };
  }
  return {
    from: num(a, assumptionId(`years-${level}-from`)),
    to: num(a, assumptionId(`years-${level}-to`)),
    fromSeed: false,
  };
}

const defaultOf = (id: string) =>
  defaultValue(assumptionData.assumptions.find((x) => x.id === id) as Assumption);

/**
 * Overrides that cannot hold together, by assumption id, with why: a level's years span whose start
 * is not below its end, named on both its fields. Such a pair is not applied (both fall back to their
 * defaults).
 */
export function assumptionConflicts(values: Readonly<Record<string, number>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const level of assumedSpans) {
    const fromId = `years-${level}-from`;
    const toId = `years-${level}-to`;
    const from = values[fromId];
    const to = values[toId];
    if (from !== undefined && to !== undefined && from >= to) {
      out[fromId] = out[toId] = `The ${level} level’s years must end after they start (${from} to ${to}).`;
    }
  }
  return out;
}

/** All assumptions with the user's valid overrides applied; invalid or unknown overrides are ignored. */
export function resolveAssumptions(overrides: Readonly<Record<string, unknown>> = {}): AssumptionValues {
  const out: Record<string, number> = {};
  for (const a of assumptionData.assumptions) {
    const o = overrides[a.id];
    out[a.id] = a.editable && isValidAssumptionValue(a, o) ? o : defaultValue(a);
  }
  for (const id of Object.keys(assumptionConflicts(out))) out[id] = defaultOf(id);
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

/** The modelling choices that are not numbers (for the About page). */
export const modelRules = assumptionData.rules;

/** An assumption's label; a rule's label. Both are named wherever a number rests on them. */
export const assumptionLabel = (id: string): string =>
  assumptionData.assumptions.find((a) => a.id === id)?.label ?? rule(id).label;

const TOP_TECH_READING = assumptionId('top-tech-reading');

/** Whether the Meta example is read as its hub's pay (true, the default) or as a national figure. */
export const topTechAtHub = (a: AssumptionValues): boolean => num(a, TOP_TECH_READING) === 1;

/** The seed figure the top-tech factor divides the Meta base by, under the chosen reading. */
export const topTechReference = (a: AssumptionValues) =>
  topTechAtHub(a) ? figure('loc-san-francisco') : figure('tc-average-base');
