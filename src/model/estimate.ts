import { assumption, assumptionData, figure, figureValue } from '../data';
import { type AssumptionValues, defaultAssumptions, marketAdditionalShare } from './assumptions';
import { levelBands, levelCap, yearsFactor } from './bands';
import { formatUsd as usd } from './money';
import { levels, locationAverage, locations, specializations, tiers } from './options';
import type { Estimate, Factor, Profile, Range, Source } from './types';

const national = figureValue('tc-average-base');
const topTechFactor = figureValue('tc-meta-base') / national;
const topTechShare = figureValue('tc-meta-additional') / figureValue('tc-meta-base');
const genAiPremium = figureValue('premium-generative-ai') / 100;

const dataSource = (figureId: string): Source => ({ kind: 'data', ref: figure(figureId).section });
const assumptionSource = (id: string): Source => ({ kind: 'assumption', ref: assumption(id).label });

const fix = (n: number, d = 3) => n.toFixed(d);

function get<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const x = list.find((o) => o.id === id);
  if (!x) throw new RangeError(`Unknown ${what}: ${id}`);
  return x;
}

interface Multiplier {
  factor: Factor;
  low: number;
  typical: number;
  high: number;
}

const flat = (factor: Factor): Multiplier => ({
  factor,
  low: factor.value,
  typical: factor.value,
  high: factor.value,
});

function tierParts(tierId: string, a: AssumptionValues): { tier: Factor; share: Factor } {
  const t = get(tiers, tierId, 'company tier');
  if (t.id === 'market') {
    return {
      tier: {
        id: 'tier',
        label: `Company tier: ${t.label}`,
        value: 1,
        unit: 'multiplier',
        formula: 'The seed’s salary figures cover all companies: factor 1',
        source: dataSource('tc-average-base'),
      },
      share: {
        id: 'additional-share',
        label: 'Additional pay (bonus, equity) as a share of base',
        value: marketAdditionalShare,
        unit: 'share',
        formula: `average additional cash ${usd(figureValue('tc-average-additional'))} ÷ average base ${usd(national)} = ${fix(marketAdditionalShare)}`,
        source: dataSource('tc-average-additional'),
      },
    };
  }
  if (t.id === 'top-tech') {
    return {
      tier: {
        id: 'tier',
        label: `Company tier: ${t.label}`,
        value: topTechFactor,
        unit: 'multiplier',
        formula: `Meta base ${usd(figureValue('tc-meta-base'))} ÷ average base ${usd(national)} = ${fix(topTechFactor)}`,
        source: dataSource('tc-meta-base'),
      },
      share: {
        id: 'additional-share',
        label: 'Additional pay (bonus, equity) as a share of base',
        value: topTechShare,
        unit: 'share',
        formula: `Meta additional pay ${usd(figureValue('tc-meta-additional'))} ÷ Meta base ${usd(figureValue('tc-meta-base'))} = ${fix(topTechShare)}`,
        source: dataSource('tc-meta-additional'),
      },
    };
  }
  const tierId2 = t.assumption as string;
  const shareId = t.shareAssumption as string;
  return {
    tier: {
      id: 'tier',
      label: `Company tier: ${t.label}`,
      value: a[tierId2] as number,
      unit: 'multiplier',
      formula: `assumed ${fix(a[tierId2] as number)} (no seed figure; change it in Settings)`,
      source: assumptionSource(tierId2),
    },
    share: {
      id: 'additional-share',
      label: 'Additional pay (bonus, equity) as a share of base',
      value: a[shareId] as number,
      unit: 'share',
      formula: `assumed ${fix(a[shareId] as number)} (no seed figure; change it in Settings)`,
      source: assumptionSource(shareId),
    },
  };
}

function specializationPart(specId: string, a: AssumptionValues): Multiplier {
  const s = get(specializations, specId, 'specialization');
  if (s.id === 'general') {
    return flat({
      id: 'specialization',
      label: `Specialization: ${s.label}`,
      value: 1,
      unit: 'multiplier',
      formula: 'The seed’s salary figures are for ML engineers in general: factor 1',
      source: dataSource('tc-average-base'),
    });
  }
  if (s.id === 'generative-ai') {
    const share = a['genai-typical-share'] as number;
    const typical = 1 + genAiPremium * share;
    const high = 1 + genAiPremium;
    return {
      factor: {
        id: 'specialization',
        label: `Specialization: ${s.label}`,
        value: typical,
        unit: 'multiplier',
        formula: `premium up to ${figureValue('premium-generative-ai')}%: ×1 at low, ×${fix(typical)} at typical (assumed share ${fix(share, 2)} of it), ×${fix(high)} at high`,
        source: dataSource('premium-generative-ai'),
        spread: { low: 1, high },
      },
      low: 1,
      typical,
      high,
    };
  }
  const id = s.assumption as string;
  return flat({
    id: 'specialization',
    label: `Specialization: ${s.label}`,
    value: a[id] as number,
    unit: 'multiplier',
    formula: `assumed ${fix(a[id] as number)} (no seed figure; change it in Settings)`,
    source: assumptionSource(id),
  });
}

const times = (r: Range, m: { low: number; typical: number; high: number }): Range => ({
  low: r.low * m.low,
  typical: r.typical * m.typical,
  high: r.high * m.high,
});
const roundRange = (r: Range): Range => ({
  low: Math.round(r.low),
  typical: Math.round(r.typical),
  high: Math.round(r.high),
});

/**
 * Market estimate for a profile: level band (refined by years, capped at the seed's top figure) ×
 * location × company tier × specialization; additional pay as the tier's share of base; total = sum.
 * Whole dollars a year. Throws RangeError on unknown ids or invalid years.
 */
export function estimate(profile: Profile, assumptions: AssumptionValues = defaultAssumptions): Estimate {
  const level = get(levels, profile.level, 'level');
  const { years } = profile;
  if (years !== undefined && !(Number.isFinite(years) && years >= 0)) {
    throw new RangeError(`Years must be a finite number ≥ 0, got ${years}`);
  }
  const step = assumptions['level-step'] as number;
  const bands = levelBands(step);
  const band = bands[level.id];
  const yf =
    years === undefined ? 1 : yearsFactor(level.id, years, bands, assumptions['years-reach'] as number);
  const capped = (x: number) => Math.min(x * yf, levelCap);
  const us: Range = { low: capped(band.low), typical: capped(band.typical), high: capped(band.high) };

  const loc = get(locations, profile.location, 'location');
  const locFactor = locationAverage(loc.id) / national;
  const { tier, share } = tierParts(profile.tier, assumptions);
  const spec = specializationPart(profile.specialization, assumptions);

  const base = roundRange(
    times(us, {
      low: locFactor * tier.value * spec.low,
      typical: locFactor * tier.value * spec.typical,
      high: locFactor * tier.value * spec.high,
    }),
  );
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

  const levelSource: Source = level.extrapolated
    ? { kind: 'assumption', ref: assumption('level-step').label }
    : dataSource(`level-${level.id}`);
  const levelFormula = level.extrapolated
    ? `senior band × ${fix(step)}${level.id === 'distinguished' ? '²' : ''} (assumed step per level), capped at ${usd(levelCap)} (seed: senior roles up to)`
    : `US ${level.label.toLowerCase()} band ${usd(band.low)}–${usd(band.high)}, typical ${usd(band.typical)}`;

  const factors: Factor[] = [
    {
      id: 'level',
      label: `Level: ${level.label} (US typical base)`,
      value: Math.round(Math.min(band.typical, levelCap)),
      unit: 'usd',
      formula: levelFormula,
      source: levelSource,
      spread: {
        low: Math.round(Math.min(band.low, levelCap)),
        high: Math.round(Math.min(band.high, levelCap)),
      },
    },
  ];
  if (years !== undefined) {
    // The data says which spans the seed gives (only distinguished) and which are assumed.
    const fromSeed = assumptionData.levelYears[level.id].source !== 'assumption';
    const span = fromSeed ? `seed: ${levelSpan(level.id)} years` : 'assumed span';
    factors.push({
      id: 'years',
      label: `Years of experience: ${years}`,
      value: yf,
      unit: 'multiplier',
      formula: `position in the level’s typical ${levelSpan(level.id)} years (${span}) moves pay toward the adjacent level`,
      source: assumptionSource('years-reach'),
    });
  }
  factors.push(
    {
      id: 'location',
      label: `Location: ${loc.label}`,
      value: locFactor,
      unit: 'multiplier',
      formula:
        loc.id === 'us'
          ? 'national average: factor 1'
          : `${loc.label} average ${usd(locationAverage(loc.id))} ÷ national average base ${usd(national)} = ${fix(locFactor)}`,
      source: dataSource(loc.figureId),
    },
    tier,
    spec.factor,
    share,
  );

  return {
    base,
    additional,
    total,
    factors,
    confidence: level.extrapolated ? 'extrapolated' : 'data',
    percentiles: {
      low: assumptions['percentile-low'] as number,
      high: assumptions['percentile-high'] as number,
    },
  };
}

function levelSpan(id: Profile['level']): string {
  const span = assumptionData.levelYears[id];
  return `${span.from}–${span.to}`;
}
