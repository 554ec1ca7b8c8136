import type { AssumptionValues } from './assumptions';
import { topTechAtHub } from './assumptions';
import { locations } from './options';
import type { LevelId, Profile } from './types';

/** Which model number a seed figure is held against. */
export type Measure =
  | 'base.low'
  | 'base.typical'
  | 'base.high'
  | 'base.range'
  | 'additional.typical'
  | 'total.typical'
  | 'premium.high';

/**
 * What a row is worth as evidence. `construction`: a figure the model is computed from, shown but
 * proving nothing; `checked`: an independent figure against the model for the one profile it
 * describes; `ceiling` ("up to") and `floor` ("over", "starting at"): held over every profile the
 * figure covers, and missed when any one of them passes the bound.
 */
export type AnchorKind = 'construction' | 'checked' | 'ceiling' | 'floor';

export interface Anchor {
  figureId: string;
  kind: AnchorKind;
  measure: Measure;
  /** The profile(s) the figure describes: one for construction and checked rows, all it covers for bounds. */
  profiles: (a: AssumptionValues) => Profile[];
  /** Which end of a range figure is the bound (a floor at "from $120,000", say). */
  end?: 'low' | 'high';
  /** Why these are the profiles the figure describes. */
  why: string;
}

/** How far a checked point may be from the seed figure and still hold. Bounds have no tolerance. */
export const TOLERANCE = 0.05;

const p = (level: LevelId, location = 'us', tier = 'market', specialization = 'general'): Profile => ({
  level,
  location,
  tier,
  specialization,
});
const one =
  (level: LevelId, location = 'us', tier = 'market') =>
  () => [p(level, location, tier)];
/** Where the Meta example is paid under the chosen reading: its hub, or the nation. */
const metaPlace = (a: AssumptionValues) => (topTechAtHub(a) ? 'san-francisco' : 'us');
const seedTiers = ['market', 'top-tech'];
const allPlaces = locations.map((l) => l.id);
/** Every profile of these levels and places at the tiers the seed has figures for, in general ML. */
const cover =
  (lv: readonly LevelId[], places: readonly string[] = allPlaces, ts: readonly string[] = seedTiers) =>
  () =>
    lv.flatMap((l) => places.flatMap((loc) => ts.map((t) => p(l, loc, t))));

const AVG =
  'The seed’s averages are over all levels; the model reads them as a mid-level engineer (an assumption).';
const BUILT =
  'The model is computed from this figure, so it agrees by construction: shown, not counted as evidence.';
/** Rows built from a ratio to the seed's national average base: why they still differ from the seed. */
const RATIO =
  'Only its ratio to the seed’s national average base is built in: the model’s US mid-level base is the mid range’s midpoint, under that average (the “Average base salary” row), and this row differs by the same share. Shown, not counted as evidence.';

/** Every seed salary figure, its kind as evidence, and the profiles it describes. */
export const anchors: readonly Anchor[] = [
  {
    figureId: 'level-entry',
    kind: 'construction',
    measure: 'base.range',
    profiles: one('entry'),
    why: `The entry band’s low and high. ${BUILT}`,
  },
  {
    figureId: 'level-entry-top-tech',
    kind: 'floor',
    measure: 'base.low',
    profiles: cover(['entry'], allPlaces, ['top-tech']),
    why: 'Entry-level pay at top tech companies starts at ~$169,050: the low end of every top-tech entry profile, in every place.',
  },
  {
    figureId: 'level-mid',
    kind: 'construction',
    measure: 'base.typical',
    profiles: one('mid'),
    why: `The mid typical is this range’s midpoint. ${BUILT}`,
  },
  {
    figureId: 'level-mid-wide',
    kind: 'construction',
    measure: 'base.range',
    profiles: one('mid'),
    why: `The mid band’s low and high. ${BUILT}`,
  },
  {
    figureId: 'level-senior',
    kind: 'construction',
    measure: 'base.typical',
    profiles: one('senior'),
    why: `The senior typical is this range’s midpoint. ${BUILT}`,
  },
  {
    figureId: 'level-senior-wide',
    kind: 'construction',
    measure: 'base.range',
    profiles: one('senior'),
    why: `The senior band’s low and high. ${BUILT}`,
  },
  {
    figureId: 'level-senior-top-end',
    kind: 'ceiling',
    measure: 'base.high',
    profiles: cover(['senior'], ['seattle']),
    why: 'The senior top end in Seattle: the high end of every senior profile there, at all companies and at top tech.',
  },
  ...locations
    .filter((l) => l.id !== 'us')
    .map(
      (l): Anchor => ({
        figureId: l.figureId,
        kind: 'construction',
        measure: 'base.typical',
        profiles: one('mid', l.id),
        why: `The location factor is this average ÷ the national average. ${AVG} ${RATIO}`,
      }),
    ),
  {
    figureId: 'loc-california-top',
    kind: 'floor',
    measure: 'base.high',
    profiles: cover(['senior'], ['california', 'san-francisco']),
    why: 'Top earners in California make $250,000 or more: the high end of every senior profile there (the highest level the seed has a band for), at all companies and at top tech.',
  },
  {
    figureId: 'tc-average-base',
    kind: 'checked',
    measure: 'base.typical',
    profiles: one('mid'),
    why: `${AVG} The mid typical comes from the level bands, not from this figure.`,
  },
  {
    figureId: 'tc-average-additional',
    kind: 'construction',
    measure: 'additional.typical',
    profiles: one('mid'),
    why: `The market share of additional cash is this figure ÷ the average base. ${RATIO}`,
  },
  {
    figureId: 'tc-average-total',
    kind: 'construction',
    measure: 'total.typical',
    profiles: one('mid'),
    why: 'The seed’s total is its average base plus additional cash, and the model’s is the same sum: it follows from the two rows above, differs from the seed as they do, and is not separate evidence.',
  },
  {
    figureId: 'tc-meta-base',
    kind: 'construction',
    measure: 'base.typical',
    profiles: (a) => [p('mid', metaPlace(a), 'top-tech')],
    why: `The top-tech factor is this base ÷ the average it is read against (Settings: where the Meta example’s pay is earned). ${RATIO}`,
  },
  {
    figureId: 'tc-meta-additional',
    kind: 'construction',
    measure: 'additional.typical',
    profiles: (a) => [p('mid', metaPlace(a), 'top-tech')],
    why: `The top-tech share at mid level is this ÷ the Meta base. ${RATIO}`,
  },
  {
    figureId: 'tc-meta-total',
    kind: 'checked',
    measure: 'total.typical',
    profiles: (a) => [p('mid', metaPlace(a), 'top-tech')],
    why: 'The Meta example read as a typical (mid-level) engineer where its pay is earned; the model’s total must lie inside the seed’s range.',
  },
  {
    figureId: 'premium-generative-ai',
    kind: 'construction',
    measure: 'premium.high',
    profiles: () => [p('senior', 'us', 'market', 'generative-ai')],
    why: `The premium at the high end is this figure. ${BUILT}`,
  },
  {
    figureId: 'md-average-salary',
    kind: 'checked',
    measure: 'base.typical',
    profiles: one('mid'),
    why: `${AVG} The Market Demand section gives no year and cites no survey.`,
  },
  {
    figureId: 'md-senior-top',
    kind: 'ceiling',
    measure: 'base.high',
    profiles: cover(['senior']),
    why: 'Senior roles earn up to $289,000: the high end of every senior profile, in every place, at all companies and at top tech.',
  },
  {
    figureId: 'cd-senior-distinguished',
    kind: 'floor',
    end: 'low',
    measure: 'base.low',
    profiles: cover(['senior', 'principal', 'distinguished']),
    why: 'Senior to distinguished pay ranges from $120,000: the low end of every such profile.',
  },
  {
    figureId: 'cd-senior-distinguished',
    kind: 'floor',
    end: 'high',
    measure: 'base.high',
    profiles: cover(['distinguished']),
    why: 'It reaches over $250,000: the high end of every distinguished profile (the top of the range).',
  },
];
