// Leaving a startup before an exit: the options or RSUs kept, and what keeping vested options costs.
import { describe, expect, it } from 'vitest';
import { takeHome } from '../../../src/model';
import { isoExerciseTax } from '../../../src/model/equity/equityTax';
import { leavingWithEquity } from '../../../src/model/equity/leave';
import { emptyOfferFields, type OfferFields } from '../../../src/model/offerFields';
import { parseOffer } from '../../../src/model/offerForm';

const profile = { level: 'senior', location: 'texas', tier: 'startup', specialization: 'general' } as const;
const offerOf = (f: Partial<OfferFields>) => {
  const r = parseOffer(profile, {
    ...emptyOfferFields,
    base: '200000',
    equityKind: 'options',
    shares: '60,000',
    fullyDiluted: '40,000,000',
    strike: '4.10',
    fmv409a: '4.10',
    ...f,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.offer;
};
const o = { filingStatus: 'single', year: 2026 } as const;

describe('leaving with startup equity', () => {
  it('18 months in, 4 years even with a 1-year cliff: 37.5% vested; buying them costs the strike', () => {
    // 25% at the cliff + 25% × 6/12 = 37.5%: 22,500 vested, 37,500 forfeited; 22,500 × $4.10 = $92,250.
    // The 409A price is the strike: no spread, no tax.
    expect(leavingWithEquity(offerOf({}), 18, o)).toEqual({
      kind: 'options',
      vested: 22_500,
      forfeited: 37_500,
      exerciseCost: 92_250,
      spread: 0,
      tax: 0,
      window: '90 days',
      boughtAtGrant: false,
      buyBack: 0,
    });
  });

  it('with a spread at the 409A price: an NSO’s is wages, an ISO’s an AMT adjustment', () => {
    // 409A $6.10: 22,500 × $2.00 = $45,000 of spread, in year 2 with $200,000 of base.
    const all = (w: number) => takeHome({ wages: w, location: 'texas', ...o }).totalTax;
    const nso = leavingWithEquity(
      offerOf({ optionType: 'nso', fmv409a: '6.10', exerciseWindow: '10-years' }),
      18,
      o,
    );
    expect([nso?.spread, nso?.tax, nso?.window]).toEqual([45_000, all(245_000) - all(200_000), '10 years']);
    const iso = leavingWithEquity(offerOf({ fmv409a: '6.10' }), 18, o);
    const amt = isoExerciseTax({ wages: 200_000, location: 'texas', ...o, spread: 45_000 }).amt;
    expect(iso?.tax).toBe(amt);
    expect(amt).toBeGreaterThan(0);
  });

  it('private RSUs: the vested ones are kept (they pay at an exit), nothing to buy; no startup equity: null', () => {
    expect(leavingWithEquity(offerOf({ equityKind: 'private-rsu' }), 18, o)).toEqual({
      kind: 'private-rsu',
      vested: 22_500,
      forfeited: 37_500,
      exerciseCost: 0,
      spread: 0,
      tax: 0,
      window: '',
      boughtAtGrant: false,
      buyBack: 0,
    });
    expect(leavingWithEquity(offerOf({ equityKind: 'public-rsu', grant: '$100k' }), 18, o)).toBeNull();
  });

  it('options exercised early: already bought; the unvested are bought back at the strike', () => {
    // 37,500 unvested × $4.10 = $153,750 back.
    expect(leavingWithEquity(offerOf({ earlyExercise: 'yes' }), 18, o)).toMatchObject({
      vested: 22_500,
      forfeited: 37_500,
      exerciseCost: 0,
      tax: 0,
      boughtAtGrant: true,
      buyBack: 153_750,
    });
  });
});
