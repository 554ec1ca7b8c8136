// Taxes of startup equity, every expected number worked by hand from the primary source. Federal
// figures: 2025 brackets and standard deduction ($15,750 single) per Rev. Proc. 2024-40 §3.01 and P.L.
// 119-21; 2026 ($16,100) per Rev. Proc. 2025-32 §§4.01, 4.14; AMT, capital-gain and NIIT figures as in
// data/equityTax.json (Rev. Proc. 2024-40, Rev. Proc. 2025-32, IRC §§1(h), 55, 1411). State and local
// figures are those of data/states and data/locals.json, each cited there.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import equityJson from '../../../data/equityTax.json' with { type: 'json' };
import { equityYear, nonNegative } from '../../../src/model/equity/equityFigures';
import { eightyThreeBTax, isoExerciseTax, nsoExerciseTax } from '../../../src/model/equity/equityTax';

const texas2025 = { wages: 200_000, location: 'state-tx', filingStatus: 'single', year: 2025 } as const;
const texas2026 = { ...texas2025, year: 2026 } as const;

// 2025 single regular tax on $184,250 ($200,000 − $15,750), Rev. Proc. 2024-40 §3.01:
// 10% × 11,925 = 1,192.50; 12% × 36,550 = 4,386; 22% × 54,875 = 12,072.50; 24% × (184,250 − 103,350)
// = 19,416 → 37,067.
const REGULAR_2025_200K = 37_067;
// 2026 single on $183,900 ($200,000 − $16,100), Rev. Proc. 2025-32 §4.01: 10% × 12,400 = 1,240;
// 12% × 38,000 = 4,560; 22% × 55,300 = 12,166; 24% × (183,900 − 105,700) = 18,768 → 36,734.
const REGULAR_2026_200K = 36_734;

describe('data/equityTax.json', () => {
  const money = v.pipe(v.number(), v.minValue(0));
  const byStatus = v.strictObject({ single: money, mfj: money });
  const sourced = (year: number) => ({
    year: v.literal(year),
    source: v.pipe(v.string(), v.minLength(20)),
    projected: v.optional(v.pipe(v.string(), v.minLength(10))),
  });
  const bands = v.array(v.tuple([money, money]));
  const yearSchema = (y: number) =>
    v.strictObject({
      amtExemption: v.strictObject({ ...sourced(y), single: money, mfj: money }),
      amtPhaseOut: v.strictObject({ ...sourced(y), over: byStatus, ratePct: money }),
      amtRates: v.strictObject({
        ...sourced(y),
        lowPct: v.literal(26),
        highPct: v.literal(28),
        breakpoint: money,
      }),
      capitalGains: v.strictObject({
        ...sourced(y),
        brackets: v.strictObject({ single: bands, mfj: bands }),
      }),
      netInvestmentIncomeTax: v.strictObject({ ...sourced(y), ratePct: v.literal(3.8), over: byStatus }),
    });

  it('gives every figure of 2025 and 2026 its source and tax year', () => {
    const schema = v.object({
      years: v.strictObject({ '2025': yearSchema(2025), '2026': yearSchema(2026) }),
    });
    const r = v.safeParse(schema, equityJson);
    expect(r.issues?.map((i) => i.message) ?? []).toEqual([]);
    const bad = structuredClone(equityJson);
    delete (bad.years['2026'].amtRates as { source?: string }).source;
    expect(v.safeParse(schema, bad).success).toBe(false);
  });

  it('holds the phase-out at 25% for 2025 and 50% from $500,000 / $1,000,000 for 2026 (P.L. 119-21)', () => {
    expect(equityYear(2025).amtPhaseOut).toMatchObject({
      ratePct: 25,
      over: { single: 626_350, mfj: 1_252_700 },
    });
    expect(equityYear(2026).amtPhaseOut).toMatchObject({
      ratePct: 50,
      over: { single: 500_000, mfj: 1_000_000 },
    });
    expect(() => equityYear(2024)).toThrow(RangeError);
    expect(() => nonNegative(Number.NaN, 'x')).toThrow(RangeError);
  });
});

describe('nsoExerciseTax: the spread is wages', () => {
  it('Texas, single, 2025: $100,000 spread on $200,000 wages', () => {
    // Federal: taxable 184,250 → 284,250: 24% × (197,300 − 184,250) = 3,132; 32% × 53,225 = 17,032;
    // 35% × (284,250 − 250,525) = 11,803.75 → 31,967.75; lines rounded: 69,034.75 → 69,035 − 37,067 = 31,968.
    // Social Security: wages already over the $176,100 base → 0. Medicare: 1.45% × 100,000 = 1,450 plus
    // 0.9% × (300,000 − 200,000) = 900 (Form 8959) → 2,350. Texas: no income tax, no payroll programs.
    expect(nsoExerciseTax({ ...texas2025, spread: 100_000 })).toEqual({
      spread: 100_000,
      federalIncomeTax: 31_968,
      socialSecurity: 0,
      medicare: 2_350,
      stateIncomeTax: 0,
      localIncomeTax: 0,
      statePayroll: 0,
      total: 34_318,
    });
  });

  it('North Carolina, single, 2026: $100,000 spread on $100,000 wages (Social Security base reached)', () => {
    // Federal: taxable 83,900 → 183,900: 22% × (105,700 − 83,900) = 4,796; 24% × (183,900 − 105,700)
    // = 18,768 → 23,564 (13,170 → 36,734). Social Security: 6.2% × (184,500 − 100,000) = 5,239 (2026
    // base $184,500). Medicare: 1.45% × 100,000 = 1,450 ($200,000 is not over the 0.9% threshold).
    // NC (N.C.G.S. §105-153.7, 3.99% for 2026, $12,750 deduction): 3.99% × 87,250 = 3,481.275 → 3,481;
    // 3.99% × 187,250 = 7,471.275 → 7,471; added 3,990 (both under the $16,100 standard deduction).
    const r = nsoExerciseTax({
      wages: 100_000,
      location: 'state-nc',
      filingStatus: 'single',
      year: 2026,
      spread: 100_000,
    });
    expect(r).toEqual({
      spread: 100_000,
      federalIncomeTax: 23_564,
      socialSecurity: 5_239,
      medicare: 1_450,
      stateIncomeTax: 3_990,
      localIncomeTax: 0,
      statePayroll: 0,
      total: 34_243,
    });
  });

  it('a non-resident working in Yonkers pays its 0.5% earnings tax on the spread (Form Y-203)', () => {
    const ny = {
      wages: 200_000,
      location: 'metro-new-york-newark-jersey-city-ny-nj-pa',
      filingStatus: 'single',
      year: 2025,
    } as const;
    // 0.5% × 100,000 = 500.
    expect(nsoExerciseTax({ ...ny, cityTaxes: ['yonkers:work'], spread: 100_000 }).localIncomeTax).toBe(500);
    expect(() => nsoExerciseTax({ ...ny, spread: -1 })).toThrow(RangeError);
  });
});

describe('isoExerciseTax: the spread is an AMT adjustment (Form 6251)', () => {
  it('2025, single, $200,000 wages in Texas, $300,000 spread', () => {
    // Line 1: 184,250; line 2a: the $15,750 standard deduction; line 2i: 300,000; line 4: 500,000.
    // Line 5: 88,100 (AMTI under the $626,350 phase-out threshold). Line 6: 411,900. Line 7: 28% × 411,900
    // − 4,782 (2% × 239,100) = 110,550. Line 10: 37,067. Line 11: 110,550 − 37,067 = 73,483.
    expect(isoExerciseTax({ ...texas2025, spread: 300_000 })).toEqual({
      spread: 300_000,
      taxableIncome: 184_250,
      deductionAddBack: 15_750,
      amti: 500_000,
      exemption: 88_100,
      tentativeMinimumTax: 110_550,
      regularTax: REGULAR_2025_200K,
      amt: 73_483,
    });
  });

  it('2026, the same case: AMTI at the new $500,000 threshold, so no phase-out yet', () => {
    // Line 1: 183,900; 2a: 16,100; line 4: 500,000; line 5: 90,100 (Rev. Proc. 2025-32); line 6: 409,900;
    // line 7: 28% × 409,900 − 4,890 (2% × 244,500) = 114,772 − 4,890 = 109,882; AMT 109,882 − 36,734 = 73,148.
    expect(isoExerciseTax({ ...texas2026, spread: 300_000 })).toMatchObject({
      amti: 500_000,
      exemption: 90_100,
      tentativeMinimumTax: 109_882,
      regularTax: REGULAR_2026_200K,
      amt: 73_148,
    });
  });

  it('a $400,000 spread: 2026 phases the exemption out at 50% over $500,000, 2025 does not', () => {
    // 2026: AMTI 600,000; exemption 90,100 − 50% × 100,000 = 40,100; line 6: 559,900; line 7: 28% ×
    // 559,900 − 4,890 = 156,772 − 4,890 = 151,882; AMT 151,882 − 36,734 = 115,148.
    expect(isoExerciseTax({ ...texas2026, spread: 400_000 })).toMatchObject({
      amti: 600_000,
      exemption: 40_100,
      tentativeMinimumTax: 151_882,
      amt: 115_148,
    });
    // 2025: AMTI 600,000 < 626,350: exemption 88,100; line 6: 511,900; 28% × 511,900 − 4,782 = 138,550;
    // AMT 138,550 − 37,067 = 101,483.
    expect(isoExerciseTax({ ...texas2025, spread: 400_000 })).toMatchObject({
      exemption: 88_100,
      tentativeMinimumTax: 138_550,
      amt: 101_483,
    });
  });

  it('2026: the exemption is gone once AMTI passes $500,000 + 2 × $90,100', () => {
    // Spread 800,000: AMTI 1,000,000; 50% × 500,000 = 250,000 > 90,100 → exemption 0; line 7: 28% ×
    // 1,000,000 − 4,890 = 275,110; AMT 275,110 − 36,734 = 238,376.
    expect(isoExerciseTax({ ...texas2026, spread: 800_000 })).toMatchObject({ exemption: 0, amt: 238_376 });
  });

  it('a small spread leaves the AMT at 0', () => {
    // AMTI 220,000; line 6: 220,000 − 88,100 = 131,900 ≤ 239,100 → 26% × 131,900 = 34,294 < 37,067.
    expect(isoExerciseTax({ ...texas2025, spread: 20_000 })).toMatchObject({
      amti: 220_000,
      tentativeMinimumTax: 34_294,
      amt: 0,
    });
  });

  it('adds back state income tax itemized under the SALT cap (California, $500,000 wages, 2025)', () => {
    // CA tax on 494,294 (Form 540 schedule, data/states/ca.json) is over $44,000, so SALT is capped at
    // $40,000 (AGI not over $500,000). Line 1: 460,000; regular tax: 17,651 + 24% × 93,950 (22,548) + 32% ×
    // 53,225 (17,032) + 35% × 209,475 (73,316.25) = 130,547.25 → 130,547. Line 2a: 40,000; line 4: 460,000
    // + 40,000 + 100,000 = 600,000; line 7: 28% × 511,900 − 4,782 = 138,550; AMT 138,550 − 130,547 = 8,003.
    expect(
      isoExerciseTax({
        wages: 500_000,
        location: 'state-ca',
        filingStatus: 'single',
        year: 2025,
        spread: 100_000,
      }),
    ).toEqual({
      spread: 100_000,
      taxableIncome: 460_000,
      deductionAddBack: 40_000,
      amti: 600_000,
      exemption: 88_100,
      tentativeMinimumTax: 138_550,
      regularTax: 130_547,
      amt: 8_003,
    });
  });

  it('adds back CA SDI with the state tax: both are itemized, neither is allowed for the AMT (2025)', () => {
    // $200,000 in California: CA tax 14,354.98 (worked in saleTax.test.ts) + SDI 1.2% × 200,000 = 2,400,
    // which Schedule A line 5a counts as state income tax: SALT 16,754.98 > 15,750, itemized. Line 1:
    // 183,245.02; regular tax 17,651 + 24% × 79,895.02 = 36,825.80 → 36,826. Line 2a: 16,755 (rounded);
    // line 4: 200,000 + 100,000 = 300,000; line 7: 26% × (300,000 − 88,100) = 55,094; AMT 55,094 − 36,826
    // = 18,268. Without the SDI the standard deduction would win: regular 37,067, AMT 18,027.
    expect(
      isoExerciseTax({
        wages: 200_000,
        location: 'state-ca',
        filingStatus: 'single',
        year: 2025,
        spread: 100_000,
      }),
    ).toMatchObject({
      deductionAddBack: 16_755,
      amti: 300_000,
      tentativeMinimumTax: 55_094,
      regularTax: 36_826,
      amt: 18_268,
    });
  });

  it('married filing jointly, 2026: $300,000 wages in Texas, $500,000 spread', () => {
    // Taxable 300,000 − 32,200 = 267,800: 10% × 24,800 = 2,480; 12% × 76,000 = 9,120; 22% × 110,600 =
    // 24,332; 24% × 56,400 = 13,536 → 49,468. AMTI 800,000 < 1,000,000: exemption 140,200; line 6: 659,800;
    // line 7: 28% × 659,800 − 4,890 = 179,854; AMT 179,854 − 49,468 = 130,386.
    expect(
      isoExerciseTax({
        wages: 300_000,
        location: 'state-tx',
        filingStatus: 'married-joint',
        year: 2026,
        spread: 500_000,
      }),
    ).toMatchObject({ amti: 800_000, exemption: 140_200, regularTax: 49_468, amt: 130_386 });
  });
});

describe('eightyThreeBTax: an 83(b) election at early exercise', () => {
  it('is free when the strike is the 409A price', () => {
    const r = eightyThreeBTax({ ...texas2025, shares: 100_000, fmvPerShare: 1, strikePerShare: 1 });
    expect(r.income).toBe(0);
    expect(r.basisPerShare).toBe(1);
    expect(r.tax.total).toBe(0);
  });

  it('taxes (FMV − strike) × shares as wages: $2 × 50,000 = $100,000, as the NSO case above', () => {
    const r = eightyThreeBTax({ ...texas2025, shares: 50_000, fmvPerShare: 3, strikePerShare: 1 });
    expect(r.income).toBe(100_000);
    expect(r.basisPerShare).toBe(3);
    expect(r.tax).toMatchObject({ federalIncomeTax: 31_968, medicare: 2_350, total: 34_318 });
    expect(() => eightyThreeBTax({ ...texas2025, shares: -1, fmvPerShare: 3, strikePerShare: 1 })).toThrow(
      RangeError,
    );
  });
});
