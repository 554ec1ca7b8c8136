import { describe, expect, it } from 'vitest';
import { estimate, levelCap, type Profile, resolveAssumptions } from '../../src/model';

const p = (over: Partial<Profile> = {}): Profile => ({
  level: 'mid',
  location: 'us',
  tier: 'market',
  specialization: 'general',
  ...over,
});

describe('estimate, worked examples', () => {
  it('gives the US mid-level market figures from the seed', () => {
    // typical = midpoint of $144,000–$166,399; low/high = the wider $137,804–$174,892 range;
    // additional = base × 44,362 ÷ 157,969.
    const e = estimate(p());
    expect(e.base).toEqual({ low: 137804, typical: 155200, high: 174892 });
    expect(e.additional.typical).toBe(43584);
    expect(e.total.typical).toBe(155200 + 43584);
    expect(e.confidence).toBe('data');
  });

  it('multiplies level × location × tier for a senior at a top tech company in Seattle', () => {
    // 180,588.5 × (173,517 ÷ 157,969) × (184,000 ÷ 157,969) = 231,050; additional = half of base (92k ÷ 184k).
    const e = estimate(p({ level: 'senior', location: 'seattle', tier: 'top-tech' }));
    expect(e.base.typical).toBe(231050);
    expect(e.additional.typical).toBe(115525);
    expect(e.total.typical).toBe(346575);
  });

  it('applies a location factor of average ÷ national average', () => {
    expect(estimate(p({ location: 'new-york-city' })).base.typical).toBe(181739);
    const loc = estimate(p({ location: 'new-york-city' })).factors.find((f) => f.id === 'location');
    expect(loc?.value).toBeCloseTo(184982 / 157969, 10);
    expect(loc?.source).toEqual({
      kind: 'data',
      ref: 'Salary Ranges (US Market, 2024) › Location-Based Average Salaries',
    });
  });

  it('extrapolates distinguished with the mid→senior step, flagged as lower confidence', () => {
    const e = estimate(p({ level: 'distinguished' }));
    expect(e.base).toEqual({ low: 222092, typical: 244506, high: 284327 });
    expect(e.confidence).toBe('extrapolated');
    expect(e.factors.find((f) => f.id === 'level')?.source.kind).toBe('assumption');
  });

  it('never extrapolates US market base past the seed’s “senior roles up to $289,000”', () => {
    const a = resolveAssumptions({ 'level-step': 1.5 });
    const e = estimate(p({ level: 'distinguished' }), a);
    expect(e.base.high).toBe(levelCap);
    expect(levelCap).toBe(289000);
  });

  it('spreads the Generative AI premium: none at low, half at typical, all 50% at high', () => {
    const g = estimate(p({ specialization: 'generative-ai' }));
    const base = estimate(p());
    expect(g.base.low).toBe(base.base.low);
    expect(g.base.typical).toBe(Math.round(155199.5 * 1.25));
    expect(g.base.high).toBe(Math.round(174892 * 1.5));
  });

  it('labels tiers and specializations without seed figures as assumptions, and follows the user’s values', () => {
    const e = estimate(p({ tier: 'startup', specialization: 'mlops' }));
    const kinds = Object.fromEntries(e.factors.map((f) => [f.id, f.source.kind]));
    expect(kinds).toMatchObject({
      tier: 'assumption',
      specialization: 'assumption',
      'additional-share': 'assumption',
      location: 'data',
      level: 'data',
    });
    const a = resolveAssumptions({ 'tier-startup': 0.9, 'spec-mlops': 1.1 });
    expect(estimate(p({ tier: 'startup', specialization: 'mlops' }), a).base.typical).toBe(
      Math.round(155199.5 * 0.9 * 1.1),
    );
  });

  it('ignores overrides that are out of bounds, not numbers, or not editable', () => {
    const a = resolveAssumptions({
      'tier-startup': -1,
      'spec-mlops': 'x',
      'percentile-low': Number.NaN,
      unknown: 3,
    });
    expect(a).toEqual(resolveAssumptions());
  });

  it('moves pay with years inside a level, toward the neighbouring levels', () => {
    const early = estimate(p({ level: 'senior', years: 5 })).base.typical;
    const late = estimate(p({ level: 'senior', years: 10 })).base.typical;
    const none = estimate(p({ level: 'senior' })).base.typical;
    expect(early).toBeLessThan(none);
    expect(late).toBeGreaterThan(none);
    // At the edge of the span pay sits half-way (log scale) to the geometric mean with the next level.
    const edge = Math.sqrt(180588.5 * Math.sqrt(180588.5 * 155199.5 * 1.163589444553623 * 1.163589444553623));
    expect(late).toBe(Math.round(edge));
    expect(estimate(p({ level: 'senior', years: 40 })).base.typical).toBe(late);
  });

  it('keeps total = base + additional and low ≤ typical ≤ high', () => {
    const e = estimate(
      p({
        level: 'principal',
        location: 'san-francisco',
        tier: 'top-tech',
        specialization: 'generative-ai',
        years: 12,
      }),
    );
    for (const k of ['low', 'typical', 'high'] as const) expect(e.total[k]).toBe(e.base[k] + e.additional[k]);
    expect(e.base.low).toBeLessThanOrEqual(e.base.typical);
    expect(e.base.typical).toBeLessThanOrEqual(e.base.high);
  });

  it('rejects unknown ids and invalid years with a RangeError', () => {
    expect(() => estimate(p({ location: 'mars' }))).toThrow(RangeError);
    expect(() => estimate(p({ tier: 'x' }))).toThrow(RangeError);
    expect(() => estimate(p({ specialization: 'x' }))).toThrow(RangeError);
    expect(() => estimate(p({ level: 'ceo' as Profile['level'] }))).toThrow(RangeError);
    expect(() => estimate(p({ years: -1 }))).toThrow(RangeError);
    expect(() => estimate(p({ years: Number.NaN }))).toThrow(RangeError);
  });
});

describe('option lists', () => {
  it('recognise their own ids and nothing else', async () => {
    const m = await import('../../src/model');
    expect(m.levels.map((l) => l.id)).toEqual(['entry', 'mid', 'senior', 'principal', 'distinguished']);
    for (const id of [
      'us',
      'san-francisco',
      'new-york-city',
      'seattle',
      'california',
      'new-york-state',
      'washington-state',
      'texas',
      'massachusetts',
      'chicago',
    ]) {
      expect(m.isLocationId(id)).toBe(true);
    }
    expect(m.isTierId('market') && m.isTierId('top-tech')).toBe(true);
    expect(m.isSpecializationId('general') && m.isSpecializationId('generative-ai')).toBe(true);
    expect(m.isLevelId('senior')).toBe(true);
    for (const bad of ['', 'SEATTLE', '__proto__', 'constructor', 1, null, undefined]) {
      expect(m.isLocationId(bad) || m.isTierId(bad) || m.isSpecializationId(bad) || m.isLevelId(bad)).toBe(
        false,
      );
    }
  });
});
