import { describe, expect, it } from 'vitest';
import {
  type BasisOpts,
  breakEvenBase,
  type Offer,
  offerOnBasis,
  type Profile,
  type Vesting,
} from '../../src/model';

const p = (location: string, tier = 'market'): Profile => ({
  level: 'senior',
  location,
  tier,
  specialization: 'general',
});
const even4: Vesting = { kind: 'preset', id: 'even-4y-cliff' };
// The two offers of issue 10: a San Francisco startup and Amazon in Seattle.
const startup: Offer = {
  profile: p('san-francisco', 'startup'),
  base: 210_000,
  bonusTargetPct: 0,
  signOn: { year1: 0, year2: 0 },
  equity: { grant: 504_000, vesting: even4 },
};
const amazon: Offer = {
  profile: p('seattle', 'top-tech'),
  base: 185_000,
  bonusTargetPct: 0,
  signOn: { year1: 60_000, year2: 45_000 },
  equity: { grant: 400_000, vesting: { kind: 'preset', id: 'back-5-15-40-40' } },
};
const single2025 = { filingStatus: 'single', year: 2025 } as const;
const afterTax: BasisOpts = { basis: 'after-tax', ...single2025 };
const afterPrices: BasisOpts = { basis: 'after-tax-and-prices', ...single2025 };

// Take-home worked from the 2025 reference sheet (../shared/reference/taxes-2025.md) with the independent
// calculation tests/tax/reference.py, single, no 401(k). For $336,000 in San Francisco:
// Social Security 176,100 × 6.2% = 10,918; Medicare 336,000 × 1.45% + 136,000 × 0.9% = 6,096;
// California on 330,294: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 + 23,954.01 = 27,155.98 (exemption
// credit phased out); SDI 1.2% = 4,032, which IRS's Instructions for Schedule A (line 5a) count as state
// income tax. Together 31,187.98: more than the 15,750 standard deduction and under the $40,000 SALT cap,
// so itemized: federal on 336,000 − 31,187.98 = 304,812.02 is 1,192.50 + 4,386 + 12,072.50 + 22,548 +
// 17,032 + 35% × 54,287.02 = 76,231. Tax 124,433; after tax 211,567.
// For $210,000: California 15,437.98 − 153 credit = 15,285, SDI 2,520; 17,804.98 itemized (over 15,750):
// federal on 192,195.02 = 17,651 + 24% × 88,845.02 = 38,974; Social Security 10,918; Medicare 3,135.
// Tax 70,832; after tax 139,168.
const SF_336000 = 211_567;
const SF_210000 = 139_168;
// Seattle (no income tax; WA Cares 0.58%, PFML 0.658% to the wage base): 265,000 → 190,135;
// 290,000 → 205,691; 345,000 → 239,829; 185,000 → 135,700.
const SEA = { 265000: 190_135, 290000: 205_691, 345000: 239_829, 185000: 135_700 };
// BEA RPP 2023: San Francisco-Oakland-Berkeley 118.225; Seattle-Tacoma-Bellevue 112.991.
const rppSF = 1.18225;
const rppSEA = 1.12991;

describe('offers compared on the basis that decides', () => {
  it('before tax: the startup leads (336,000 a year against Amazon’s 311,250)', () => {
    // Startup: 210,000 + 504,000 ÷ 4 = 336,000 in each of years 1–4, then 210,000.
    // Amazon: 185,000 + sign-on + 5/15/40/40% of 400,000: 265,000, 290,000, 345,000, 345,000, then 185,000.
    const s = offerOnBasis(startup, { basis: 'pre-tax' });
    const a = offerOnBasis(amazon, { basis: 'pre-tax' });
    expect([s.firstYear, s.fourYearAverage, s.steadyState]).toEqual([336_000, 336_000, 210_000]);
    expect([a.firstYear, a.fourYearAverage, a.steadyState]).toEqual([265_000, 311_250, 185_000]);
  });

  it('after tax: Amazon leads (218,871 a year against 211,567)', () => {
    const s = offerOnBasis(startup, afterTax);
    const a = offerOnBasis(amazon, afterTax);
    expect([s.firstYear, s.fourYearAverage, s.steadyState]).toEqual([SF_336000, SF_336000, SF_210000]);
    expect(a.years.slice(0, 5).map((y) => y.value)).toEqual([
      SEA[265_000],
      SEA[290_000],
      SEA[345_000],
      SEA[345_000],
      SEA[185_000],
    ]);
    // (190,135 + 205,691 + 239,829 + 239,829) ÷ 4 = 218,871.
    expect(a.fourYearAverage).toBe(218_871);
    expect(a.fourYearAverage).toBeGreaterThan(s.fourYearAverage);
  });

  it('after tax and prices: Amazon leads by more (193,707 against 178,953)', () => {
    const s = offerOnBasis(startup, afterPrices);
    const a = offerOnBasis(amazon, afterPrices);
    // 211,567 ÷ 1.18225 = 178,952.84 → 178,953.
    expect(s.fourYearAverage).toBe(178_953);
    const years = [265_000, 290_000, 345_000, 345_000] as const;
    const each = years.map((w) => Math.round(SEA[w] / rppSEA));
    expect(a.years.slice(0, 4).map((y) => y.value)).toEqual(each);
    expect(a.fourYearAverage).toBe(Math.round(each.reduce((x, y) => x + y, 0) / 4));
    // 168,274 + 182,043 + 212,255 + 212,255 = 774,827; ÷ 4 = 193,706.75.
    expect(a.fourYearAverage).toBe(193_707);
    expect(Math.round(SF_336000 / rppSF)).toBe(178_953);
  });

  it('counts the user’s 401(k) deferral and the employer match as the user’s money', () => {
    const withMatch = { ...amazon, retirementMatch: { pct: 4 } };
    const plain = offerOnBasis(amazon, afterTax).years[0];
    const matched = offerOnBasis(withMatch, afterTax).years[0];
    // The 7,400 match is pay and is not taxed now.
    expect((matched?.value ?? 0) - (plain?.value ?? 0)).toBe(7_400);
    // A deferral lowers income tax and is not subtracted: after tax rises by the tax it saves.
    const deferred = offerOnBasis(amazon, { ...afterTax, pretax401k: 23_500 }).years[0];
    expect(deferred?.value).toBeGreaterThan(plain?.value ?? 0);
    // 265,000 − 15,750 = 249,250 taxable sits in the 32% bracket (197,300–250,525), and so does
    // 249,250 − 23,500: the deferral saves 23,500 × 32% = 7,520 (Washington has no income tax).
    expect((deferred?.value ?? 0) - (plain?.value ?? 0)).toBe(7_520);
  });
});

describe('break-even base on each basis', () => {
  const bases: BasisOpts[] = [{ basis: 'pre-tax' }, afterTax, afterPrices];

  it('puts identical offers in the same place at their own base', () => {
    for (const o of bases) expect(breakEvenBase(amazon, amazon, o)).toBe(185_000);
  });

  it('needs less for the same pay in a cheaper place with no income tax, more in a dearer taxed one', () => {
    // Seattle (no income tax, RPP 112.991) against Texas (no income tax, RPP 97.175): the same after
    // tax (both pay only federal and payroll taxes, Washington's a little more), less after prices.
    const plain: Offer = { ...amazon, profile: p('seattle') };
    const inTexas: Offer = { ...plain, profile: p('texas') };
    expect(breakEvenBase(plain, inTexas, { basis: 'pre-tax' })).toBe(185_000);
    expect(breakEvenBase(plain, inTexas, afterTax)).toBeLessThan(185_000);
    expect(breakEvenBase(plain, inTexas, afterPrices)).toBeLessThan(breakEvenBase(plain, inTexas, afterTax));
    // San Francisco (California income tax, RPP 118.225): more after tax, more again after prices.
    const inSf: Offer = { ...plain, profile: p('san-francisco') };
    expect(breakEvenBase(plain, inSf, afterTax)).toBeGreaterThan(185_000);
    expect(breakEvenBase(plain, inSf, afterPrices)).toBeGreaterThan(breakEvenBase(plain, inSf, afterTax));
  });

  it('finds what Amazon needs to match the startup before tax, and that after tax it needs nothing more', () => {
    // Before tax: 336,000 − (311,250 − 185,000) = 209,750.
    expect(breakEvenBase(startup, amazon, { basis: 'pre-tax' })).toBe(209_750);
    expect(breakEvenBase(startup, amazon, afterTax)).toBeLessThan(185_000);
    // The startup needs more base to match Amazon after tax and prices.
    expect(breakEvenBase(amazon, startup, afterPrices)).toBeGreaterThan(210_000);
  });

  it('returns the smallest base that matches, even where take-home dips (brute force)', () => {
    // New York's recapture and California's stepped credit make take-home dip as pay rises.
    for (const [location, baseA] of [
      ['new-york-state', 1_090_000],
      ['new-york-city', 240_000],
      ['california', 255_000],
    ] as const) {
      const cash = (base: number): Offer => ({
        profile: p(location),
        base,
        bonusTargetPct: 0,
        signOn: { year1: 0, year2: 0 },
        equity: { grant: 0, vesting: even4 },
      });
      for (const o of [afterTax, afterPrices]) {
        const x = breakEvenBase(cash(baseA), cash(1), o);
        const value = (b: number) => offerOnBasis(cash(b), o).fourYearAverage;
        const target = value(baseA);
        expect(value(x)).toBeGreaterThanOrEqual(target - 3);
        // No base below it matches, on a $25 grid near it and a $500 grid below. The shown values round
        // each tax line to whole dollars, so a base a dollar below the exact crossing may show $1–3 more.
        const below = (b: number) => expect(value(b), `${location} ${b}`).toBeLessThanOrEqual(target + 3);
        for (let b = x - 1; b >= Math.max(0, x - 20_000); b -= 25) below(b);
        for (let b = x - 20_000; b >= 0; b -= 500) below(b);
        // And a base $200 below it is clearly short (the search did not stop early).
        expect(value(x - 200)).toBeLessThan(target);
      }
    }
  }, 20_000);
});
