import { type Figure, figure } from '../data';
import { type Anchor, type AnchorKind, anchors, type Measure, TOLERANCE } from './anchors';
import { type AssumptionValues, defaultAssumptions } from './assumptions';
import { estimate } from './estimate';
import { formatUsd } from './money';
import { optionLabel } from './optionChecks';
import { levels, locations, specializations, tiers } from './options';
import type { Estimate, Profile } from './types';

export type { Anchor, AnchorKind } from './anchors';
export { anchors, TOLERANCE } from './anchors';

export interface CalibrationRow {
  figure: Figure;
  kind: AnchorKind;
  /** The seed figure as text, e.g. "$96,000–$152,601", "up to $256,928", "over $250,000". */
  seedText: string;
  /** The profile held (for bounds: the one nearest to, or furthest past, the bound). */
  profile: Profile;
  profileText: string;
  /** How many profiles were held against the figure. */
  profileCount: number;
  measureText: string;
  /** The model's number (or range) as text. */
  modelText: string;
  /** Signed relative difference of the model from the seed figure (0 inside a range). */
  error: number;
  /** `reproduced` for construction rows; `pass` or `miss` for the rest. */
  status: 'reproduced' | 'pass' | 'miss';
  why: string;
}

function seedText(f: Figure, end?: 'low' | 'high'): string {
  const fmt = (n: number) => (f.unit === 'percent' ? `${n}%` : formatUsd(n));
  switch (f.kind) {
    case 'point':
      return `${f.approx ? '~' : ''}${fmt(f.value)}`;
    case 'range':
      if (end === 'low') return `from ${fmt(f.low)}`;
      if (end === 'high') return `${f.openHigh ? 'over' : 'up to'} ${fmt(f.high)}`;
      return `${fmt(f.low)}–${fmt(f.high)}${f.openHigh ? '+' : ''}`;
    case 'upTo':
      return `up to ${fmt(f.value)}`;
    case 'atLeast':
      return `${fmt(f.value)}+`;
  }
}

const bound = (f: Figure, end?: 'low' | 'high'): number =>
  f.kind === 'range' ? (end === 'high' ? f.high : f.low) : f.value;

const rel = (model: number, seed: number) => (model - seed) / seed;

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

const profileText = (pr: Profile) =>
  [
    optionLabel(levels, pr.level),
    optionLabel(locations, pr.location),
    optionLabel(tiers, pr.tier),
    optionLabel(specializations, pr.specialization),
  ].join(' · ');

/** One anchor held against the model: the value shown, its error, and whether it holds. */
function hold(anchor: Anchor, a: AssumptionValues) {
  const f = figure(anchor.figureId);
  const profiles = anchor.profiles(a);
  const values = profiles
    .map((pr) => ({ pr, e: estimate(pr, a) }))
    .map((x) => ({ ...x, v: pick(anchor.measure, x.e, x.pr, a) }));
  const s = bound(f, anchor.end);
  const fmt = (v: number) => (anchor.measure === 'premium.high' ? `${v.toFixed(1)}%` : formatUsd(v));
  if (anchor.kind === 'ceiling' || anchor.kind === 'floor') {
    // The profile nearest to the bound, or furthest past it: the one that decides.
    const worst = values.reduce((w, x) => ((anchor.kind === 'ceiling' ? x.v > w.v : x.v < w.v) ? x : w));
    const ok = anchor.kind === 'ceiling' ? worst.v <= s : worst.v >= s;
    return { pr: worst.pr, count: profiles.length, text: fmt(worst.v), error: rel(worst.v, s), ok };
  }
  const { pr, e, v } = values[0] as (typeof values)[number];
  if (anchor.measure === 'base.range' && f.kind === 'range') {
    const error = Math.max(Math.abs(rel(e.base.low, f.low)), Math.abs(rel(e.base.high, f.high)));
    return {
      pr,
      count: 1,
      text: `${formatUsd(e.base.low)}–${formatUsd(e.base.high)}`,
      error,
      ok: error <= TOLERANCE,
    };
  }
  if (f.kind === 'range') {
    const error = v < f.low ? rel(v, f.low) : v > f.high ? rel(v, f.high) : 0;
    return { pr, count: 1, text: fmt(v), error, ok: v >= f.low && v <= f.high };
  }
  const error = rel(v, f.value);
  return { pr, count: 1, text: fmt(v), error, ok: Math.abs(error) <= TOLERANCE };
}

/** The calibration table: every anchor's seed figure beside the model's value, its kind and status. */
export function calibrate(a: AssumptionValues = defaultAssumptions): CalibrationRow[] {
  return anchors.map((anchor) => {
    const f = figure(anchor.figureId);
    const r = hold(anchor, a);
    return {
      figure: f,
      kind: anchor.kind,
      seedText: seedText(f, anchor.end),
      profile: r.pr,
      profileText: profileText(r.pr),
      profileCount: r.count,
      measureText: measureText(anchor.measure),
      modelText: r.text,
      error: r.error,
      status: anchor.kind === 'construction' ? 'reproduced' : r.ok ? 'pass' : 'miss',
      why: anchor.why,
    };
  });
}

/** The evidence in a calibration: checked rows, ceilings and floors (construction rows are not counted). */
export function calibrationSummary(rows: readonly CalibrationRow[]) {
  const evidence = rows.filter((r) => r.kind !== 'construction');
  const count = (k: AnchorKind) => evidence.filter((r) => r.kind === k).length;
  return {
    evidence: evidence.length,
    pass: evidence.filter((r) => r.status === 'pass').length,
    miss: evidence.filter((r) => r.status === 'miss').length,
    checked: count('checked'),
    ceilings: count('ceiling'),
    floors: count('floor'),
    construction: rows.length - evidence.length,
  };
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
