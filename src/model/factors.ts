import { assumption, figure, figureValue } from '../data';
import {
  type AssumptionValues,
  assumptionLabel,
  marketAdditionalShare,
  metaAdditionalShare,
  num,
  topTechAtHub,
  topTechReference,
} from './assumptions';
import { assumptionId } from './ids';
import { formatUsd as usd } from './money';
import { specializations, tiers } from './options';
import type { Factor, LevelId, Source } from './types';

const national = figureValue('tc-average-base');
const metaBase = figureValue('tc-meta-base');
const genAiPremium = figureValue('premium-generative-ai') / 100;
const GENAI_TYPICAL_SHARE = assumptionId('genai-typical-share');

export const fix = (n: number, d = 3) => n.toFixed(d);

/** A seed figure's section as a source, naming the modelling choices (by id) the value rests on. */
export const dataSource = (figureId: string, ...rests: string[]): Source => ({
  kind: 'data',
  ref: figure(figureId).section,
  ...(rests.length ? { assumptions: rests.map(assumptionLabel) } : {}),
});
/** An assumption as a source, naming any further choices (by id) the value rests on. */
export const assumptionSource = (id: string, ...rests: string[]): Source => ({
  kind: 'assumption',
  ref: assumption(id).label,
  ...(rests.length ? { assumptions: rests.map(assumptionLabel) } : {}),
});

/** The option with this id; a RangeError names what was unknown. */
export function get<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const x = list.find((o) => o.id === id);
  if (!x) throw new RangeError(`Unknown ${what}: ${id}`);
  return x;
}

/** The top-tech multiplier: Meta base ÷ the average it is read against (hub or national). */
export const topTechFactor = (a: AssumptionValues): number => {
  const ref = topTechReference(a);
  return metaBase / (ref.kind === 'point' ? ref.value : national);
};

const shareLabel = (cash: boolean) =>
  cash
    ? 'Additional cash pay (bonus) as a share of base'
    : 'Additional pay (bonus and stock) as a share of base';

/** The top-tech additional share at a level: the Meta example at mid level, assumptions elsewhere. */
function topTechShare(level: LevelId, a: AssumptionValues): Factor {
  const label = `${shareLabel(false)}, ${level} level`;
  if (level === 'mid') {
    return {
      id: 'additional-share',
      label,
      value: metaAdditionalShare,
      unit: 'share',
      formula: `Meta additional pay ${usd(figureValue('tc-meta-additional'))} ÷ Meta base ${usd(metaBase)} = ${fix(metaAdditionalShare)} (the example read as a typical, mid-level engineer)`,
      source: dataSource('tc-meta-additional', 'averages-are-mid'),
    };
  }
  const id = assumptionId(level === 'entry' ? 'share-top-tech-entry' : 'share-top-tech-senior');
  const v = num(a, id);
  return {
    id: 'additional-share',
    label,
    value: v,
    unit: 'share',
    formula: `assumed ${fix(v)}: ${assumption(id).derivation ?? 'no seed figure'} (change it in Settings)`,
    source: assumptionSource(id),
  };
}

/** The company-tier multiplier and the tier's additional-pay share for a level. */
export function tierParts(
  tierId: string,
  level: LevelId,
  a: AssumptionValues,
): { tier: Factor; share: Factor } {
  const t = get(tiers, tierId, 'company tier');
  const label = `Company tier: ${t.label}`;
  if (t.id === 'market') {
    return {
      tier: {
        id: 'tier',
        label,
        value: 1,
        unit: 'multiplier',
        formula: 'The seed’s salary figures cover all companies: factor 1',
        source: dataSource('tc-average-base'),
      },
      share: {
        id: 'additional-share',
        label: shareLabel(true),
        value: marketAdditionalShare,
        unit: 'share',
        formula: `average additional cash ${usd(figureValue('tc-average-additional'))} ÷ average base ${usd(national)} = ${fix(marketAdditionalShare)}, the seed’s all-level average used at every level`,
        source: dataSource('tc-average-additional', 'market-share-every-level'),
      },
    };
  }
  if (t.id === 'top-tech') {
    const ref = topTechReference(a);
    const refValue = ref.kind === 'point' ? ref.value : national;
    const f = topTechFactor(a);
    const where = topTechAtHub(a)
      ? `Meta base ${usd(metaBase)} ÷ ${ref.label} average ${usd(refValue)} = ${fix(f)}: the example read as its hub’s pay, so the location factor is not counted twice`
      : `Meta base ${usd(metaBase)} ÷ national average base ${usd(refValue)} = ${fix(f)}: the example read as a national figure; on top of a hub’s location factor this counts the hub twice`;
    return {
      tier: {
        id: 'tier',
        label,
        value: f,
        unit: 'multiplier',
        formula: where,
        source: dataSource('tc-meta-base', 'top-tech-reading', 'factors-every-level'),
      },
      share: topTechShare(level, a),
    };
  }
  // Every tier but the market and top tech rests on two assumptions (options.ts names them).
  const tierAssumption = t.assumption;
  const shareId = t.shareAssumption;
  if (!tierAssumption || !shareId) throw new RangeError(`Company tier ${t.id} names no assumption`);
  return {
    tier: {
      id: 'tier',
      label,
      value: num(a, tierAssumption),
      unit: 'multiplier',
      formula: `assumed ${fix(num(a, tierAssumption))} (no seed figure; change it in Settings)`,
      source: assumptionSource(tierAssumption),
    },
    share: {
      id: 'additional-share',
      label: shareLabel(true),
      value: num(a, shareId),
      unit: 'share',
      formula: `assumed ${fix(num(a, shareId))} (no seed figure; change it in Settings)`,
      source: assumptionSource(shareId),
    },
  };
}

/** A multiplier that may differ at the low, typical and high ends of the range. */
export interface Multiplier {
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

/** The specialization multiplier (the Generative AI premium spreads across the range). */
export function specializationPart(specId: string, a: AssumptionValues): Multiplier {
  const s = get(specializations, specId, 'specialization');
  const label = `Specialization: ${s.label}`;
  if (s.id === 'general') {
    return flat({
      id: 'specialization',
      label,
      value: 1,
      unit: 'multiplier',
      formula: 'The seed’s salary figures are for ML engineers in general: factor 1',
      source: dataSource('tc-average-base'),
    });
  }
  if (s.id === 'generative-ai') {
    const share = num(a, GENAI_TYPICAL_SHARE);
    const typical = 1 + genAiPremium * share;
    const high = 1 + genAiPremium;
    return {
      factor: {
        id: 'specialization',
        label,
        value: typical,
        unit: 'multiplier',
        formula: `premium up to ${figureValue('premium-generative-ai')}% (seed): ×1 at low and ×${fix(high)} at high; ×${fix(typical)} at typical is an assumption (share ${fix(share, 2)} of the premium)`,
        source: dataSource('premium-generative-ai', 'genai-typical-share'),
        spread: { low: 1, high },
      },
      low: 1,
      typical,
      high,
    };
  }
  // Every specialization but general ML and generative AI rests on an assumption (options.ts names it).
  const id = s.assumption;
  if (!id) throw new RangeError(`Specialization ${s.id} names no assumption`);
  return flat({
    id: 'specialization',
    label,
    value: num(a, id),
    unit: 'multiplier',
    formula: `assumed ${fix(num(a, id))} (no seed figure; change it in Settings)`,
    source: assumptionSource(id),
  });
}
