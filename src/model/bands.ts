import { figureRange, figureValue } from '../data';
import { levelIds } from './options';
import type { LevelId, Range } from './types';

const mean = (r: { low: number; high: number }) => (r.low + r.high) / 2;

/**
 * US market base bands for the levels the seed covers. Rule: low and high are the widest range the
 * seed gives for the level; typical is the midpoint of its narrowest range.
 */
export const seedBands: Readonly<Record<'entry' | 'mid' | 'senior', Range>> = (() => {
  const entry = figureRange('level-entry');
  const mid = figureRange('level-mid');
  const midWide = figureRange('level-mid-wide');
  const senior = figureRange('level-senior');
  const seniorWide = figureRange('level-senior-wide');
  return {
    entry: { low: entry.low, typical: mean(entry), high: entry.high },
    mid: { low: midWide.low, typical: mean(mid), high: midWide.high },
    senior: { low: seniorWide.low, typical: mean(senior), high: seniorWide.high },
  };
})();

/** The seed's ceiling for senior roles ("up to"): US market base pay is never extrapolated past it. */
export const levelCap = figureValue('md-senior-top');

/** Default step per level above senior: the seed's mid→senior step (typical to typical). */
export const derivedLevelStep = seedBands.senior.typical / seedBands.mid.typical;

const scale = (r: Range, k: number): Range => ({ low: r.low * k, typical: r.typical * k, high: r.high * k });

/** US market base bands for every level, before the years refinement and the cap. */
export function levelBands(step: number): Record<LevelId, Range> {
  return {
    ...seedBands,
    principal: scale(seedBands.senior, step),
    distinguished: scale(seedBands.senior, step * step),
  };
}

/**
 * Multiplier for years of experience within a level. At the start of the level's typical span pay
 * moves `reach` of the way (log scale) toward the edge shared with the level below; at its end, toward
 * the edge shared with the level above. Edges are geometric means of adjacent typicals, so with
 * reach ≤ 0.5 a higher level never pays less than a lower one at the same years. `span` is the level's
 * typical years (an assumption, but for distinguished).
 */
export function yearsFactor(
  level: LevelId,
  years: number,
  bands: Record<LevelId, Range>,
  reach: number,
  span: { from: number; to: number },
): number {
  const g = levelIds.map((id) => bands[id].typical);
  const i = levelIds.indexOf(level);
  const gi = g[i] as number;
  const below = i > 0 ? (g[i - 1] as number) : (gi * gi) / (g[1] as number);
  const above = i < g.length - 1 ? (g[i + 1] as number) : (gi * gi) / (g[i - 1] as number);
  const lower = Math.sqrt(below * gi);
  const upper = Math.sqrt(gi * above);
  const t = Math.min(1, Math.max(0, (years - span.from) / (span.to - span.from)));
  const logF = (1 - t) * Math.log(lower / gi) + t * Math.log(upper / gi);
  return Math.exp(reach * logF);
}
