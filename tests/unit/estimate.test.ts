import { describe, expect, it } from 'vitest';
import {
  estimate,
  formatUsd,
  levelCap,
  levelIds,
  locations,
  type Profile,
  resolveAssumptions,
  specializations,
  tiers,
} from '../../src/model';

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

  it('multiplies level × location × tier for a senior at a top tech company in Seattle, the hub counted once', () => {
    // The Meta example read as San Francisco pay (the default): top-tech factor 184,000 ÷ 179,061.
    // 180,588.5 × (173,517 ÷ 157,969) × (184,000 ÷ 179,061) = 203,834; senior additional share assumed
    // equal to the Meta example's 92,000 ÷ 184,000 = 0.5.
    const e = estimate(p({ level: 'senior', location: 'seattle', tier: 'top-tech' }));
    expect(e.base.typical).toBe(203834);
    expect(e.additional.typical).toBe(101917);
    expect(e.total.typical).toBe(305751);
    expect(e.additionalKind).toBe('cash-and-stock');
    expect(estimate(p()).additionalKind).toBe('cash');
  });

  it('reads the Meta example nationally when the user says so, counting a hub twice as before', () => {
    // 180,588.5 × (173,517 ÷ 157,969) × (184,000 ÷ 157,969) = 231,050.
    const a = resolveAssumptions({ 'top-tech-reading': 0 });
    const e = estimate(p({ level: 'senior', location: 'seattle', tier: 'top-tech' }), a);
    expect(e.base.typical).toBe(231050);
    const tier = e.factors.find((f) => f.id === 'tier');
    expect(tier?.formula).toContain('counts the hub twice');
    // A choice takes only its listed values.
    expect(resolveAssumptions({ 'top-tech-reading': 0.5 })['top-tech-reading']).toBe(1);
  });

  it('takes the top-tech additional share by level: data at mid, labelled assumptions elsewhere', () => {
    const share = (level: Profile['level']) =>
      estimate(p({ level, tier: 'top-tech' })).factors.find((f) => f.id === 'additional-share');
    expect(share('mid')?.value).toBe(0.5);
    expect(share('mid')?.source.kind).toBe('data');
    // (231,000 − 169,050) ÷ 169,050: the Meta total's low end read as an entry engineer's.
    expect(share('entry')?.value).toBeCloseTo(61950 / 169050, 12);
    expect(share('entry')?.source.kind).toBe('assumption');
    expect(share('senior')?.source).toMatchObject({ kind: 'assumption' });
    const a = resolveAssumptions({ 'share-top-tech-senior': 0.8 });
    expect(estimate(p({ level: 'senior', tier: 'top-tech' }), a).additional.typical).toBe(
      Math.round(Math.round((180588.5 * 184000) / 179061) * 0.8),
    );
  });

  it('applies a location factor of average ÷ national average', () => {
    expect(estimate(p({ location: 'new-york-city' })).base.typical).toBe(181739);
    const loc = estimate(p({ location: 'new-york-city' })).factors.find((f) => f.id === 'location');
    expect(loc?.value).toBeCloseTo(184982 / 157969, 10);
    expect(loc?.source).toEqual({
      kind: 'data',
      ref: 'Salary Ranges (US Market, 2024) › Location-Based Average Salaries',
      assumptions: ['Location, tier and specialization apply alike at every level'],
    });
  });

  it('extrapolates distinguished with the mid→senior step, flagged as lower confidence', () => {
    const e = estimate(p({ level: 'distinguished' }));
    expect(e.base).toEqual({ low: 222092, typical: 244506, high: 284327 });
    expect(e.confidence).toBe('extrapolated');
    expect(e.extrapolated).toBe(true);
    // Its total high, 284,327 + round(284,327 × 44,362 ÷ 157,969) = 364,174, also passes $338,000.
    expect(e.extrapolation.map((x) => x.limit)).toEqual(['level', 'total-high']);
    expect(e.total.high).toBe(364174);
    expect(e.factors.find((f) => f.id === 'level')?.source.kind).toBe('assumption');
  });

  it('never extrapolates US market base past the seed’s “senior roles up to $289,000”', () => {
    const a = resolveAssumptions({ 'level-step': 1.5 });
    const e = estimate(p({ level: 'distinguished' }), a);
    expect(e.base.high).toBe(levelCap);
    expect(levelCap).toBe(289000);
    // The factor list says the hold applies to the US band, before the other factors.
    expect(e.factors.find((f) => f.id === 'level')?.formula).toContain(
      'before location, tier and specialization',
    );
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

describe('where the seed ends', () => {
  const all: Profile[] = [];
  for (const level of levelIds)
    for (const l of locations)
      for (const t of tiers)
        for (const s of specializations)
          all.push(p({ level, location: l.id, tier: t.id, specialization: s.id }));

  it('flags every profile past a level, a base or a total the seed supports, with each reason', () => {
    expect(all).toHaveLength(5 * 10 * 4 * 5);
    let flagged = 0;
    for (const profile of all) {
      const e = estimate(profile);
      const expected = [
        ...(profile.level === 'principal' || profile.level === 'distinguished' ? ['level'] : []),
        ...(e.base.high > 289000 ? ['base-high'] : []),
        ...(e.total.high > 338000 ? ['total-high'] : []),
      ];
      expect(
        e.extrapolation.map((x) => x.limit),
        JSON.stringify(profile),
      ).toEqual(expected);
      expect(e.extrapolated).toBe(expected.length > 0);
      expect(e.confidence).toBe(expected.length > 0 ? 'extrapolated' : 'data');
      for (const x of e.extrapolation) {
        if (x.limit === 'level') continue;
        expect(x.value).toBe(x.limit === 'base-high' ? e.base.high : e.total.high);
        expect(x.over).toBe(x.value - x.seedValue);
        expect(x.over).toBeGreaterThan(0);
        expect(x.text).toContain(formatUsd(x.over));
      }
      if (expected.length) flagged++;
    }
    // Neither none nor all: the limits divide the profiles.
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(all.length);
  });

  it('keeps mid / US / market and senior / US / market inside the seed', () => {
    expect(estimate(p()).extrapolated).toBe(false);
    // Senior, US, all companies: base high 210,000; total high 210,000 + round(210,000 × 44,362 ÷ 157,969) = 268,974.
    const s = estimate(p({ level: 'senior' }));
    expect(s.base.high).toBe(210000);
    expect(s.total.high).toBe(268974);
    expect(s.extrapolated).toBe(false);
  });

  it('puts senior / US / top tech inside when the Meta example is hub pay, outside when it is national', () => {
    // Hub: 210,000 × 184,000 ÷ 179,061 = 215,792; total + half = 323,688 ≤ 338,000.
    const hub = estimate(p({ level: 'senior', tier: 'top-tech' }));
    expect(hub.base.high).toBe(215792);
    expect(hub.total.high).toBe(323688);
    expect(hub.extrapolated).toBe(false);
    // National: 210,000 × 184,000 ÷ 157,969 = 244,605; total 366,908, $28,908 over $338,000.
    const nat = estimate(
      p({ level: 'senior', tier: 'top-tech' }),
      resolveAssumptions({ 'top-tech-reading': 0 }),
    );
    expect(nat.total.high).toBe(366908);
    expect(nat.extrapolation).toEqual([
      expect.objectContaining({ limit: 'total-high', seedValue: 338000, value: 366908, over: 28908 }),
    ]);
  });

  it('says distinguished / Seattle / top tech / generative AI passes every limit, and by how much', () => {
    const e = estimate(
      p({ level: 'distinguished', location: 'seattle', tier: 'top-tech', specialization: 'generative-ai' }),
    );
    expect(e.extrapolation.map((x) => x.limit)).toEqual(['level', 'base-high', 'total-high']);
    const base = e.extrapolation.find((x) => x.limit === 'base-high');
    expect(base).toMatchObject({ seedValue: 289000, value: e.base.high, over: e.base.high - 289000 });
  });
});

describe('level year spans as assumptions', () => {
  it('follow the user’s span, and refuse a span that ends before it starts', async () => {
    const { assumptionConflicts } = await import('../../src/model');
    // Senior at 8 years: with the default 5–10 span it is past the middle; with 8–12 it is at the start.
    const mid = estimate(p({ level: 'senior', years: 8 })).base.typical;
    const start = estimate(
      p({ level: 'senior', years: 8 }),
      resolveAssumptions({ 'years-senior-from': 8, 'years-senior-to': 12 }),
    );
    expect(start.base.typical).toBe(estimate(p({ level: 'senior', years: 5 })).base.typical);
    expect(start.base.typical).toBeLessThan(mid);
    const bad = resolveAssumptions({ 'years-senior-from': 12, 'years-senior-to': 6 });
    const why = 'The senior level’s years must end after they start';
    expect(bad).toEqual(resolveAssumptions());
    expect(
      assumptionConflicts({ ...resolveAssumptions(), 'years-senior-from': 12, 'years-senior-to': 6 }),
    ).toEqual({
      'years-senior-from': `${why} (12 to 6).`,
      'years-senior-to': `${why} (12 to 6).`,
    });
  });
});

describe('the percentile setting', () => {
  it('places offers only: the dollar range does not move with it', () => {
    const a = resolveAssumptions({ 'percentile-low': 25, 'percentile-high': 75 });
    const e = estimate(p({ level: 'senior', location: 'seattle' }), a);
    const d = estimate(p({ level: 'senior', location: 'seattle' }));
    expect([e.base, e.additional, e.total]).toEqual([d.base, d.additional, d.total]);
    expect(e.percentiles).toEqual({ low: 25, high: 75 });
  });
});

describe('years outside the level’s span', () => {
  it('are said: pay is held at the span’s end, and the level where they count is named', () => {
    // Mid-level's span is 2–5 years (an assumption): 12 years is past it, and pays as 5 years do.
    const past = estimate(p({ level: 'mid', years: 12 }));
    expect(past.yearsOutside).toEqual({
      years: 12,
      from: 2,
      to: 5,
      levelLabel: 'Mid-level',
      assumed: true,
      where: 'Senior',
    });
    expect(past.base).toEqual(estimate(p({ level: 'mid', years: 5 })).base);
    expect(estimate(p({ level: 'senior', years: 1 })).yearsOutside?.where).toBe('Mid-level');
    // Entry has no level below; within the span, or without years, nothing is said.
    expect(estimate(p({ level: 'entry', years: 0 })).yearsOutside).toBeUndefined();
    expect(estimate(p({ level: 'mid', years: 3 })).yearsOutside).toBeUndefined();
    expect(estimate(p({ level: 'mid' })).yearsOutside).toBeUndefined();
    // The distinguished span is the seed's: not an assumption, and no level above it.
    const top = estimate(p({ level: 'distinguished', years: 40 })).yearsOutside;
    expect(top && [top.assumed, top.where]).toEqual([false, undefined]);
  });
});
