import { seedLabel } from '../data/labels';
import type { AssumptionId, PlaceId, SpecializationId, TierId } from './ids';
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

/** A seed location: its id, the seed's name for it and the figure giving its average pay. */
const seedPlace = (id: string, figureId: string) => ({
  id: placeId(id),
  label: seedLabel(figureId),
  figureId,
});

export const locations: readonly (Option<PlaceId> & { figureId: string })[] = [
  { id: placeId('us'), label: 'United States (national average)', figureId: 'tc-average-base' },
  seedPlace('san-francisco', 'loc-san-francisco'),
  seedPlace('new-york-city', 'loc-new-york-city'),
  seedPlace('seattle', 'loc-seattle'),
  seedPlace('california', 'loc-california'),
  seedPlace('new-york-state', 'loc-new-york-state'),
  seedPlace('washington-state', 'loc-washington-state'),
  seedPlace('texas', 'loc-texas'),
  seedPlace('massachusetts', 'loc-massachusetts'),
  seedPlace('chicago', 'loc-chicago'),
];

/**
 * An assumption named by an option, unchecked here: data/assumptions.json is not part of the first
 * screen's code, so tests/unit/options.test.ts checks every one against it.
 */
const assumptionRef = (id: string) => id as AssumptionId;

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
    assumption: assumptionRef('tier-startup'),
    shareAssumption: assumptionRef('share-startup'),
    additionalKind: 'cash',
  },
  {
    id: 'enterprise' as TierId,
    label: 'Enterprise / non-tech',
    assumption: assumptionRef('tier-enterprise'),
    shareAssumption: assumptionRef('share-enterprise'),
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
    assumption: assumptionRef('spec-nlp'),
  },
  {
    id: 'computer-vision' as SpecializationId,
    label: 'Computer vision',
    assumption: assumptionRef('spec-computer-vision'),
  },
  { id: 'mlops' as SpecializationId, label: 'MLOps', assumption: assumptionRef('spec-mlops') },
];

export function isLevelId(x: unknown): x is LevelId {
  return typeof x === 'string' && (levelIds as readonly string[]).includes(x);
}
