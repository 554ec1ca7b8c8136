import { type Figure, figure } from '../data';
import { type AssumptionValues, defaultAssumptions } from './assumptions';
import { estimate } from './estimate';
import { formatUsd } from './money';
import { levels, locations, optionLabel, specializations, tiers } from './options';
import type { Estimate, Profile } from './types';

/** Which model number a seed figure is compared with. */
type Measure =
  | 'base.low'
  | 'base.typical'
  | 'base.high'
  | 'base.range'
  | 'additional.typical'
  | 'total.typical'
  | 'premium.high';

/**
 * How a figure is held: `point` within ±5%; `inside` the typical lies in the seed's range;
 * `ends` low and high within ±5% of the range's ends and typical inside; `upTo` the model's top within
 * ±5% of the seed's ceiling; `atLeast` the model reaches the seed's floor.
 */
type Check = 'point' | 'inside' | 'ends' | 'upTo' | 'atLeast';

interface Anchor {
  figureId: string;
  profile: Profile;
  measure: Measure;
  check: Check;
  /** Why this profile is the one the figure describes. */
  why: string;
  /** Set where the figure contradicts others: what conflicts and which figure the model follows. */
  conflict?: string;
}

export const TOLERANCE = 0.05;

const p = (
  level: Profile['level'],
  location = 'us',
  tier = 'market',
  specialization = 'general',
): Profile => ({
  level,
  location,
  tier,
  specialization,
});

const AVG = 'The seed’s averages are over all levels; we compare them with the mid-level median.';

/** Every seed salary figure, the profile it describes and the model number compared with it. */
export const anchors: readonly Anchor[] = [
  {
    figureId: 'level-entry',
    profile: p('entry'),
    measure: 'base.range',
    check: 'ends',
    why: 'Entry-level US band.',
  },
  {
    figureId: 'level-entry-top-tech',
    profile: p('entry', 'us', 'top-tech'),
    measure: 'base.typical',
    check: 'point',
    why: 'Entry-level base at a top tech company.',
    conflict:
      'This figure implies a top-tech factor of about 1.36 at entry level (169,050 ÷ the entry median 124,300), while the Meta base example implies 1.165 (184,000 ÷ the 157,969 average base). One multiplier cannot meet both; the model keeps 1.165, which also reproduces the Meta additional and total pay. The model’s top-tech entry range (low to high) still contains 169,050.',
  },
  {
    figureId: 'level-mid',
    profile: p('mid'),
    measure: 'base.typical',
    check: 'inside',
    why: 'Mid-level US band.',
  },
  {
    figureId: 'level-mid-wide',
    profile: p('mid'),
    measure: 'base.range',
    check: 'ends',
    why: 'The wider, company/location-dependent mid-level range: the model’s low–high.',
  },
  {
    figureId: 'level-senior',
    profile: p('senior'),
    measure: 'base.typical',
    check: 'inside',
    why: 'Senior US band.',
  },
  {
    figureId: 'level-senior-wide',
    profile: p('senior'),
    measure: 'base.range',
    check: 'ends',
    why: 'The wider senior range: the model’s low–high.',
  },
  {
    figureId: 'level-senior-top-end',
    profile: p('senior', 'seattle', 'top-tech'),
    measure: 'base.high',
    check: 'upTo',
    why: 'The top end in Seattle: the high end of a senior at a top tech company there.',
  },
  ...locations
    .filter((l) => l.id !== 'us')
    .map(
      (l): Anchor => ({
        figureId: l.figureId,
        profile: p('mid', l.id),
        measure: 'base.typical',
        check: 'point',
        why: AVG,
      }),
    ),
  {
    figureId: 'loc-california-top',
    profile: p('senior', 'california', 'top-tech'),
    measure: 'base.high',
    check: 'atLeast',
    why: 'Top earners in California: the high end of a senior at a top tech company there.',
  },
  { figureId: 'tc-average-base', profile: p('mid'), measure: 'base.typical', check: 'point', why: AVG },
  {
    figureId: 'tc-average-additional',
    profile: p('mid'),
    measure: 'additional.typical',
    check: 'point',
    why: AVG,
  },
  { figureId: 'tc-average-total', profile: p('mid'), measure: 'total.typical', check: 'point', why: AVG },
  {
    figureId: 'tc-meta-base',
    profile: p('mid', 'us', 'top-tech'),
    measure: 'base.typical',
    check: 'point',
    why: 'The Meta example, read as a typical (mid-level) engineer there.',
  },
  {
    figureId: 'tc-meta-additional',
    profile: p('mid', 'us', 'top-tech'),
    measure: 'additional.typical',
    check: 'point',
    why: 'The Meta example, read as a typical (mid-level) engineer there.',
  },
  {
    figureId: 'tc-meta-total',
    profile: p('mid', 'us', 'top-tech'),
    measure: 'total.typical',
    check: 'inside',
    why: 'The Meta example, read as a typical (mid-level) engineer there.',
  },
  {
    figureId: 'premium-generative-ai',
    profile: p('senior', 'us', 'market', 'generative-ai'),
    measure: 'premium.high',
    check: 'upTo',
    why: 'The Generative AI premium at the high end, against the same profile in general ML.',
  },
  {
    figureId: 'md-average-salary',
    profile: p('mid'),
    measure: 'base.typical',
    check: 'point',
    why: AVG,
    conflict:
      'The Market Demand section’s average salary (133,336) is 16% below the Salary Ranges section’s average base (157,969). The model follows the Salary Ranges section, which is dated 2024 and is the basis of every location figure.',
  },
  {
    figureId: 'md-senior-top',
    profile: p('senior', 'new-york-city', 'top-tech'),
    measure: 'base.high',
    check: 'upTo',
    why: 'The highest-paying location in the seed, at a top tech company, at the high end.',
  },
  {
    figureId: 'cd-senior-distinguished',
    profile: p('senior'),
    measure: 'base.low',
    check: 'atLeast',
    why: 'The low end of senior pay is at least the range’s floor.',
  },
  {
    figureId: 'cd-senior-distinguished',
    profile: p('distinguished'),
    measure: 'base.high',
    check: 'atLeast',
    why: 'Distinguished pay reaches “over” the range’s top.',
  },
];

export interface CalibrationRow {
  figure: Figure;
  /** The seed figure as text, e.g. "$96,000–$152,601" or "up to $256,928". */
  seedText: string;
  profile: Profile;
  profileText: string;
  measureText: string;
  /** The model's number (or range) as text. */
  modelText: string;
  /** Signed relative error of the model against the seed figure (0 when inside a range). */
  error: number;
  status: 'pass' | 'fail' | 'conflict';
  why: string;
  conflict?: string;
}

function seedText(f: Figure): string {
  const fmt = (n: number) => (f.unit === 'percent' ? `${n}%` : formatUsd(n));
  switch (f.kind) {
    case 'point':
      return `${f.approx ? '~' : ''}${fmt(f.value)}`;
    case 'range':
      return `${fmt(f.low)}–${fmt(f.high)}${f.openHigh ? '+' : ''}`;
    case 'upTo':
      return `up to ${fmt(f.value)}`;
    case 'atLeast':
      return `${fmt(f.value)}+`;
  }
}

function seedBound(f: Figure, anchor: Anchor): number {
  if (f.kind !== 'range') return f.value;
  return anchor.measure === 'base.high' ? f.high : f.low;
}

const rel = (model: number, seed: number) => (model - seed) / seed;

function evaluate(
  anchor: Anchor,
  e: Estimate,
  a: AssumptionValues,
): { modelText: string; error: number; ok: boolean } {
  const f = figure(anchor.figureId);
  switch (anchor.check) {
    case 'ends': {
      if (f.kind !== 'range') throw new Error(`${f.id}: 'ends' needs a range`);
      const err = Math.max(Math.abs(rel(e.base.low, f.low)), Math.abs(rel(e.base.high, f.high)));
      const inside = e.base.typical >= f.low && e.base.typical <= f.high;
      return {
        modelText: `${formatUsd(e.base.low)}–${formatUsd(e.base.high)}`,
        error: err,
        ok: err <= TOLERANCE && inside,
      };
    }
    case 'inside': {
      if (f.kind !== 'range') throw new Error(`${f.id}: 'inside' needs a range`);
      const v = pick(anchor.measure, e, anchor.profile, a);
      const error = v < f.low ? rel(v, f.low) : v > f.high ? rel(v, f.high) : 0;
      return { modelText: formatUsd(v), error, ok: error === 0 };
    }
    case 'point':
    case 'upTo': {
      const v = pick(anchor.measure, e, anchor.profile, a);
      const s = seedBound(f, anchor);
      const error = rel(v, s);
      const text = anchor.measure === 'premium.high' ? `${v.toFixed(1)}%` : formatUsd(v);
      return { modelText: text, error, ok: Math.abs(error) <= TOLERANCE };
    }
    case 'atLeast': {
      const v = pick(anchor.measure, e, anchor.profile, a);
      const s = seedBound(f, anchor);
      const error = v >= s ? 0 : rel(v, s);
      return { modelText: formatUsd(v), error, ok: v >= s };
    }
  }
}

function pick(m: Measure, e: Estimate, profile: Profile, a: AssumptionValues): number {
  switch (m) {
    case 'base.low':
      return e.base.low;
    case 'base.typical':
      return e.base.typical;
    case 'base.high':
    case 'base.range':
      return e.base.high;
    case 'additional.typical':
      return e.additional.typical;
    case 'total.typical':
      return e.total.typical;
    case 'premium.high': {
      const general = estimate({ ...profile, specialization: 'general' }, a);
      return (e.base.high / general.base.high - 1) * 100;
    }
  }
}

/** The calibration table: every anchor's seed figure beside the model's value and its error. */
export function calibrate(a: AssumptionValues = defaultAssumptions): CalibrationRow[] {
  return anchors.map((anchor) => {
    const e = estimate(anchor.profile, a);
    const f = figure(anchor.figureId);
    const { modelText, error, ok } = evaluate(anchor, e, a);
    const pr = anchor.profile;
    return {
      figure: f,
      seedText: seedText(f),
      profile: pr,
      profileText: [
        optionLabel(levels, pr.level),
        optionLabel(locations, pr.location),
        optionLabel(tiers, pr.tier),
        optionLabel(specializations, pr.specialization),
      ].join(' · '),
      measureText: measureText(anchor.measure),
      modelText,
      error,
      status: anchor.conflict ? 'conflict' : ok ? 'pass' : 'fail',
      why: anchor.why,
      ...(anchor.conflict ? { conflict: anchor.conflict } : {}),
    };
  });
}

function measureText(m: Measure): string {
  switch (m) {
    case 'base.low':
      return 'base, low';
    case 'base.typical':
      return 'base, typical';
    case 'base.high':
      return 'base, high';
    case 'base.range':
      return 'base, low–high';
    case 'additional.typical':
      return 'additional, typical';
    case 'total.typical':
      return 'total, typical';
    case 'premium.high':
      return 'premium at high end';
  }
}
