import { figure, figureValue } from '../data';
import type { LevelId, Option } from './types';

/** Levels in order, lowest first. Levels above senior have no band of their own in the seed. */
export const levels: readonly (Option<LevelId> & { extrapolated: boolean })[] = [
  { id: 'entry', label: 'Entry', extrapolated: false },
  { id: 'mid', label: 'Mid-level', extrapolated: false },
  { id: 'senior', label: 'Senior', extrapolated: false },
  { id: 'principal', label: 'Principal', extrapolated: true },
  { id: 'distinguished', label: 'Distinguished', extrapolated: true },
];

export const levelIds: readonly LevelId[] = levels.map((l) => l.id);

/** The seed figure that gives each location's average base salary; `us` is the national average. */
export const locations: readonly (Option & { figureId: string })[] = [
  { id: 'us', label: 'United States (national average)', figureId: 'tc-average-base' },
  { id: 'san-francisco', label: figure('loc-san-francisco').label, figureId: 'loc-san-francisco' },
  { id: 'new-york-city', label: figure('loc-new-york-city').label, figureId: 'loc-new-york-city' },
  { id: 'seattle', label: figure('loc-seattle').label, figureId: 'loc-seattle' },
  { id: 'california', label: figure('loc-california').label, figureId: 'loc-california' },
  { id: 'new-york-state', label: figure('loc-new-york-state').label, figureId: 'loc-new-york-state' },
  { id: 'washington-state', label: figure('loc-washington-state').label, figureId: 'loc-washington-state' },
  { id: 'texas', label: figure('loc-texas').label, figureId: 'loc-texas' },
  { id: 'massachusetts', label: figure('loc-massachusetts').label, figureId: 'loc-massachusetts' },
  { id: 'chicago', label: figure('loc-chicago').label, figureId: 'loc-chicago' },
];

/** Company tiers. `market` is the seed's all-company figures; `top-tech` its Meta figures; the rest assumptions. */
export const tiers: readonly (Option & {
  assumption?: string;
  shareAssumption?: string;
  /** What the tier's additional pay holds: cash (bonus) for the market, bonus and stock for Meta. */
  additionalKind: 'cash' | 'cash-and-stock';
})[] = [
  { id: 'market', label: 'All companies (market)', additionalKind: 'cash' },
  { id: 'top-tech', label: 'Top tech (e.g., Meta)', additionalKind: 'cash-and-stock' },
  {
    id: 'startup',
    label: 'Startup',
    assumption: 'tier-startup',
    shareAssumption: 'share-startup',
    additionalKind: 'cash',
  },
  {
    id: 'enterprise',
    label: 'Enterprise / non-tech',
    assumption: 'tier-enterprise',
    shareAssumption: 'share-enterprise',
    additionalKind: 'cash',
  },
];

/** Specializations. `generative-ai` uses the seed's premium; the others are assumptions. */
export const specializations: readonly (Option & { assumption?: string })[] = [
  { id: 'general', label: 'General ML' },
  { id: 'generative-ai', label: 'Generative AI' },
  { id: 'nlp', label: 'Natural language processing', assumption: 'spec-nlp' },
  { id: 'computer-vision', label: 'Computer vision', assumption: 'spec-computer-vision' },
  { id: 'mlops', label: 'MLOps', assumption: 'spec-mlops' },
];

/** Average base salary for a location id (the seed's figure). */
export function locationAverage(id: string): number {
  const loc = locations.find((l) => l.id === id);
  if (!loc) throw new RangeError(`Unknown location: ${id}`);
  return figureValue(loc.figureId);
}

export function isLevelId(x: unknown): x is LevelId {
  return typeof x === 'string' && (levelIds as readonly string[]).includes(x);
}
export const isLocationId = (x: unknown): x is string => locations.some((l) => l.id === x);
export const isTierId = (x: unknown): x is string => tiers.some((t) => t.id === x);
export const isSpecializationId = (x: unknown): x is string => specializations.some((s) => s.id === x);

/** An option's label by id (the id itself when unknown). */
export const optionLabel = (list: readonly { id: string; label: string }[], id: string): string =>
  list.find((o) => o.id === id)?.label ?? id;
