import { figure, figureValue } from '../data';
import { type AssumptionId, assumptionId, type PlaceId, type SpecializationId, type TierId } from './ids';
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
// The lists below are where each id is defined, so they brand their own literals.
const placeId = (id: string) => id as PlaceId;

export const locations: readonly (Option<PlaceId> & { figureId: string })[] = [
  { id: placeId('us'), label: 'United States (national average)', figureId: 'tc-average-base' },
  { id: placeId('san-francisco'), label: figure('loc-san-francisco').label, figureId: 'loc-san-francisco' },
  { id: placeId('new-york-city'), label: figure('loc-new-york-city').label, figureId: 'loc-new-york-city' },
  { id: placeId('seattle'), label: figure('loc-seattle').label, figureId: 'loc-seattle' },
  { id: placeId('california'), label: figure('loc-california').label, figureId: 'loc-california' },
  {
    id: placeId('new-york-state'),
    label: figure('loc-new-york-state').label,
    figureId: 'loc-new-york-state',
  },
  {
    id: placeId('washington-state'),
    label: figure('loc-washington-state').label,
    figureId: 'loc-washington-state',
  },
  { id: placeId('texas'), label: figure('loc-texas').label, figureId: 'loc-texas' },
  { id: placeId('massachusetts'), label: figure('loc-massachusetts').label, figureId: 'loc-massachusetts' },
  { id: placeId('chicago'), label: figure('loc-chicago').label, figureId: 'loc-chicago' },
];

/** Company tiers. `market` is the seed's all-company figures; `top-tech` its Meta figures; the rest assumptions. */
export const tiers: readonly (Option<TierId> & {
  assumption?: AssumptionId;
  shareAssumption?: AssumptionId;
  /** What the tier's additional pay holds: cash (bonus) for the market, bonus and stock for Meta. */
  additionalKind: 'cash' | 'cash-and-stock';
})[] = [
  { id: 'market' as TierId, label: 'All companies (market)', additionalKind: 'cash' },
  { id: 'top-tech' as TierId, label: 'Top tech (e.g., Meta)', additionalKind: 'cash-and-stock' },
  {
    id: 'startup' as TierId,
    label: 'Startup',
    assumption: assumptionId('tier-startup'),
    shareAssumption: assumptionId('share-startup'),
    additionalKind: 'cash',
  },
  {
    id: 'enterprise' as TierId,
    label: 'Enterprise / non-tech',
    assumption: assumptionId('tier-enterprise'),
    shareAssumption: assumptionId('share-enterprise'),
    additionalKind: 'cash',
  },
];

/** Specializations. `generative-ai` uses the seed's premium; the others are assumptions. */
export const specializations: readonly (Option<SpecializationId> & { assumption?: AssumptionId })[] = [
  { id: 'general' as SpecializationId, label: 'General ML' },
  { id: 'generative-ai' as SpecializationId, label: 'Generative AI' },
  {
    id: 'nlp' as SpecializationId,
    label: 'Natural language processing',
    assumption: assumptionId('spec-nlp'),
  },
  {
    id: 'computer-vision' as SpecializationId,
    label: 'Computer vision',
    assumption: assumptionId('spec-computer-vision'),
  },
  { id: 'mlops' as SpecializationId, label: 'MLOps', assumption: assumptionId('spec-mlops') },
];

/** Average base salary for a location id (the seed's figure). */
export function locationAverage(id: PlaceId): number {
  const loc = locations.find((l) => l.id === id);
  if (!loc) throw new RangeError(`Unknown location: ${id}`);
  return figureValue(loc.figureId);
}

export function isLevelId(x: unknown): x is LevelId {
  return typeof x === 'string' && (levelIds as readonly string[]).includes(x);
}
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
