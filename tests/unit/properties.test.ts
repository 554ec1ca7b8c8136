import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumptionData } from '../../src/data';
import {
  estimate,
  formatUsd,
  type LevelId,
  levelIds,
  locations,
  type Profile,
  type Range,
  resolveAssumptions,
  specializations,
  tiers,
} from '../../src/model';

const RUNS = 3000;
const ids = (list: readonly { id: string }[]) => fc.constantFrom(...list.map((x) => x.id));

const profileArb = fc.record({
  level: fc.constantFrom(...levelIds),
  years: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: undefined }),
  location: ids(locations),
  tier: ids(tiers),
  specialization: ids(specializations),
});

// Any value the Settings screen accepts for each editable assumption.
const assumptionsArb = fc
  .record(
    Object.fromEntries(
      assumptionData.assumptions
        .filter((a) => a.editable)
        .map((a) => [
          a.id,
          fc.option(fc.double({ min: a.min, max: a.max, noNaN: true }), { nil: undefined }),
        ]),
    ),
  )
  .map((o) => resolveAssumptions(o));

const ordered = (r: Range) => r.low <= r.typical && r.typical <= r.high;
const le = (a: Range, b: Range) => a.low <= b.low && a.typical <= b.typical && a.high <= b.high;

describe('estimate invariants over random profiles and assumptions', () => {
  it('is finite, positive, whole dollars, ordered, and total = base + additional ≥ base', () => {
    fc.assert(
      fc.property(profileArb, assumptionsArb, (profile, a) => {
        const e = estimate(profile as Profile, a);
        for (const r of [e.base, e.additional, e.total]) {
          for (const x of [r.low, r.typical, r.high]) {
            expect(Number.isInteger(x)).toBe(true);
            expect(x).toBeGreaterThanOrEqual(0);
          }
          expect(ordered(r)).toBe(true);
        }
        expect(e.base.low).toBeGreaterThan(0);
        for (const k of ['low', 'typical', 'high'] as const) {
          expect(e.total[k]).toBe(e.base[k] + e.additional[k]);
          expect(e.total[k]).toBeGreaterThanOrEqual(e.base[k]);
        }
        for (const f of e.factors) expect(Number.isFinite(f.value)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never pays a higher level less at the same years (or with years unset)', () => {
    fc.assert(
      fc.property(
        profileArb,
        assumptionsArb,
        fc.integer({ min: 0, max: levelIds.length - 2 }),
        (profile, a, i) => {
          const lower = estimate({ ...profile, level: levelIds[i] as LevelId } as Profile, a);
          const higher = estimate({ ...profile, level: levelIds[i + 1] as LevelId } as Profile, a);
          expect(le(lower.base, higher.base)).toBe(true);
          // Total pay rises too, unless the user assumed top-tech additional shares that fall with level
          // (the Meta example's 0.5 at mid level sits between the entry and senior assumptions).
          const sharesRise =
            (a['share-top-tech-entry'] as number) <= 0.5 && (a['share-top-tech-senior'] as number) >= 0.5;
          if (profile.tier !== 'top-tech' || sharesRise) expect(le(lower.total, higher.total)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never pays more years less within a level', () => {
    fc.assert(
      fc.property(
        profileArb,
        assumptionsArb,
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (profile, a, y1, y2) => {
          const [lo, hi] = y1 <= y2 ? [y1, y2] : [y2, y1];
          const e1 = estimate({ ...profile, years: lo } as Profile, a);
          const e2 = estimate({ ...profile, years: hi } as Profile, a);
          expect(le(e1.base, e2.base)).toBe(true);
          expect(le(e1.total, e2.total)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('labels every factor with a data section or an assumption', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        for (const f of estimate(profile as Profile).factors) {
          expect(['data', 'assumption']).toContain(f.source.kind);
          expect(f.source.ref.length).toBeGreaterThan(3);
          expect(f.formula).not.toMatch(/NaN|undefined|Infinity/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('money text', () => {
  const intl = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });

  it('reads like Intl’s en-US dollars for any amount up to a trillion', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        // Intl writes "-$0" for small negatives; a sign on nothing is noise, so those read "$0".
        const expected = intl.format(n).replace(/^-\$0$/, '$0');
        expect(formatUsd(n)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
    expect(formatUsd(155_200)).toBe('$155,200');
    expect(formatUsd(-1_250.5)).toBe('-$1,251');
    expect(formatUsd(999.5)).toBe('$1,000');
  });
});

describe('percentile text', () => {
  it('never says "100th" or "0th", and equal text means an equal rank', async () => {
    const { percentileShown, percentileText } = await import('../../src/ui/shared/ordinal');
    expect([0.2, 1, 22, 62, 99.4, 99.6, 100].map(percentileText)).toEqual([
      'below the 1st',
      '1st',
      '22nd',
      '62nd',
      '99th',
      'above the 99th',
      'above the 99th',
    ]);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          expect(percentileText(a) === percentileText(b)).toBe(percentileShown(a) === percentileShown(b));
        },
      ),
    );
  });
});
