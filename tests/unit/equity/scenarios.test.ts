import { describe, expect, it } from 'vitest';
import { type ExitPlan, exitOutcome, exitValueToBeat } from '../../../src/model/equity/scenarios';
import type { Vesting } from '../../../src/model/offer';

// 40,000 options at a $1 strike of 10M shares, no stack, no dilution, 4 years even with a 1-year cliff:
// a $100M exit pays $10 a share, a $1B exit $100.
const plan = (over: Partial<ExitPlan> = {}): ExitPlan => ({
  equity: { kind: 'options', shares: 40_000, strike: 1, fullyDilutedShares: 10_000_000 },
  vesting: { kind: 'preset', id: 'even-4y-cliff' },
  dilution: 0,
  preferenceStack: 0,
  ...over,
});
const small = { label: 'small', exitValue: 100_000_000, probability: 0.3, year: 2 };
const big = { label: 'big', exitValue: 1_000_000_000, probability: 0.1, year: 6 };
const rsu = { kind: 'private-rsu', shares: 40_000, fullyDilutedShares: 10_000_000 } as const;

describe('exitOutcome, worked by hand', () => {
  it('counts what vested by the exit, or by the horizon for a later exit, and weighs by probability', () => {
    const r = exitOutcome(plan(), [small, big]);
    const [s, b] = r.scenarios;
    // small: 24 months → 50% of 40,000 = 20,000 shares at $10: gross 200,000, cost 20,000, payout 180,000.
    expect(s).toMatchObject({ label: 'small', year: 2, vestedShares: 20_000, exerciseCost: 20_000 });
    expect(s?.pricePerShare).toBeCloseTo(10, 9);
    expect(s?.gross).toBeCloseTo(200_000, 6);
    expect(s?.payout).toBeCloseTo(180_000, 6);
    expect(s?.expectedPayout).toBeCloseTo(54_000, 6); // 0.3 × 180,000
    // big, year 6 > horizon 4: all 40,000 vested by year 4, at $100: payout 40,000 × 99 = 3,960,000.
    expect(b).toMatchObject({ year: 6, vestedShares: 40_000 });
    expect(b?.payout).toBeCloseTo(3_960_000, 6);
    expect(b?.expectedPayout).toBeCloseTo(396_000, 6); // 0.1 × 3,960,000
    expect(r.nothing.probability).toBeCloseTo(0.6, 12); // 1 − 0.3 − 0.1
    expect(r.nothing.payout).toBe(0);
    expect(r.expectedPayout).toBeCloseTo(450_000, 6); // 54,000 + 396,000
  });

  it('stops counting at a shorter horizon', () => {
    const [b] = exitOutcome(plan({ horizonYears: 2 }), [big]).scenarios;
    expect(b?.vestedShares).toBe(20_000); // 50% by month 24
    expect(b?.payout).toBeCloseTo(1_980_000, 6); // 20,000 × (100 − 1)
  });

  it('uses a custom schedule', () => {
    const vesting: Vesting = { kind: 'custom', yearlyPct: [5, 15, 40, 40], cliffMonths: 12 };
    const [s] = exitOutcome(plan({ vesting }), [{ ...small, year: 3 }]).scenarios;
    expect(s?.vestedShares).toBeCloseTo(24_000, 6); // 5 + 15 + 40 = 60% of 40,000
    expect(s?.payout).toBeCloseTo(216_000, 6); // 24,000 × (10 − 1)
  });

  it('lets unexercised options expire 90 days after leaving', () => {
    const r = exitOutcome(plan({ leaveAfterYears: 1.5 }), [{ ...small, year: 1 }, small]);
    // year 1: still there (leaves at 1.5): 25% = 10,000 shares × (10 − 1) = 90,000.
    expect(r.scenarios[0]?.payout).toBeCloseTo(90_000, 6);
    // year 2: 0.5 years after leaving > 90/365: expired.
    expect(r.scenarios[1]).toMatchObject({ vestedShares: 0, payout: 0, gross: 0 });
    // Leaving at 1.9 years (22.8 months: 25% + 25% × 10.8/12 = 47.5% = 19,000 shares), the year-2
    // exit is 0.1 years (36.5 days) later, inside the 90 days: 19,000 × (10 − 1) = 171,000.
    const [late] = exitOutcome(plan({ leaveAfterYears: 1.9 }), [small]).scenarios;
    expect(late?.vestedShares).toBeCloseTo(19_000, 6);
    expect(late?.payout).toBeCloseTo(171_000, 6);
  });

  it('keeps options through an extended window', () => {
    const p = plan({ leaveAfterYears: 1.5, exerciseWindow: { kind: 'years', years: 10 } });
    const [b] = exitOutcome(p, [big]).scenarios;
    // 18 months: 25% + 25% × 6/12 = 37.5% = 15,000 shares; year 6 ≤ 1.5 + 10: 15,000 × 99.
    expect(b?.vestedShares).toBeCloseTo(15_000, 6);
    expect(b?.payout).toBeCloseTo(1_485_000, 6);
  });

  it('applies leaving after the horizon too', () => {
    const [b] = exitOutcome(plan({ leaveAfterYears: 5 }), [big]).scenarios;
    expect(b?.vestedShares).toBe(0); // left at 5, exit at 6 > 5 + 90/365
  });

  it('charges options bought on leaving in every outcome, under water and "nothing" included', () => {
    const cheap = { label: 'cheap', exitValue: 5_000_000, probability: 0.3, year: 2 };
    const r = exitOutcome(plan({ leaveAfterYears: 1.5, exerciseOnLeave: true }), [big, cheap]);
    const [b, c] = r.scenarios;
    // 15,000 shares bought at $1 on leaving: cost 15,000.
    expect(b?.gross).toBeCloseTo(1_500_000, 6); // 15,000 × 100
    expect(b?.payout).toBeCloseTo(1_485_000, 6); // 1,500,000 − 15,000
    expect(c?.pricePerShare).toBeCloseTo(0.5, 12); // 5M / 10M
    expect(c?.payout).toBeCloseTo(-7_500, 6); // 15,000 × 0.5 − 15,000
    expect(r.nothing.probability).toBeCloseTo(0.6, 12);
    expect(r.nothing.payout).toBeCloseTo(-15_000, 6);
    // 0.1 × 1,485,000 − 0.3 × 7,500 − 0.6 × 15,000 = 148,500 − 2,250 − 9,000
    expect(r.expectedPayout).toBeCloseTo(137_250, 6);
  });

  it('exercises cashless at an exit that comes before leaving', () => {
    const r = exitOutcome(plan({ leaveAfterYears: 3, exerciseOnLeave: true }), [small]);
    expect(r.scenarios[0]?.payout).toBeCloseTo(180_000, 6); // 20,000 × (10 − 1), as when staying
    expect(r.nothing.payout).toBeCloseTo(-30_000, 6); // leaves at 3 and buys 75% = 30,000 at $1
  });

  it('counts nothing when leaving before the cliff', () => {
    const r = exitOutcome(plan({ leaveAfterYears: 0.5, exerciseOnLeave: true }), [small, big]);
    expect(r.scenarios.map((s) => s.vestedShares)).toEqual([0, 0]);
    expect(r.expectedPayout).toBe(0);
    expect(r.nothing.payout).toBe(0);
  });

  it('keeps vested private RSUs after leaving; they pay at the exit', () => {
    const r = exitOutcome(plan({ equity: rsu, leaveAfterYears: 1.5, exerciseOnLeave: true }), [big]);
    const [b] = r.scenarios;
    expect(b?.vestedShares).toBeCloseTo(15_000, 6); // 37.5% kept, the rest forfeited
    expect(b?.gross).toBeCloseTo(1_500_000, 6); // 15,000 × 100
    expect(b?.payout).toBe(b?.gross);
    expect(b?.exerciseCost).toBe(0);
    expect(r.nothing.payout).toBe(0);
    expect(r.expectedPayout).toBeCloseTo(150_000, 6); // 0.1 × 1,500,000
  });

  it('takes no scenarios as "nothing" for sure', () => {
    expect(exitOutcome(plan(), [])).toEqual({
      scenarios: [],
      nothing: { probability: 1, payout: 0 },
      expectedPayout: 0,
    });
  });

  const bad: [string, () => unknown, RegExp][] = [
    [
      'probabilities over 1',
      () => exitOutcome(plan(), [small, { ...big, probability: 0.8 }]),
      /add up to 1.1/,
    ],
    [
      'negative probability',
      () => exitOutcome(plan(), [{ ...small, probability: -0.1 }]),
      /probability of “small”/,
    ],
    ['NaN probability', () => exitOutcome(plan(), [{ ...small, probability: Number.NaN }]), /got NaN/],
    ['year 0', () => exitOutcome(plan(), [{ ...small, year: 0 }]), /year of “small” must be a whole number/],
    ['fractional year', () => exitOutcome(plan(), [{ ...small, year: 2.5 }]), /whole number/],
    ['negative exit', () => exitOutcome(plan(), [{ ...small, exitValue: -1 }]), /exit value of “small”/],
    ['no label', () => exitOutcome(plan(), [{ ...small, label: undefined as unknown as string }]), /label/],
    ['horizon 0', () => exitOutcome(plan({ horizonYears: 0 }), []), /horizonYears/],
    ['negative leave', () => exitOutcome(plan({ leaveAfterYears: -1 }), []), /leaveAfterYears/],
    [
      'negative window',
      () => exitOutcome(plan({ leaveAfterYears: 1, exerciseWindow: { kind: 'years', years: -1 } }), []),
      /exercise window/,
    ],
    [
      'bad vesting',
      () => exitOutcome(plan({ vesting: { kind: 'custom', yearlyPct: [50, 40], cliffMonths: 0 } }), []),
      /add up to 100/,
    ],
    [
      'grant larger than the company, even when the options would expire',
      () =>
        exitOutcome(
          plan({ equity: { ...rsu, kind: 'options', strike: 1, shares: 2e7 }, leaveAfterYears: 0.1 }),
          [small],
        ),
      /cannot exceed fullyDilutedShares/,
    ],
    [
      'RSU grant too large',
      () => exitOutcome(plan({ equity: { ...rsu, shares: 2e7 } }), []),
      /cannot exceed/,
    ],
  ];
  it.each(bad)('throws RangeError: %s', (_name, run, message) => {
    expect(run).toThrow(RangeError);
    expect(run).toThrow(message);
  });
});

describe('exitValueToBeat, worked by hand', () => {
  const anchor = plan({
    equity: { kind: 'options', shares: 60_000, strike: 4.1, fullyDilutedShares: 40_000_000 },
    dilution: 0.3,
  });
  // 10,000 options at $2 of 10M shares, $50M stack; 4M preferred when known.
  const stacked = (preferredShares?: number) =>
    plan({
      equity: { kind: 'options', shares: 10_000, strike: 2, fullyDilutedShares: 10_000_000 },
      preferenceStack: 50_000_000,
      ...(preferredShares === undefined ? {} : { preferredShares }),
    });

  it('finds the anchor exit: $1,854,000 needs about $2B', () => {
    // 60,000 × (E × 0.7 / 40e6 − 4.10) = 1,854,000 → E × 0.7 / 40e6 = 35 → E = 2e9 (vested by year 4).
    const e = exitValueToBeat(1_854_000, anchor) as number;
    expect(e).toBeGreaterThanOrEqual(2_000_000_000);
    expect(e).toBeLessThanOrEqual(2_000_001_000); // the next $1,000 if rounding lands a hair under
  });

  it('needs nothing for a gap of 0 or less', () => {
    expect(exitValueToBeat(0, anchor)).toBe(0);
    expect(exitValueToBeat(-5_000, anchor)).toBe(0);
  });

  it('works through the preference stack', () => {
    // Known preferred: 10,000 × ((E − 50M) / 6M − 2) = 40,000 → (E − 50M) / 6M = 6 → E = $86M (at $86M
    // converting would pay 86M / 10M = $8.60 > $6, so preferred keeps its preference).
    expect(exitValueToBeat(40_000, stacked(4_000_000))).toBe(86_000_000);
    // $1 more: (E − 50M) / 6M = 6.0001 → E = 86,000,600 → up to the next $1,000.
    expect(exitValueToBeat(40_001, stacked(4_000_000))).toBe(86_001_000);
    // Cautious: 10,000 × ((E − 50M) / 10M − 2) = 40,000 → E − 50M = 60M → E = $110M.
    expect(exitValueToBeat(40_000, stacked())).toBe(110_000_000);
  });

  it('works for private RSUs and an earlier exit year', () => {
    const p = plan({ equity: { ...rsu, shares: 10_000 } });
    expect(exitValueToBeat(500_000, p)).toBe(500_000_000); // 10,000 × E / 10M = 500,000 → E = $500M
    // Year 2: 5,000 vested × E / 10M = 500,000 → E = $1B.
    expect(exitValueToBeat(500_000, p, { year: 2 })).toBe(1_000_000_000);
  });

  it('returns null when no exit up to the maximum reaches the gap', () => {
    // 10,000 × ((E − 50M) / 10M − 2) = 1e9 → E = 50M + 100,002 × 10M ≈ $1.00002 trillion > $1 trillion.
    expect(exitValueToBeat(1e9, stacked())).toBeNull();
    expect(exitValueToBeat(40_000, stacked(), { maxExitValue: 100_000_000 })).toBeNull(); // needs $110M
    expect(exitValueToBeat(1, plan({ leaveAfterYears: 0.5 }))).toBeNull(); // nothing vested
  });

  it('throws RangeError on a bad gap, year or maximum', () => {
    expect(() => exitValueToBeat(Number.NaN, anchor)).toThrow(/gap must be a number/);
    expect(() => exitValueToBeat(1, anchor, { year: 0 })).toThrow(RangeError);
    expect(() => exitValueToBeat(1, anchor, { maxExitValue: -1 })).toThrow(/maxExitValue/);
  });
});
