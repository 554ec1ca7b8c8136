// The tax of a sale of shares and an ISO sale's disposition, every expected number worked by hand from the primary source: 2025
// brackets and standard deduction ($15,750 single) per Rev. Proc. 2024-40 §3.01 and P.L. 119-21, 2026
// ($16,100) per Rev. Proc. 2025-32 §§4.01, 4.14; capital-gain thresholds (Qualified Dividends and Capital
// Gain Tax Worksheet) and the NIIT as in data/equityTax.json (Rev. Proc. 2024-40 §3.03, Rev. Proc. 2025-32
// §4.03, IRC §§1(h), 1411). State and local figures are those of data/states and data/locals.json.
import { describe, expect, it } from 'vitest';
import { equityTaxLeftOut, isoDisposition, saleTax } from '../../../src/model/equity/equityTax';

const texas2025 = { wages: 200_000, location: 'state-tx', filingStatus: 'single', year: 2025 } as const;
const texas2026 = { ...texas2025, year: 2026 } as const;
// The 2025 single regular tax on wages alone: 184,250 taxable → 37,067 (worked in equityTax.test.ts).
describe('isoDisposition: qualifying or disqualifying (IRC §422(a)(1), §422(c)(2))', () => {
  const shares = { shares: 10_000, strikePerShare: 1, fmvAtExercisePerShare: 5, salePricePerShare: 20 };

  it('qualifying: more than 2 years from grant and 1 year from exercise, all long-term gain from the strike', () => {
    const d = isoDisposition({
      ...shares,
      grantDate: '2022-01-15',
      exerciseDate: '2023-03-01',
      saleDate: '2024-03-02',
    });
    // (20 − 1) × 10,000 = 190,000.
    expect(d).toEqual({ qualifying: true, ordinaryIncome: 0, capitalGain: 190_000, holding: 'long' });
  });

  it('sold on the first anniversary of exercise: not more than a year, disqualifying and short-term', () => {
    const d = isoDisposition({
      ...shares,
      grantDate: '2022-01-15',
      exerciseDate: '2023-03-01',
      saleDate: '2024-03-01',
    });
    // Ordinary: (5 − 1) × 10,000 = 40,000; capital gain: 190,000 − 40,000 = 150,000.
    expect(d).toEqual({ qualifying: false, ordinaryIncome: 40_000, capitalGain: 150_000, holding: 'short' });
  });

  it('held over a year from exercise but not 2 years from grant: disqualifying, the rest long-term', () => {
    const d = isoDisposition({
      ...shares,
      grantDate: '2024-01-10',
      exerciseDate: '2024-01-10',
      saleDate: '2025-02-01',
    });
    expect(d).toEqual({ qualifying: false, ordinaryIncome: 40_000, capitalGain: 150_000, holding: 'long' });
  });

  it('sold below the FMV at exercise: ordinary income is only the gain; below the strike, a loss', () => {
    const dates = { grantDate: '2025-01-10', exerciseDate: '2025-02-10', saleDate: '2025-06-30' };
    // (3 − 1) × 10,000 = 20,000 ordinary, no capital gain.
    expect(isoDisposition({ ...shares, ...dates, salePricePerShare: 3 })).toMatchObject({
      ordinaryIncome: 20_000,
      capitalGain: 0,
    });
    // (0.5 − 1) × 10,000 = −5,000 capital loss, no ordinary income.
    expect(isoDisposition({ ...shares, ...dates, salePricePerShare: 0.5 })).toMatchObject({
      ordinaryIncome: 0,
      capitalGain: -5_000,
    });
  });

  it('takes Feb 28 as the anniversary of Feb 29, and rejects bad dates', () => {
    const leap = { ...shares, grantDate: '2022-01-01', exerciseDate: '2024-02-29' };
    expect(isoDisposition({ ...leap, saleDate: '2025-02-28' }).holding).toBe('short');
    expect(isoDisposition({ ...leap, saleDate: '2025-03-01' }).qualifying).toBe(true);
    expect(() => isoDisposition({ ...leap, saleDate: '2025-02-30' })).toThrow(RangeError);
    expect(() => isoDisposition({ ...leap, saleDate: '2025-3-1' })).toThrow(RangeError);
    expect(() => isoDisposition({ ...leap, saleDate: '2023-01-01' })).toThrow(RangeError);
  });
});

describe('saleTax: at exit or sale', () => {
  const california = { ...texas2025, location: 'state-ca' } as const;

  it('Texas, long-term $100,000 on $200,000 wages (2025): 15% stacked, plus NIIT', () => {
    // Taxable 300,000 − 15,750 = 284,250; ordinary part 184,250 (tax 37,067, unchanged); the gain fills
    // 184,250–284,250, inside the 15% band ($48,350–$533,400): 15% × 100,000 = 15,000 (worksheet lines
    // 13–18). NIIT: lesser of 100,000 and 300,000 − 200,000 → 3.8% × 100,000 = 3,800. No state tax.
    expect(saleTax({ ...texas2025, gain: 100_000, holding: 'long' })).toEqual({
      gain: 100_000,
      ordinaryIncome: 0,
      holding: 'long',
      federalIncomeTax: 15_000,
      netInvestmentIncomeTax: 3_800,
      stateIncomeTax: 0,
      localIncomeTax: 0,
      total: 18_800,
      federalDeduction: { kind: 'standard', amount: 15_750 },
    });
  });

  it('Texas, short-term $100,000: ordinary rates (as the NSO spread) but NIIT, not Medicare', () => {
    // Federal 31,968 as in the NSO case; NIIT 3,800.
    expect(saleTax({ ...texas2025, gain: 100_000, holding: 'short' })).toMatchObject({
      federalIncomeTax: 31_968,
      netInvestmentIncomeTax: 3_800,
      total: 35_768,
    });
    // The national average has no state: the same.
    expect(saleTax({ ...texas2025, location: 'us', gain: 100_000, holding: 'short' }).total).toBe(35_768);
  });

  it('California, long-term $100,000 on $200,000 wages (2025): 9.3% state, SALT now itemized', () => {
    // CA (Form 540 schedule, $5,706 deduction): on 194,294: 3,201.97 to 72,724 + 9.3% × 121,570 =
    // 11,306.01 → 14,507.98, less the $153 exemption credit (AGI under $252,203) = 14,354.98 → 14,355.
    // On 294,294: 3,201.97 + 9.3% × 221,570 = 20,606.01 → 23,807.98; credit 153 − 6 × ⌈47,797 ÷ 2,500⌉
    // (20 steps) = 33 → 23,774.98 → 23,775. Added state: 9,420.
    // SDI 1.2% × 200,000 = 2,400 on the wages, state income tax for Schedule A (line 5a). Wages alone:
    // SALT 14,354.98 + 2,400 = 16,754.98 > 15,750, itemized; taxable 183,245.02: 17,651 + 24% × 79,895.02
    // = 36,825.80 → 36,826. With the sale: SALT 23,774.98 + 2,400 = 26,174.98; taxable 273,825.02;
    // ordinary part 173,825.02: 17,651 + 24% × 70,475.02 = 34,565.00; gain 15% × 100,000 = 15,000 →
    // 49,565.00 → 49,565 − 36,826 = 12,739. NIIT 3,800. Total 12,739 + 3,800 + 9,420 = 25,959.
    expect(saleTax({ ...california, gain: 100_000, holding: 'long' })).toEqual({
      gain: 100_000,
      ordinaryIncome: 0,
      holding: 'long',
      federalIncomeTax: 12_739,
      netInvestmentIncomeTax: 3_800,
      stateIncomeTax: 9_420,
      localIncomeTax: 0,
      total: 25_959,
      federalDeduction: { kind: 'salt', amount: 26_175 },
    });
  });

  it('an ESPP gain in the wages pays no SDI, so it adds nothing to the SDI counted in SALT', () => {
    // As the long-term case above, with $10,000 of the $200,000 an ESPP's gain (no payroll tax): state tax
    // the same (23,774.98 with the sale), SDI 1.2% × 190,000 = 2,280 → SALT 26,054.98 → 26,055.
    expect(
      saleTax({ ...california, payrollExempt: 10_000, gain: 100_000, holding: 'long' }).federalDeduction,
    ).toEqual({ kind: 'salt', amount: 26_055 });
  });

  it('California, short-term $100,000 (2025): ordinary federal rates on top of the itemized SALT', () => {
    // Taxable 273,825.02 at ordinary rates: 17,651 + 22,548 (24% × 93,950) + 17,032 (32% × 53,225) + 35% ×
    // 23,300.02 (8,155.01) = 65,386.01 → 65,386 − 36,826 = 28,560. State 9,420, NIIT 3,800 → 41,780.
    expect(saleTax({ ...california, gain: 100_000, holding: 'short' })).toMatchObject({
      federalIncomeTax: 28_560,
      netInvestmentIncomeTax: 3_800,
      stateIncomeTax: 9_420,
      total: 41_780,
    });
  });

  it('a disqualifying ISO sale in Texas: $40,000 ordinary income (no payroll, not NII), $150,000 short-term', () => {
    // Taxable 200,000 + 190,000 − 15,750 = 374,250, all ordinary: 57,231 to 250,525 + 35% × 123,725
    // (43,303.75) = 100,534.75 → 100,535 − 37,067 = 63,468. NIIT: lesser of 150,000 and 390,000 − 200,000
    // → 3.8% × 150,000 = 5,700. Total 69,168.
    const d = isoDisposition({
      grantDate: '2024-01-10',
      exerciseDate: '2025-01-10',
      saleDate: '2025-06-30',
      shares: 10_000,
      strikePerShare: 1,
      fmvAtExercisePerShare: 5,
      salePricePerShare: 20,
    });
    expect(d).toEqual({ qualifying: false, ordinaryIncome: 40_000, capitalGain: 150_000, holding: 'short' });
    expect(
      saleTax({ ...texas2025, gain: d.capitalGain, ordinaryIncome: d.ordinaryIncome, holding: d.holding }),
    ).toMatchObject({ federalIncomeTax: 63_468, netInvestmentIncomeTax: 5_700, total: 69_168 });
  });

  it('a large long-term gain crosses the 0%, 15% and 20% bands, and NIIT is held to MAGI over $200,000', () => {
    // 2026, single, $40,020 wages, gain 600,000: taxable 640,020 − 16,100 = 623,920; ordinary part 23,920:
    // 1,240 + 12% × 11,520 = 1,382.40 → 1,382 alone. Gain: 0% to 49,450; 15% × (545,500 − 49,450) = 74,407.50;
    // 20% × (623,920 − 545,500) = 15,684 → 1,382.40 + 90,091.50 = 91,473.90 → 91,474 − 1,382 = 90,092
    // (Rev. Proc. 2025-32 §4.03). NIIT: lesser of 600,000 and 640,020 − 200,000 = 440,020 → 16,720.76 → 16,721.
    expect(saleTax({ ...texas2026, wages: 40_020, gain: 600_000, holding: 'long' })).toMatchObject({
      federalIncomeTax: 90_092,
      netInvestmentIncomeTax: 16_721,
      total: 106_813,
    });
  });

  it('Indiana: state 3% and Marion County 2.02% of Indiana taxable income take their share of a gain', () => {
    // IN (IC 6-3-2-1(b), $1,000 exemption): 3% × 199,000 = 5,970 → 3% × 299,000 = 8,970: +3,000.
    // Marion County (2.02%): 4,019.80 → 4,020; 6,039.80 → 6,040: +2,020. SALT 15,009.80 < 15,750: standard,
    // so federal 15,000 and NIIT 3,800 as in Texas. Total 23,820.
    expect(saleTax({ ...texas2025, location: 'state-in', gain: 100_000, holding: 'long' })).toMatchObject({
      federalIncomeTax: 15_000,
      stateIncomeTax: 3_000,
      localIncomeTax: 2_020,
      total: 23_820,
    });
  });

  it('New York City taxes a resident’s gain; Philadelphia’s wage tax and Yonkers’ non-resident tax do not', () => {
    const nyMetro = 'metro-new-york-newark-jersey-city-ny-nj-pa';
    // NYC (IT-201-I schedule; NY taxable = AGI − $8,000): on 192,000: 369.36 + 489.06 + 954.75 + 3.876% ×
    // 142,000 (5,503.92) = 7,317.09, less the $63 school credit (AGI ≤ $250,000) and the rate reduction
    // 21 + 0.228% × 180,000 = 431.40 → 6,822.69 → 6,823. On 292,000: 7,317.09 + 3,876 = 11,193.09, no
    // school credit, reduction 21 + 0.228% × 280,000 = 659.40 → 10,533.69 → 10,534. Added: 3,711.
    expect(saleTax({ ...texas2025, location: nyMetro, gain: 100_000, holding: 'long' }).localIncomeTax).toBe(
      3_711,
    );
    expect(
      saleTax({
        ...texas2025,
        location: nyMetro,
        cityTaxes: ['yonkers:work'],
        gain: 100_000,
        holding: 'long',
      }).localIncomeTax,
    ).toBe(0);
    // Philadelphia (PA 3.07% on wages and gains, 72 P.S. §7302; city wage tax 3.745% on wages only):
    // PA 6,140 → 9,210: +3,070. PA's employee unemployment contribution (0.07% × 200,000 = 140) counts as
    // state income tax (Schedule A line 5a). Wages alone: 6,140 + 7,490 + 140 = 13,770 < 15,750, standard.
    // With the sale: SALT 9,210 + 7,490 + 140 = 16,840 > 15,750: itemized; taxable 283,160; ordinary part
    // 183,160: 17,651 + 24% × 79,810 = 36,805.40; + 15,000 → 51,805 − 37,067 = 14,738. NIIT 3,800.
    expect(
      saleTax({
        ...texas2025,
        location: 'metro-philadelphia-camden-wilmington-pa-nj-de-md',
        gain: 100_000,
        holding: 'long',
      }),
    ).toMatchObject({
      federalIncomeTax: 14_738,
      stateIncomeTax: 3_070,
      localIncomeTax: 0,
      total: 21_608,
      federalDeduction: { kind: 'salt', amount: 16_840 },
    });
  });

  it('a loss is taxed as no gain; a gain that is not a number or negative ordinary income throws', () => {
    expect(saleTax({ ...texas2025, gain: -5_000, holding: 'long' })).toMatchObject({ gain: 0, total: 0 });
    expect(() => saleTax({ ...texas2025, gain: Number.NaN, holding: 'long' })).toThrow(RangeError);
    expect(() => saleTax({ ...texas2025, gain: 1, ordinaryIncome: -1, holding: 'long' })).toThrow(RangeError);
  });
});

describe('equityTaxLeftOut', () => {
  it('names what the code leaves out', () => {
    const text = equityTaxLeftOut.join('\n');
    for (const s of ['§1202', 'AMT credit', 'Part III', 'state alternative minimum', 'wash sales', '§422(d)'])
      expect(text).toContain(s);
  });
});
