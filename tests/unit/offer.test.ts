import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakEvenBase,
  estimate,
  leaveAfter,
  type Offer,
  offerPercentile,
  offerYears,
  type Profile,
  summarizeOffer,
  type Vesting,
  type VestingPreset,
  vestingError,
  vestingPresetIds,
} from '../../src/model';

const profile: Profile = { level: 'mid', location: 'us', tier: 'market', specialization: 'general' };
const even4: Vesting = { kind: 'preset', id: 'even-4y-cliff' };
const offer = (over: Partial<Offer> = {}): Offer => ({
  profile,
  base: 200_000,
  bonusTargetPct: 10,
  signOn: { year1: 50_000, year2: 25_000 },
  equity: { grant: 400_000, vesting: even4 },
  ...over,
});
const equityOnly = (id: VestingPreset, grant = 100_000) =>
  offerYears(
    offer({
      base: 0,
      bonusTargetPct: 0,
      signOn: { year1: 0, year2: 0 },
      equity: { grant, vesting: { kind: 'preset', id } },
    }),
    4,
  ).map((y) => y.equity);

describe('offer years, worked examples', () => {
  it('adds base, bonus, sign-on and an even 4-year grant year by year', () => {
    expect(offerYears(offer()).map((y) => y.total)).toEqual([370_000, 345_000, 320_000, 320_000, 220_000]);
    expect(offerYears(offer())[0]).toEqual({
      year: 1,
      base: 200_000,
      bonus: 20_000,
      signOn: 50_000,
      equity: 100_000,
      retirement: 0,
      espp: 0,
      hsa: 0,
      total: 370_000,
    });
    expect(summarizeOffer(offer())).toEqual({
      firstYear: 370_000,
      fourYearAverage: 338_750,
      steadyState: 220_000,
    });
  });

  it.each([
    ['even-4y-cliff', [25_000, 25_000, 25_000, 25_000]],
    ['back-5-15-40-40', [5_000, 15_000, 40_000, 40_000]],
    ['front-40-30-20-10', [40_000, 30_000, 20_000, 10_000]],
    ['front-38-32-20-10', [38_000, 32_000, 20_000, 10_000]],
    ['even-3y', [33_333, 33_333, 33_333, 0]],
  ] as const)('vests the %s preset as expected', (id, expected) => {
    expect(equityOnly(id)).toEqual(expected);
  });

  it('stacks yearly refreshers, each on its own schedule', () => {
    const o = offer({ refresher: { annualGrant: 100_000, vesting: even4 } });
    expect(offerYears(o).map((y) => y.equity)).toEqual([100_000, 125_000, 150_000, 175_000, 100_000]);
    expect(summarizeOffer(o).steadyState).toBe(200_000 + 20_000 + 100_000);
  });

  it('values each year’s vest at the grant value × (1 + growth)^year, growth may be negative', () => {
    const down = offer({ equity: { grant: 400_000, vesting: even4, growthPct: -10 } });
    expect(offerYears(down, 4).map((y) => y.equity)).toEqual([90_000, 81_000, 72_900, 65_610]);
    const up = offer({ equity: { grant: 400_000, vesting: even4, growthPct: 10 } });
    expect(offerYears(up, 4).map((y) => y.equity)).toEqual([110_000, 121_000, 133_100, 146_410]);
  });

  it('applies a retirement match up to its cap', () => {
    expect(offerYears(offer({ retirementMatch: { pct: 6 } }), 1)[0]?.retirement).toBe(12_000);
    expect(offerYears(offer({ retirementMatch: { pct: 6, capUsd: 11_500 } }), 1)[0]?.retirement).toBe(11_500);
  });

  it('takes a custom schedule with its own cliff and rejects one that does not sum to 100', () => {
    const custom: Vesting = { kind: 'custom', yearlyPct: [50, 50], cliffMonths: 6 };
    expect(
      offerYears(offer({ equity: { grant: 100_000, vesting: custom } }), 3).map((y) => y.equity),
    ).toEqual([50_000, 50_000, 0]);
    expect(leaveAfter(offer({ equity: { grant: 100_000, vesting: custom } }), 6).forfeitedEquity).toBe(
      75_000,
    );
    expect(vestingError({ kind: 'custom', yearlyPct: [30, 30], cliffMonths: 12 })).toBe(
      'The yearly percentages must add up to 100 (they add up to 60).',
    );
    expect(() =>
      offerYears(
        offer({ equity: { grant: 1, vesting: { kind: 'custom', yearlyPct: [30, 30], cliffMonths: 12 } } }),
      ),
    ).toThrow(RangeError);
    expect(vestingError({ kind: 'custom', yearlyPct: [100], cliffMonths: 13 })).toBe(
      'The cliff must be a whole number of months from 0 to 12.',
    );
  });
});

describe('leaving early', () => {
  it('before the cliff: no equity, no bonus, the sign-on clawed back', () => {
    expect(leaveAfter(offer(), 11)).toEqual({
      earned: Math.round((200_000 * 11) / 12),
      forfeitedEquity: 400_000,
    });
  });
  it('at the cliff: the first year vests, bonus and sign-on are kept', () => {
    expect(leaveAfter(offer(), 12)).toEqual({ earned: 370_000, forfeitedEquity: 300_000 });
  });
  it('after the cliff: monthly vesting', () => {
    expect(leaveAfter(offer(), 18)).toEqual({
      earned: 300_000 + 20_000 + 50_000 + 150_000,
      forfeitedEquity: 250_000,
    });
  });
  it('forfeits the refreshers granted so far', () => {
    const o = offer({ refresher: { annualGrant: 100_000, vesting: even4 } });
    // At 30 months: initial 400k × (50% + 6/12 × 25%) = 250k vested; the month-12 refresher
    // 100k × (25% + 6/12 × 25%) = 37.5k vested; the month-24 refresher is still before its cliff.
    expect(leaveAfter(o, 30).forfeitedEquity).toBe(150_000 + 62_500 + 100_000);
  });
});

describe('market position', () => {
  const cashOnly = (base: number, bonusTargetPct = 0, p: Profile = profile) =>
    offer({
      profile: p,
      base,
      bonusTargetPct,
      signOn: { year1: 0, year2: 0 },
      equity: { grant: 0, vesting: even4 },
    });

  it('puts pay at the estimate’s typical at the 50th percentile and at its high at the 90th', () => {
    const e = estimate(profile);
    expect(offerPercentile(cashOnly(e.total.typical)).firstYear).toBeCloseTo(50, 3);
    expect(offerPercentile(cashOnly(e.total.high)).firstYear).toBeCloseTo(90, 3);
    expect(offerPercentile(cashOnly(e.total.low)).fourYearAverage).toBeCloseTo(10, 3);
  });

  it('places a new offer pre-filled with the market’s typical base at the 50th percentile for base', () => {
    // Mid, US, all companies: typical base 155,200, pre-filled as the estimate shows it.
    const typical = Math.round(estimate(profile).base.typical);
    expect(typical).toBe(155_200);
    const m = offerPercentile(cashOnly(typical));
    expect(m.base).toBeCloseTo(50, 1);
    // Its pay (base + bonus, no bonus entered) sits low against market pay, and says why.
    expect(m.fourYearAverage).toBeLessThan(10);
    expect(m.missing).toEqual(['bonus']);
    expect(m.compared).toBe('base+bonus');
  });

  it('compares like with like: cash for the market, base + bonus + equity at top tech', () => {
    // All companies: equity is not part of the seed's additional cash, so it does not move the position.
    const market = offerPercentile(offer());
    const noEquity = offerPercentile(offer({ equity: { grant: 0, vesting: even4 } }));
    expect(market.fourYearAverage).toBe(noEquity.fourYearAverage);
    expect(market.compared).toBe('base+bonus');
    // Base 200,000 + 10% bonus = 220,000 a year against mid, US, all companies total pay.
    const e = estimate(profile);
    expect(market.firstYear).toBeCloseTo(offerPercentile(cashOnly(220_000)).firstYear, 9);
    expect(market.firstYear).toBeGreaterThan(50);
    expect(e.total.high).toBeGreaterThan(220_000);
    // Top tech: the Meta example's additional pay includes stock, so equity counts.
    const tt: Profile = { ...profile, tier: 'top-tech' };
    const withStock = offerPercentile(offer({ profile: tt }));
    const withoutStock = offerPercentile(offer({ profile: tt, equity: { grant: 0, vesting: even4 } }));
    expect(withStock.compared).toBe('base+bonus+equity');
    expect(withStock.fourYearAverage).toBeGreaterThan(withoutStock.fourYearAverage);
    expect(withoutStock.missing).toEqual(['equity']);
  });

  it('leaves the retirement match and the sign-on out of the comparison', () => {
    const a = offerPercentile(offer());
    expect(offerPercentile(offer({ retirementMatch: { pct: 10 } }))).toEqual(a);
    expect(offerPercentile(offer({ signOn: { year1: 0, year2: 0 } }))).toEqual(a);
  });
});

describe('break-even base', () => {
  it('finds the base that makes B’s 4-year average equal A’s', () => {
    const a = offer();
    const b = offer({ base: 100_000, signOn: { year1: 0, year2: 0 }, equity: { grant: 0, vesting: even4 } });
    const x = breakEvenBase(a, b);
    expect(x).toBe(Math.ceil(338_750 / 1.1));
    expect(summarizeOffer({ ...b, base: x }).fourYearAverage).toBeGreaterThanOrEqual(338_750);
    expect(summarizeOffer({ ...b, base: x - 2 }).fourYearAverage).toBeLessThan(338_750);
    expect(breakEvenBase(b, a)).toBe(0);
  });
});

const vestingArb: fc.Arbitrary<Vesting> = fc.oneof(
  fc.constantFrom(...vestingPresetIds).map((id): Vesting => ({ kind: 'preset', id })),
  fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 })
    .filter((xs) => xs.some((x) => x > 0))
    .map((xs): Vesting => {
      const sum = xs.reduce((a, b) => a + b, 0);
      const pct = xs.map((x) => (x * 100) / sum);
      return { kind: 'custom', yearlyPct: pct, cliffMonths: Math.min(12, xs.length * 12) };
    }),
);
const money = fc.integer({ min: 0, max: 2_000_000 });
const offerArb: fc.Arbitrary<Offer> = fc.record({
  profile: fc.constant(profile),
  base: money,
  bonusTargetPct: fc.integer({ min: 0, max: 100 }),
  signOn: fc.record({ year1: money, year2: money }),
  equity: fc.record({ grant: money, vesting: vestingArb, growthPct: fc.integer({ min: -90, max: 100 }) }),
  refresher: fc.option(fc.record({ annualGrant: money, vesting: vestingArb }), { nil: undefined }),
  retirementMatch: fc.option(fc.record({ pct: fc.integer({ min: 0, max: 25 }) }), { nil: undefined }),
});

describe('offer invariants', () => {
  it('the summary and the percentile read the same from a year table passed in as computed inside', () => {
    fc.assert(
      fc.property(offerArb, (o) => {
        const years = offerYears(o);
        expect(summarizeOffer(o, years)).toEqual(summarizeOffer(o));
        expect(offerPercentile(o, undefined, years)).toEqual(offerPercentile(o));
      }),
      { numRuns: 500 },
    );
  });

  it('vests exactly the grant over the schedule at zero growth (to rounding)', () => {
    fc.assert(
      fc.property(offerArb, (o) => {
        const z = { ...o, equity: { ...o.equity, growthPct: 0 }, refresher: undefined };
        const ys = offerYears(z, 12);
        const sum = ys.reduce((s, y) => s + y.equity, 0);
        expect(Math.abs(sum - o.equity.grant)).toBeLessThanOrEqual(ys.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('never has a negative or non-finite amount; total is the sum of its parts', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 0, max: 120 }), (o, months) => {
        for (const y of offerYears(o)) {
          for (const v of [y.base, y.bonus, y.signOn, y.equity, y.retirement, y.total]) {
            expect(Number.isInteger(v) && v >= 0).toBe(true);
          }
          expect(y.total).toBe(y.base + y.bonus + y.signOn + y.equity + y.retirement);
        }
        const l = leaveAfter(o, months);
        expect(l.earned).toBeGreaterThanOrEqual(0);
        expect(l.forfeitedEquity).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the percentile within 0–100 and never lower for a higher base', () => {
    fc.assert(
      fc.property(offerArb, money, (o, extra) => {
        const p1 = offerPercentile(o);
        const p2 = offerPercentile({ ...o, base: o.base + extra });
        for (const p of [p1, p2]) {
          expect(p.firstYear).toBeGreaterThanOrEqual(0);
          expect(p.firstYear).toBeLessThanOrEqual(100);
        }
        expect(p2.firstYear).toBeGreaterThanOrEqual(p1.firstYear);
        expect(p2.fourYearAverage).toBeGreaterThanOrEqual(p1.fourYearAverage);
      }),
      { numRuns: 1000 },
    );
  });

  it('never earns more by leaving earlier', () => {
    fc.assert(
      fc.property(offerArb, fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 24 }), (o, m, d) => {
        expect(leaveAfter(o, m + d).earned).toBeGreaterThanOrEqual(leaveAfter(o, m).earned);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normal distribution helpers', () => {
  it('invert the CDF in the tails and the middle', async () => {
    const { normCdf, normInv, percentileInRange } = await import('../../src/model');
    for (const p of [0.001, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999]) expect(normCdf(normInv(p))).toBeCloseTo(p, 6);
    expect(normInv(0.9)).toBeCloseTo(1.2815516, 6);
    expect(() => normInv(0)).toThrow(RangeError);
    expect(() => normInv(1)).toThrow(RangeError);
    const r = { low: 100, typical: 100, high: 200 };
    expect(percentileInRange(0, r, 10, 90)).toBe(0);
    expect(percentileInRange(-5, r, 10, 90)).toBe(0);
    expect(percentileInRange(50, r, 10, 90)).toBe(0); // no spread below typical
    expect(percentileInRange(1e12, r, 10, 90)).toBeCloseTo(100, 6);
  });
});

describe('ESPP, HSA and the sign-on clawback in an offer', () => {
  it('an ESPP’s discount is a yearly gain; a lookback adds the rise in price; an HSA contribution counts', () => {
    // 10% of $200,000 = $20,000 buys at 85% of $1.00: 23,529.41 shares worth $23,529.41, a $3,529 gain.
    const plain = offerYears(offer({ espp: { contributionPct: 10, discountPct: 15, lookback: false } }))[0];
    expect(plain?.espp).toBe(3_529);
    // Price up 10% over the year with a lookback: bought at 85% of the lower start price ($0.85), worth
    // $1.10 at purchase: 23,529.41 × 1.10 = 25,882.35 for 20,000 → $5,882.
    const look = offerYears(
      offer({
        espp: { contributionPct: 10, discountPct: 15, lookback: true },
        equity: { grant: 400_000, vesting: even4, growthPct: 10 },
      }),
    )[0];
    expect(look?.espp).toBe(5_882);
    const hsa = offerYears(offer({ hsa: { amount: 1_000, coverage: 'self' } }))[0];
    // 200,000 + 20,000 bonus + 50,000 sign-on + 100,000 vested + 1,000 HSA = 371,000.
    expect([hsa?.hsa, hsa?.total]).toEqual([1_000, 371_000]);
  });

  it('leaving at month 9: the clawback rule decides what of the sign-on is kept', () => {
    const cash = {
      bonusTargetPct: 0,
      equity: { grant: 0, vesting: even4 },
      signOn: { year1: 40_000, year2: 20_000 },
    };
    // 9 months of a $200,000 base: 150,000. Without a rule the year-1 sign-on is not yet kept.
    expect(leaveAfter(offer(cash), 9).earned).toBe(150_000);
    // Full within 12 months: all 40,000 repaid. Prorated over 12: 3/12 repaid, 30,000 kept.
    expect(leaveAfter(offer({ ...cash, clawback: 'full-12' }), 9).earned).toBe(150_000);
    expect(leaveAfter(offer({ ...cash, clawback: 'prorated-12' }), 9).earned).toBe(180_000);
    // No clawback: year 1's is yours once paid (at the start), year 2's from month 12.
    expect(leaveAfter(offer({ ...cash, clawback: 'none' }), 9).earned).toBe(190_000);
    expect(leaveAfter(offer({ ...cash, clawback: 'none' }), 12).earned).toBe(260_000);
    // Prorated over 24 months: 15/24 of 40,000 = 25,000 repaid, 15,000 kept.
    expect(leaveAfter(offer({ ...cash, clawback: 'prorated-24' }), 9).earned).toBe(165_000);
  });
});
