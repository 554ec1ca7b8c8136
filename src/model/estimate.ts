import { figureRange, figureValue } from '../data';
import { type AssumptionValues, defaultAssumptions, levelSpan, num } from './assumptions';
import { levelBands, levelCap, yearsFactor } from './bands';
import { assumptionSource, dataSource, fix, get, specializationPart, tierParts } from './factors';
import { assumptionId } from './ids';
import { locationFactor } from './location';
import { formatUsd as usd } from './money';
import { levels, tiers } from './options';
import type { Estimate, Extrapolation, Factor, LevelId, Profile, Range } from './types';

const LEVEL_STEP = assumptionId('level-step');
const YEARS_REACH = assumptionId('years-reach');
const PERCENTILE_LOW = assumptionId('percentile-low');
const PERCENTILE_HIGH = assumptionId('percentile-high');

/** The seed's largest total-pay figure: the top of the Meta example's total range. */
export const totalCeiling = figureRange('tc-meta-total').high;

/** The seed's one top-tech example (Meta), as the app names it: "base ~$184,000, additional pay ~$92,000". */
export const metaExampleText = `base ~${usd(figureValue('tc-meta-base'))}, additional pay ~${usd(figureValue('tc-meta-additional'))}`;

const roundRange = (r: Range): Range => ({
  low: Math.round(r.low),
  typical: Math.round(r.typical),
  high: Math.round(r.high),
});

const pct = (over: number, of: number) => `${Math.round((over / of) * 100)}%`;

/** The ways an estimate goes past the seed's figures, each with the limit, the value and by how much. */
function extrapolationOf(level: LevelId, base: Range, total: Range): Extrapolation[] {
  const out: Extrapolation[] = [];
  const l = get(levels, level, 'level');
  if (l.extrapolated) {
    out.push({
      limit: 'level',
      level,
      text: `The seed gives no pay band above senior: the ${l.label.toLowerCase()} band is the senior band stepped up (an assumption).`,
    });
  }
  const limits = [
    { limit: 'base-high', figureId: 'md-senior-top', value: base.high, seed: levelCap, what: 'Base, high' },
    {
      limit: 'total-high',
      figureId: 'tc-meta-total',
      value: total.high,
      seed: totalCeiling,
      what: 'Total, high',
    },
  ] as const;
  for (const x of limits) {
    if (x.value <= x.seed) continue;
    const over = x.value - x.seed;
    const seedText =
      x.limit === 'base-high'
        ? `the seed’s largest base figure (senior roles up to ${usd(x.seed)})`
        : `the seed’s largest total (the top of the Meta example’s ${usd(figureRange('tc-meta-total').low)}–${usd(x.seed)})`;
    out.push({
      limit: x.limit,
      figureId: x.figureId,
      seedValue: x.seed,
      value: x.value,
      over,
      text: `${x.what} ${usd(x.value)} is ${usd(over)} (${pct(over, x.seed)}) above ${seedText}.`,
    });
  }
  return out;
}

/**
 * Market estimate for a profile: level band (refined by years; the US band held at or below the seed's
 * top base figure) × location × company tier × specialization; additional pay as the tier's share of
 * base at that level; total = sum. Says where the result goes past the seed (`extrapolated`). Whole
 * dollars a year. Throws RangeError on unknown ids or invalid years.
 */
export function estimate(profile: Profile, assumptions: AssumptionValues = defaultAssumptions): Estimate {
  const level = get(levels, profile.level, 'level');
  const { years } = profile;
  if (years !== undefined && !(Number.isFinite(years) && years >= 0)) {
    throw new RangeError(`Years must be a finite number ≥ 0, got ${years}`);
  }
  const step = num(assumptions, LEVEL_STEP);
  const bands = levelBands(step);
  const band = bands[level.id];
  const span = levelSpan(level.id, assumptions);
  const yf =
    years === undefined ? 1 : yearsFactor(level.id, years, bands, num(assumptions, YEARS_REACH), span);
  const held = (x: number) => Math.min(x * yf, levelCap);
  const us: Range = { low: held(band.low), typical: held(band.typical), high: held(band.high) };

  const location = locationFactor(profile.location, assumptions, profile.state);
  const locFactor = location.value;
  const { tier, share } = tierParts(profile.tier, level.id, assumptions);
  const spec = specializationPart(profile.specialization, assumptions);
  const k = locFactor * tier.value;

  const base = roundRange({
    low: us.low * k * spec.low,
    typical: us.typical * k * spec.typical,
    high: us.high * k * spec.high,
  });
  const additional = roundRange({
    low: base.low * share.value,
    typical: base.typical * share.value,
    high: base.high * share.value,
  });
  const total: Range = {
    low: base.low + additional.low,
    typical: base.typical + additional.typical,
    high: base.high + additional.high,
  };

  const factors: Factor[] = [levelFactor(level.id, band, step)];
  if (years !== undefined) {
    const spanText = `${span.from}–${span.to}`;
    factors.push({
      id: 'years',
      label: `Years of experience: ${years}`,
      value: yf,
      unit: 'multiplier',
      formula: `position in the level’s typical ${spanText} years (${span.fromSeed ? 'seed' : 'assumed span'}) moves pay toward the adjacent level`,
      source: span.fromSeed
        ? assumptionSource('years-reach')
        : assumptionSource('years-reach', `years-${level.id}-from`, `years-${level.id}-to`),
    });
  }
  factors.push(location, tier, spec.factor, share);

  const extrapolation = extrapolationOf(level.id, base, total);
  return {
    base,
    additional,
    total,
    additionalKind: get(tiers, profile.tier, 'company tier').additionalKind,
    factors,
    extrapolated: extrapolation.length > 0,
    extrapolation,
    confidence: extrapolation.length > 0 ? 'extrapolated' : 'data',
    percentiles: {
      low: num(assumptions, PERCENTILE_LOW),
      high: num(assumptions, PERCENTILE_HIGH),
    },
    ...(years !== undefined && (years < span.from || years > span.to)
      ? {
          yearsOutside: {
            years,
            from: span.from,
            to: span.to,
            levelLabel: level.label,
            assumed: !span.fromSeed,
            where: levels[levels.indexOf(level) + (years > span.to ? 1 : -1)]?.label,
          },
        }
      : {}),
  };
}

/** The level's US band as a factor: the seed's band, or (above senior) the senior band stepped up. */
function levelFactor(id: LevelId, band: Range, step: number): Factor {
  const level = get(levels, id, 'level');
  const held = (x: number) => Math.round(Math.min(x, levelCap));
  const heldNote = `the US band is held at or below ${usd(levelCap)} (seed: senior roles up to) before location, tier and specialization, which can take the final figure past it`;
  return {
    id: 'level',
    label: `Level: ${level.label} (US typical base)`,
    value: held(band.typical),
    unit: 'usd',
    formula: level.extrapolated
      ? `senior band × ${fix(step)}${id === 'distinguished' ? '²' : ''} (assumed step per level); ${heldNote}`
      : `US ${level.label.toLowerCase()} band ${usd(band.low)}–${usd(band.high)}, typical ${usd(band.typical)}`,
    source: level.extrapolated
      ? assumptionSource('level-step', 'us-band-held')
      : dataSource(`level-${id}`, 'band-rule'),
    spread: { low: held(band.low), high: held(band.high) },
  };
}
