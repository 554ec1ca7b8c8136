import { describe, expect, it } from 'vitest';
import placesJson from '../../../data/places.json' with { type: 'json' };
import supplementalJson from '../../../data/supplemental.json' with { type: 'json' };
import {
  aprilBill,
  aprilBillNotes,
  federalSafeHarbor,
  stateSupplementalRate,
} from '../../../src/model/equity/withholding';
import { stateFiles } from '../../../src/model/states/data';

// The RSU-heavy year of the brief: base $185,000 and $150,000 of vested RSUs, single.
const rsuYear = { filingStatus: 'single' as const, base: 185000, supplemental: 150000 };

describe('aprilBill: an RSU-heavy year in Texas (2026), worked by hand', () => {
  // Federal 2026 single (Rev. Proc. 2025-32 §4.01, standard deduction $16,100 §4.14); Texas has no
  // income tax, so the standard deduction is taken.
  // All wages: 335,000 − 16,100 = 318,900 taxable.
  //   10% × 12,400 = 1,240; 12% × 38,000 = 4,560; 22% × 55,300 = 12,166; 24% × 96,075 = 23,058;
  //   32% × 54,450 = 17,424; 35% × (318,900 − 256,225 = 62,675) = 21,936.25 → 80,384.25 → $80,384.
  // Base alone: 185,000 − 16,100 = 168,900: 1,240 + 4,560 + 12,166 + 24% × 63,200 (15,168) = $33,134,
  //   which is what the W-4 withholding is taken to be (the labelled assumption).
  // Supplemental: 22% × 150,000 = $33,000 (IRC 3402; Treas. Reg. 31.3402(g)-1; under $1 million).
  // Withheld 33,134 + 33,000 = 66,134; due at filing 80,384 − 66,134 = $14,250.
  const bill = aprilBill({ ...rsuYear, location: 'state-tx', year: 2026 });

  it('owes $14,250 at filing: the 22% flat rate is below the 32–35% the RSUs are taxed at', () => {
    expect(bill.federal).toEqual({
      owed: 80384,
      withheld: { regular: 33134, supplemental: 33000, total: 66134 },
      due: 14250,
    });
    expect(bill.state).toMatchObject({ code: 'TX', method: 'none', owed: 0, due: 0, supplementalRate: null });
    expect(bill.state.withheld.total).toBe(0);
    expect(bill.local).toEqual({ owed: 0, withheld: { regular: 0, supplemental: 0, total: 0 }, due: 0 });
    expect([bill.wages, bill.owed, bill.withheld, bill.due]).toEqual([335000, 80384, 66134, 14250]);
  });

  it('without last year’s tax, this year’s stands in (flagged): 90% of it, four installments', () => {
    // Required = min(90% × 80,384 = 72,345.6, 110% × 80,384) → $72,346 (AGI 335,000 > 150,000: 110%).
    // Shortfall 72,346 − 66,134 = 6,212; a quarter each: $1,553 (IRC 6654(c)(2) dates).
    const s = bill.safeHarbor;
    expect(s).toMatchObject({
      currentYearTax: 80384,
      priorYearTax: 80384,
      priorYearPct: 110,
      priorYearAssumed: true,
      required: 72346,
      withheld: 66134,
      withholdingMeets: false,
      underThreshold: false,
      shortfall: 6212,
    });
    expect(s.quarterly).toEqual([
      { due: '2026-04-15', amount: 1553 },
      { due: '2026-06-15', amount: 1553 },
      { due: '2026-09-15', amount: 1553 },
      { due: '2027-01-15', amount: 1553 },
    ]);
    expect(bill.notes).toContain(aprilBillNotes.priorYearAssumed);
    expect(bill.notes).toContain(aprilBillNotes.regular);
  });

  it('within the safe harbor: last year’s tax $50,000 at AGI $140,000 (100%) is met by withholding', () => {
    // Required = min(72,345.6, 100% × 50,000) = 50,000 ≤ 66,134 withheld: no estimated payments, no
    // penalty, though $14,250 is still due in April.
    const b = aprilBill({
      ...rsuYear,
      location: 'state-tx',
      year: 2026,
      priorYear: { tax: 50000, agi: 140000 },
    });
    expect(b.safeHarbor).toMatchObject({
      priorYearPct: 100,
      priorYearAssumed: false,
      required: 50000,
      withholdingMeets: true,
      shortfall: 0,
      quarterly: [],
    });
    expect(b.due).toBe(14250);
    expect(b.notes).not.toContain(aprilBillNotes.priorYearAssumed);
  });

  it('the 110% case: last year’s tax $62,000 at AGI $180,000 asks $68,200, above what was withheld', () => {
    // 110% × 62,000 = 68,200 < 72,345.6 → required 68,200; shortfall 68,200 − 66,134 = 2,066;
    // 2,066 / 4 = 516.5 → $517 each (rounded up so the four cover it). At 100% (62,000) withholding
    // would have met it.
    const b = aprilBill({
      ...rsuYear,
      location: 'state-tx',
      year: 2026,
      priorYear: { tax: 62000, agi: 180000 },
    });
    expect(b.safeHarbor).toMatchObject({ priorYearPct: 110, required: 68200, shortfall: 2066 });
    expect(b.safeHarbor.quarterly.map((q) => q.amount)).toEqual([517, 517, 517, 517]);
  });
});

describe('aprilBill: the same year in California (2025), worked by hand', () => {
  // California 2025 (FTB 2025 rate schedule X; standard deduction $5,706; exemption credit $153 less $6 per
  // $2,500 or part of federal AGI over $252,203).
  // All wages: 335,000 − 5,706 = 329,294 taxable. 1% × 11,079 = 110.79; 2% × 15,185 = 303.70;
  //   4% × 15,188 = 607.52; 6% × 16,090 = 965.40; 8% × 15,182 = 1,214.56 (3,201.97 to 72,724);
  //   9.3% × 256,570 = 23,861.01 → 27,062.98. Credit: 82,797 over → 34 steps × 6 = 204 > 153 → 0.
  //   → $27,063.
  // Base alone: 179,294 taxable: 3,201.97 + 9.3% × 106,570 (9,911.01) = 13,112.98 − 153 = $12,960.
  // SDI 1.2% of the wages (335,000 → 4,020; base alone 2,220) is state income tax for federal itemizing
  // (IRS Instructions for Schedule A, line 5a).
  // Federal 2025 single (Rev. Proc. 2024-40; standard deduction $15,750, SALT cap $40,000):
  //   all wages itemize 27,062.98 + 4,020 = 31,082.98 (> 15,750): 335,000 − 31,082.98 = 303,917.02
  //   taxable: 1,192.50 + 4,386 + 12,072.50 + 22,548 + 17,032 + 35% × 53,392.02 (18,687.21) → $75,918.
  //   Base alone takes the standard deduction (12,959.98 + 2,220 = 15,179.98 < 15,750): 169,250 taxable:
  //   17,651 + 24% × 65,900 (15,816) = $33,467.
  // Withholding: federal 33,467 + 22% × 150,000 (33,000) = 66,467 → due 75,918 − 66,467 = $9,451.
  //   California 12,960 + 10.23% × 150,000 (15,345; R&TC §18663, EDD DE 44) = 28,305 → due
  //   27,063 − 28,305 = −$1,242 (a state refund: 10.23% is above the 9.3% the RSUs are taxed at).
  const bill = aprilBill({ ...rsuYear, location: 'state-ca', year: 2025 });

  it('federal $9,451 due, California $1,242 refunded, $8,209 net at filing', () => {
    expect(bill.federal).toEqual({
      owed: 75918,
      withheld: { regular: 33467, supplemental: 33000, total: 66467 },
      due: 9451,
    });
    expect(bill.state).toMatchObject({
      code: 'CA',
      method: 'flat',
      owed: 27063,
      withheld: { regular: 12960, supplemental: 15345, total: 28305 },
      due: -1242,
    });
    expect(bill.state.supplementalRate?.ratePct).toBe(10.23);
    expect(bill.state.supplementalRate?.source).toMatch(/18663/);
    expect([bill.owed, bill.withheld, bill.due]).toEqual([102981, 94772, 8209]);
    expect(bill.notes).toContain(aprilBillNotes.flatRate);
  });

  it('safe harbor from this year: 90% × 75,918 = 68,326.2 → $68,326; shortfall 1,859 → $465 a quarter', () => {
    expect(bill.safeHarbor).toMatchObject({ required: 68326, shortfall: 1859 });
    expect(bill.safeHarbor.quarterly[0]).toEqual({ due: '2025-04-15', amount: 465 });
  });
});

describe('aprilBill: states without a figure, New York and its city, locals without a figure', () => {
  it('a state with no flat rate (Massachusetts) withholds what the wages add: nothing due there', () => {
    const b = aprilBill({ ...rsuYear, location: 'state-ma', year: 2026 });
    expect(b.state.method).toBe('no-figure');
    expect(b.state.supplementalRate).toBeNull();
    expect(b.state.withheld.supplemental).toBe(b.state.owed - b.state.withheld.regular);
    expect(b.state.due).toBe(0);
    expect(b.notes).toContain(aprilBillNotes.stateNoFigure);
  });

  it('New York City 2025: 11.70% state and 4.25% city on the RSUs', () => {
    // 11.70% × 150,000 = 17,550 (NYS-50-T-NYS (1/23)); 4.25% × 150,000 = 6,375 (20 NYCRR §291.1).
    const b = aprilBill({
      ...rsuYear,
      location: 'metro-new-york-newark-jersey-city-ny-nj-pa',
      state: 'NY',
      cityTaxes: ['nyc'],
      year: 2025,
    });
    expect(b.state.withheld.supplemental).toBe(17550);
    expect(b.local.withheld.supplemental).toBe(6375);
    expect(b.notes).not.toContain(aprilBillNotes.localNoFigure);
  });

  it('Portland 2026: Oregon’s 8% on the RSUs; the local taxes withheld as owed', () => {
    // 8% × 150,000 = 12,000 (OAR 150-316-0257(2)).
    const b = aprilBill({ ...rsuYear, location: 'metro-portland-vancouver-hillsboro-or-wa', year: 2026 });
    expect(b.state.withheld.supplemental).toBe(12000);
    expect(b.local.owed).toBeGreaterThan(0);
    expect(b.local.due).toBe(0);
    expect(b.notes).toContain(aprilBillNotes.localNoFigure);
  });

  it('looks rates up by state and year: New York has none for 2026; no wage tax is none', () => {
    expect(stateSupplementalRate('NY', 2025)).toMatchObject({ kind: 'flat', rate: { ratePct: 11.7 } });
    expect(stateSupplementalRate('NY', 2026)).toEqual({ kind: 'no-figure' });
    expect(stateSupplementalRate('NC', 2026)).toMatchObject({ rate: { ratePct: 4.09 } }); // 3.99 + 0.1
    expect(stateSupplementalRate('TX', 2026)).toEqual({ kind: 'none' });
    expect(stateSupplementalRate(null, 2026)).toEqual({ kind: 'none' });
    expect(stateSupplementalRate('PA', 2025)).toEqual({ kind: 'no-figure' });
  });

  it('rejects negative wages', () => {
    expect(() => aprilBill({ ...rsuYear, base: -1, location: 'state-tx', year: 2026 })).toThrow(RangeError);
    expect(() => aprilBill({ ...rsuYear, supplemental: Number.NaN, location: 'us', year: 2026 })).toThrow(
      RangeError,
    );
  });
});

describe('federalSafeHarbor', () => {
  it('AGI of exactly $150,000 last year is not over it: 100%', () => {
    const s = federalSafeHarbor({
      year: 2026,
      currentYearTax: 80384,
      currentYearAgi: 335000,
      withheld: 66134,
      priorYear: { tax: 62000, agi: 150000 },
    });
    expect(s).toMatchObject({ priorYearPct: 100, required: 62000, withholdingMeets: true });
  });

  it('under $1,000 left after withholding: no penalty even when withholding misses (IRC 6654(e)(1))', () => {
    // 5,000 − 4,200 = 800 < 1,000. Required 90% × 5,000 = 4,500; shortfall 300 → 75 a quarter.
    const s = federalSafeHarbor({ year: 2025, currentYearTax: 5000, currentYearAgi: 60000, withheld: 4200 });
    expect(s).toMatchObject({ underThreshold: true, withholdingMeets: false, shortfall: 300 });
    expect(s.quarterly.map((q) => q.amount)).toEqual([75, 75, 75, 75]);
  });

  it('rejects a negative amount', () => {
    expect(() =>
      federalSafeHarbor({
        year: 2026,
        currentYearTax: 1,
        currentYearAgi: 1,
        withheld: 0,
        priorYear: { tax: -1, agi: 0 },
      }),
    ).toThrow(RangeError);
  });
});

describe('data/supplemental.json', () => {
  const statesOf = placesJson.places.filter((p) => p.kind === 'state').map((p) => p.state as string);
  const flat = Object.keys(supplementalJson.states);
  const none = supplementalJson.noWageIncomeTax.states;
  const noFigure = supplementalJson.noFigure.states;

  it('places every state and DC in exactly one group', () => {
    expect([...flat, ...none, ...noFigure].sort()).toEqual([...statesOf].sort());
  });

  it('lists as no-wage-tax exactly the states whose data has no income tax', () => {
    const untaxed = statesOf.filter((s) =>
      ['2025', '2026'].every((y) => !stateFiles[s]?.years[y]?.incomeTax),
    );
    expect([...none].sort()).toEqual(untaxed.sort());
  });

  it('gives every rate its year and source, each a percentage below the top federal one', () => {
    const all = [supplementalJson.states, supplementalJson.locals].flatMap((g) =>
      Object.values(g as Record<string, Record<string, { year: number; ratePct: number; source: string }>>),
    );
    for (const byYear of all)
      for (const [y, r] of Object.entries(byYear)) {
        expect(r.year).toBe(Number(y));
        expect(r.ratePct).toBeGreaterThan(0);
        expect(r.ratePct).toBeLessThan(37);
        expect(r.source.length).toBeGreaterThan(20);
      }
  });
});

describe('income nothing is withheld on (an ESPP gain sold at purchase)', () => {
  it('is owed at filing: Texas 2025, $150,000 base and a $10,000 ESPP gain', () => {
    // Rev. Proc. 2024-40, single: 150,000 − 15,750 = 134,250 taxable → 25,067 (withheld, the base's own
    // tax); with the gain 144,250 → 25,067 + 10,000 × 24% = 27,467 owed: 2,400 due. No payroll tax on it.
    const bill = aprilBill({
      year: 2025,
      location: 'texas',
      filingStatus: 'single',
      base: 150_000,
      supplemental: 0,
      notWithheld: 10_000,
    });
    expect(bill.federal).toEqual({
      owed: 27_467,
      withheld: { regular: 25_067, supplemental: 0, total: 25_067 },
      due: 2_400,
    });
    expect(bill.wages).toBe(160_000);
    expect(() =>
      aprilBill({
        year: 2025,
        location: 'texas',
        filingStatus: 'single',
        base: 1,
        supplemental: 0,
        notWithheld: -1,
      }),
    ).toThrow(RangeError);
  });
});
