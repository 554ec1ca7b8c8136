import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExitTerms, optionsAtExit, privateSharesAtExit } from '../../../src/model/equity/exit';
import { exitOutcome, exitValueToBeat } from '../../../src/model/equity/scenarios';

// A small cap table used below: 10M shares fully diluted, 4M of them preferred with a $50M 1× stack,
// so 6M common; a grant of 10,000 options at a $2 strike.
const grant = { shares: 10_000, strike: 2, fullyDilutedShares: 10_000_000 };
const stack = { preferenceStack: 50_000_000, preferredShares: 4_000_000 };

describe('optionsAtExit, worked by hand', () => {
  it('pays the anchor: 60,000 options at $4.10 of 40M shares, $2B exit, 30% dilution, no stack', () => {
    const r = optionsAtExit(
      { shares: 60_000, strike: 4.1, fullyDilutedShares: 40_000_000 },
      { exitValue: 2_000_000_000, dilution: 0.3 },
    );
    expect(r.pricePerShare).toBeCloseTo(35, 9); // 2e9 × (1 − 0.3) / 40e6 = 1.4e9 / 40e6 = 35
    expect(r.gross).toBeCloseTo(2_100_000, 4); // 60,000 × 35
    expect(r.exerciseCost).toBeCloseTo(246_000, 4); // 60,000 × 4.10
    expect(r.payout).toBeCloseTo(1_854_000, 4); // 60,000 × (35 − 4.10) = 60,000 × 30.90
  });

  it('pays common nothing when the exit is under the preference stack', () => {
    // $40M exit < $50M stack: preferred takes all $40M (its as-converted 4M/10M × 40M = $16M is less).
    const informed = optionsAtExit(grant, { exitValue: 40_000_000, ...stack });
    expect(informed).toEqual({ pricePerShare: 0, gross: 0, exerciseCost: 20_000, payout: 0 }); // 10,000 × $2 cost
    // Cautious reading (preferred shares unknown): max(0, 40M − 50M) / 10M = 0.
    const cautious = optionsAtExit(grant, { exitValue: 40_000_000, preferenceStack: 50_000_000 });
    expect(cautious.pricePerShare).toBe(0);
    expect(cautious.payout).toBe(0);
  });

  it('has preferred convert at a large exit', () => {
    // $500M: as converted each share gets 500M / 10M = $50, preferred 4M × 50 = $200M > $50M, so it
    // converts (taking the preference would leave common (500M − 50M) / 6M = $75, more for common).
    const r = optionsAtExit(grant, { exitValue: 500_000_000, ...stack });
    expect(r.pricePerShare).toBeCloseTo(50, 9);
    expect(r.gross).toBeCloseTo(500_000, 6); // 10,000 × 50
    expect(r.payout).toBeCloseTo(480_000, 6); // 10,000 × (50 − 2)
  });

  it('has preferred take its preference between, and common share the rest', () => {
    // $100M: as converted preferred would get 4M/10M × 100M = $40M < $50M, so it takes $50M and the 6M
    // common shares split $50M: 50M / 6M = $8.333… (converting would have paid common $10 a share).
    const r = optionsAtExit(grant, { exitValue: 100_000_000, ...stack });
    expect(r.pricePerShare).toBeCloseTo(50 / 6, 9);
    expect(r.gross).toBeCloseTo(83_333.333, 2); // 10,000 × 8.3333
    expect(r.payout).toBeCloseTo(63_333.333, 2); // 10,000 × (8.3333 − 2) = 10,000 × 19/3
  });

  it('adds the later rounds’ shares to the preferred class, which moves the conversion point', () => {
    // 20% dilution: T = 10M / 0.8 = 12.5M shares, the class 4M + 2.5M = 6.5M, common still 6M.
    // $100M: as converted preferred gets 6.5/12.5 × 100M = $52M > $50M → converts; 100M / 12.5M = $8.
    const r = optionsAtExit(grant, { exitValue: 100_000_000, dilution: 0.2, ...stack });
    expect(r.pricePerShare).toBeCloseTo(8, 9);
    expect(r.payout).toBeCloseTo(60_000, 6); // 10,000 × (8 − 2)
    // Cautious reading, same exit: (100M − 50M) × 0.8 / 10M = $4, below the informed $8.
    const c = optionsAtExit(grant, { exitValue: 100_000_000, dilution: 0.2, preferenceStack: 50_000_000 });
    expect(c.pricePerShare).toBeCloseTo(4, 9);
    expect(c.payout).toBeCloseTo(20_000, 6); // 10,000 × (4 − 2)
  });

  it('with known preferred shares but no stack, every share gets exitValue / fully diluted', () => {
    const r = optionsAtExit(grant, { exitValue: 100_000_000, preferredShares: 4_000_000 });
    expect(r.pricePerShare).toBeCloseTo(10, 9); // min(100M / 10M, 100M / 6M) = 10
  });

  it('pays nothing for an option under water, though its cost is reported', () => {
    const r = optionsAtExit({ ...grant, strike: 12 }, { exitValue: 100_000_000 });
    expect(r.pricePerShare).toBeCloseTo(10, 9); // 100M / 10M
    expect(r.gross).toBeCloseTo(100_000, 6); // 10,000 × 10
    expect(r.exerciseCost).toBe(120_000); // 10,000 × 12
    expect(r.payout).toBe(0); // max(0, 10 − 12) = 0
  });
});

describe('privateSharesAtExit, worked by hand', () => {
  it('uses the same price and pays the gross (no strike)', () => {
    const r = privateSharesAtExit(
      { shares: 10_000, fullyDilutedShares: 10_000_000 },
      { exitValue: 100_000_000, ...stack },
    );
    expect(r.pricePerShare).toBeCloseTo(50 / 6, 9); // as in the "between" case above
    expect(r.gross).toBeCloseTo(83_333.333, 2); // 10,000 × 50/6
    expect(r.payout).toBe(r.gross);
    expect(r.exerciseCost).toBe(0);
  });
});

describe('invalid inputs throw RangeError with a clear message', () => {
  const exit = { exitValue: 100_000_000 };
  const cases: [string, () => unknown, RegExp][] = [
    [
      'negative shares',
      () => optionsAtExit({ ...grant, shares: -1 }, exit),
      /shares must be a number of 0 or more/,
    ],
    ['NaN shares', () => privateSharesAtExit({ shares: Number.NaN, fullyDilutedShares: 10 }, exit), /shares/],
    ['zero fully diluted', () => optionsAtExit({ ...grant, fullyDilutedShares: 0 }, exit), /above 0/],
    ['NaN fully diluted', () => optionsAtExit({ ...grant, fullyDilutedShares: Number.NaN }, exit), /NaN/],
    [
      'shares > fully diluted',
      () => optionsAtExit({ ...grant, shares: 10_000_001 }, exit),
      /shares \(10000001\) cannot exceed fullyDilutedShares/,
    ],
    ['negative strike', () => optionsAtExit({ ...grant, strike: -1 }, exit), /strike must be/],
    ['NaN exit value', () => optionsAtExit(grant, { exitValue: Number.NaN }), /exitValue must be .* got NaN/],
    ['infinite exit value', () => optionsAtExit(grant, { exitValue: Number.POSITIVE_INFINITY }), /exitValue/],
    ['negative exit value', () => optionsAtExit(grant, { exitValue: -5 }), /exitValue/],
    ['dilution 1', () => optionsAtExit(grant, { ...exit, dilution: 1 }), /dilution must be from 0 up to/],
    ['dilution > 1', () => optionsAtExit(grant, { ...exit, dilution: 1.5 }), /dilution/],
    ['negative dilution', () => optionsAtExit(grant, { ...exit, dilution: -0.1 }), /dilution/],
    ['NaN dilution', () => optionsAtExit(grant, { ...exit, dilution: Number.NaN }), /dilution/],
    ['negative stack', () => optionsAtExit(grant, { ...exit, preferenceStack: -1 }), /preferenceStack/],
    ['negative preferred', () => optionsAtExit(grant, { ...exit, preferredShares: -1 }), /preferredShares/],
    [
      'all shares preferred',
      () => privateSharesAtExit({ shares: 0, fullyDilutedShares: 10 }, { ...exit, preferredShares: 10 }),
      /must be less than fullyDilutedShares .* some shares are common/,
    ],
    [
      'grant overlapping preferred',
      () => optionsAtExit(grant, { ...exit, preferredShares: 9_995_000 }),
      /shares \+ preferredShares \(10005000\) cannot exceed .* the grant is common stock/,
    ],
  ];
  it.each(cases)('%s', (_name, run, message) => {
    expect(run).toThrow(RangeError);
    expect(run).toThrow(message);
  });
});

// Any valid grant and exit: whole share counts with the grant and the preferred inside the fully
// diluted count, and some common left.
const RUNS = 300;
const TIMEOUT = 20_000;
const money = (max: number) => fc.double({ min: 0, max, noNaN: true });
const caseArb = fc
  .record({
    fd: fc.integer({ min: 1, max: 1_000_000_000 }),
    grantShare: fc.double({ min: 0, max: 1, noNaN: true }),
    preferredShare: fc.option(fc.double({ min: 0, max: 0.999, noNaN: true }), { nil: undefined }),
    strike: money(1_000),
    exitValue: money(1e13),
    dilution: fc.double({ min: 0, max: 0.999, noNaN: true }),
    preferenceStack: money(1e11),
  })
  .map(({ fd, grantShare, preferredShare, strike, ...exit }) => {
    const shares = Math.floor(grantShare * fd);
    const terms: ExitTerms = { ...exit };
    if (preferredShare !== undefined) terms.preferredShares = Math.floor(preferredShare * (fd - shares));
    return { grant: { shares, strike, fullyDilutedShares: fd }, exit: terms };
  });

describe('optionsAtExit invariants over random valid inputs', () => {
  it(
    'price is a finite number ≥ 0; 0 ≤ payout ≤ gross; RSUs pay their gross',
    () => {
      fc.assert(
        fc.property(caseArb, ({ grant: g, exit }) => {
          const r = optionsAtExit(g, exit);
          expect(Number.isFinite(r.pricePerShare)).toBe(true);
          expect(r.pricePerShare).toBeGreaterThanOrEqual(0);
          expect(r.payout).toBeGreaterThanOrEqual(0);
          expect(r.payout).toBeLessThanOrEqual(r.gross);
          const s = privateSharesAtExit(g, exit);
          expect(s.pricePerShare).toBe(r.pricePerShare);
          expect(s.payout).toBe(s.gross);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'payout is non-decreasing in the exit value, non-increasing in dilution and in the stack',
    () => {
      fc.assert(
        fc.property(caseArb, fc.double({ min: 0, max: 1, noNaN: true }), ({ grant: g, exit }, t) => {
          const base = optionsAtExit(g, exit).payout;
          const up = (x: number, max: number) => x + t * (max - x);
          expect(
            optionsAtExit(g, { ...exit, exitValue: up(exit.exitValue, 2e13) }).payout,
          ).toBeGreaterThanOrEqual(base);
          const d = exit.dilution ?? 0;
          expect(optionsAtExit(g, { ...exit, dilution: up(d, 0.999) }).payout).toBeLessThanOrEqual(base);
          const p = exit.preferenceStack ?? 0;
          expect(optionsAtExit(g, { ...exit, preferenceStack: up(p, 2e11) }).payout).toBeLessThanOrEqual(
            base,
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'the cautious reading (preferred shares unknown) never pays more than the informed one',
    () => {
      fc.assert(
        fc.property(caseArb, ({ grant: g, exit }) => {
          const { preferredShares, ...cautious } = exit;
          const informed = { ...cautious, preferredShares: preferredShares ?? 0 };
          expect(optionsAtExit(g, cautious).pricePerShare).toBeLessThanOrEqual(
            optionsAtExit(g, informed).pricePerShare,
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'exitValueToBeat finds the first $1,000 at which the payout reaches the gap',
    () => {
      fc.assert(
        fc.property(caseArb, money(1e8), ({ grant: g, exit }, gap) => {
          const plan = {
            equity: { kind: 'options' as const, ...g },
            vesting: { kind: 'preset' as const, id: 'even-4y-cliff' as const },
            dilution: exit.dilution ?? 0,
            preferenceStack: exit.preferenceStack ?? 0,
            preferredShares: exit.preferredShares,
          };
          const payoutAt = (exitValue: number) =>
            exitOutcome(plan, [{ label: 'x', exitValue, probability: 1, year: 4 }]).expectedPayout;
          const e = exitValueToBeat(gap, plan);
          if (e === null) expect(payoutAt(1e12)).toBeLessThan(gap);
          else if (e === 0) expect(gap).toBe(0);
          else {
            expect(e % 1000).toBe(0);
            expect(payoutAt(e)).toBeGreaterThanOrEqual(gap);
            expect(payoutAt(e - 1000)).toBeLessThan(gap);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
