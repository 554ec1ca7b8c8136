// An offer's startup equity on a comparison basis: the exit plan read from the offer, the payout after
// the tax it adds in its year, the expected value over the scenarios, and the exit that makes up a lead.
import { describe, expect, it } from 'vitest';
import { priceParity, takeHome } from '../../../src/model';
import {
  atGrant,
  equityOnBasis,
  exitTaxText,
  exitToBeat,
  payoutOnBasis,
} from '../../../src/model/equity/compareEquity';
import type { PrivateEquity } from '../../../src/model/equity/offerEquity';
import { exitPlanOf, offerExitOutcome, windowLength } from '../../../src/model/equity/plan';
import { emptyOfferFields, type OfferFields } from '../../../src/model/offerFields';
import { parseOffer } from '../../../src/model/offerForm';

const profile = { level: 'senior', location: 'texas', tier: 'startup', specialization: 'general' } as const;
const offerOf = (f: Partial<OfferFields>) => {
  const r = parseOffer(profile, { ...emptyOfferFields, base: '200000', ...f });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.offer;
};
// The anchor grant: 60,000 options at $4.10 of 40,000,000 shares, 30% dilution.
const anchor = {
  equityKind: 'options',
  shares: '60,000',
  fullyDiluted: '40,000,000',
  strike: '4.10',
  dilutionPct: '30',
  strongValue: '$2B',
  strongProb: '50%',
  strongYear: '4',
} as const;
const single = { filingStatus: 'single', year: 2026 } as const;

describe('the exit plan of an offer', () => {
  it('maps the offer’s grant, vesting, dilution and window; none without private equity', () => {
    const offer = offerOf({ ...anchor, exerciseWindow: '10-years' });
    expect(exitPlanOf(offer, 5)).toEqual({
      equity: { kind: 'options', shares: 60_000, strike: 4.1, fullyDilutedShares: 40_000_000 },
      vesting: { kind: 'preset', id: 'even-4y-cliff' },
      dilution: 0.3,
      preferenceStack: 0,
      horizonYears: 5,
      exerciseWindow: { kind: 'years', years: 10 },
    });
    expect(windowLength('90-days')).toEqual({ kind: 'days', days: 90 });
    expect(exitPlanOf(offerOf({}))).toBeNull();
    expect(offerExitOutcome(offerOf({}))).toBeNull();
    expect(exitPlanOf(offerOf({ ...anchor, equityKind: 'private-rsu' }))?.equity).toEqual({
      kind: 'private-rsu',
      shares: 60_000,
      fullyDilutedShares: 40_000_000,
    });
  });

  it('the anchor at a $2B exit in year 4 (fully vested): $1,854,000, half of it expected', () => {
    const out = offerExitOutcome(offerOf(anchor));
    expect(out?.scenarios[0]?.payout).toBeCloseTo(1_854_000, 6);
    // 0.5 × 1,854,000 = 927,000.
    expect(out?.expectedPayout).toBeCloseTo(927_000, 6);
  });
});

describe('a payout on a basis', () => {
  it('before tax: the payout itself; after tax: less what it adds to the exit year’s tax', () => {
    const offer = offerOf(anchor);
    expect(payoutOnBasis(offer, 1_000, 4, { basis: 'pre-tax' })).toBe(1_000);
    // ISOs sold at the exit (disqualifying): ordinary income, no payroll tax. In Texas, no state tax: the
    // added federal tax alone. Year 4's wages are the base, $200,000.
    const net = payoutOnBasis(offer, 100_000, 4, { basis: 'after-tax', ...single });
    const fed = (w: number) => takeHome({ wages: w, location: 'texas', ...single }).federalIncomeTax;
    expect(net).toBe(100_000 - (fed(300_000) - fed(200_000)));
    // NSOs: wages, with Medicare on top (Social Security: the 2026 base $184,500 is passed already).
    const nso = payoutOnBasis(offerOf({ ...anchor, optionType: 'nso' }), 100_000, 4, {
      basis: 'after-tax',
      ...single,
    });
    const all = (w: number) => takeHome({ wages: w, location: 'texas', ...single }).totalTax;
    expect(nso).toBe(100_000 - (all(300_000) - all(200_000)));
    expect(nso).toBeLessThan(net);
    // After prices: Texas's price parity (BEA RPP, US = 100) divides it.
    const priced = payoutOnBasis(offer, 100_000, 4, { basis: 'after-tax-and-prices', ...single });
    expect(priced).toBeCloseTo(net / (priceParity('texas') / 100), 6);
    // Nothing paid: nothing taxed.
    expect(payoutOnBasis(offer, 0, 4, { basis: 'after-tax', ...single })).toBe(0);
  });

  it('early exercise with 83(b): a long-term gain after a year, short-term in the first', () => {
    const early = offerOf({ ...anchor, earlyExercise: 'yes' });
    const long = payoutOnBasis(early, 100_000, 4, { basis: 'after-tax', ...single });
    const short = payoutOnBasis(early, 100_000, 1, { basis: 'after-tax', ...single });
    // 2026 single: taxable 200,000 − 16,100 = 183,900 is in the 15% gain band; with NIIT 3.8% on the
    // lesser of the gain and MAGI over $200,000 (all 100,000): 15% + 3.8% = 18.8% → 18,800.
    expect(long).toBe(100_000 - 18_800);
    expect(short).toBeLessThan(long);
  });
});

describe('equity on a basis over scenarios, and the exit that makes up a lead', () => {
  it('weights each scenario’s after-tax payout by its probability', () => {
    const offer = offerOf(anchor);
    const e = equityOnBasis(offer, { basis: 'after-tax', ...single }, 4);
    expect(e?.scenarios).toHaveLength(1);
    const s = e?.scenarios[0];
    expect(s?.value).toBe(payoutOnBasis(offer, s?.payout ?? 0, 4, { basis: 'after-tax', ...single }));
    expect(e?.expected).toBe(Math.round(0.5 * (s?.value ?? 0)));
    expect(equityOnBasis(offerOf({}), { basis: 'pre-tax' }, 4)).toBeNull();
  });

  it('before tax, the anchor makes up a $1,854,000 lead at a $2B exit (to the next $1,000 at most)', () => {
    const offer = offerOf(anchor);
    const v = exitToBeat(offer, { basis: 'pre-tax' }, 4, 1_854_000);
    expect(v).toBeGreaterThanOrEqual(2_000_000_000);
    expect(v).toBeLessThanOrEqual(2_000_001_000);
    expect(exitToBeat(offer, { basis: 'pre-tax' }, 4, 0)).toBe(0);
    expect(exitToBeat(offerOf({}), { basis: 'pre-tax' }, 4, 100)).toBeNull();
    // After tax the exit must be larger, and its after-tax payout reaches the lead.
    const after = exitToBeat(offer, { basis: 'after-tax', ...single }, 4, 1_000_000) ?? 0;
    const payout = 60_000 * Math.max(0, (after * 0.7) / 40_000_000 - 4.1);
    expect(payoutOnBasis(offer, payout, 4, { basis: 'after-tax', ...single })).toBeGreaterThanOrEqual(
      1_000_000,
    );
    // A lead no exit can make up.
    expect(exitToBeat(offer, { basis: 'pre-tax' }, 4, 1e13)).toBeNull();
  });

  it('says how each kind is taxed at the exit', () => {
    expect(exitTaxText(offerOf(anchor).privateEquity as PrivateEquity)).toContain(
      'disqualifying disposition',
    );
    expect(exitTaxText(offerOf({ ...anchor, optionType: 'nso' }).privateEquity as PrivateEquity)).toContain(
      'NSOs',
    );
    expect(
      exitTaxText(offerOf({ ...anchor, earlyExercise: 'yes' }).privateEquity as PrivateEquity),
    ).toContain('83(b)');
    expect(
      exitTaxText(offerOf({ ...anchor, equityKind: 'private-rsu' }).privateEquity as PrivateEquity),
    ).toContain('RSUs settle');
  });
});

describe('options exercised early, at grant, with an 83(b) election', () => {
  // The Series B grant bought at grant: 60,000 × $4.10 = $246,000 paid whatever happens.
  const early = {
    ...anchor,
    earlyExercise: 'yes',
    failValue: '0',
    failProb: '50%',
    modestValue: '$500M',
    modestProb: '30%',
    strongProb: '15%',
  } as const;

  it('each exit pays the vested shares less their cost; a failure loses the cost', () => {
    const out = offerExitOutcome(offerOf(early));
    // Fails: 0 − 246,000. Modest: 60,000 × $8.75 − 246,000 = 279,000. Strong: 2,100,000 − 246,000 =
    // 1,854,000. The rest (5%): −246,000. Expected: −123,000 + 83,700 + 278,100 − 12,300 = 226,500.
    expect(out?.scenarios.map((s) => Math.round(s.payout))).toEqual([-246_000, 279_000, 1_854_000]);
    expect(out?.nothing.payout).toBeCloseTo(-246_000, 6);
    expect(out?.expectedPayout).toBeCloseTo(226_500, 6);
  });

  it('the 83(b) election: no income when the strike is the 409A price; else taxed in year 1', () => {
    const after = { basis: 'after-tax', ...single } as const;
    expect(atGrant(offerOf({ ...early, fmv409a: '4.10' }), after)).toEqual({
      cost: 246_000,
      income: 0,
      tax: 0,
    });
    // 409A $5.10: 60,000 × $1.00 = $60,000 of income. An NSO: taxed as wages on top of year 1's $200,000.
    const nso = offerOf({ ...early, optionType: 'nso', fmv409a: '5.10' });
    const all = (w: number) => takeHome({ wages: w, location: 'texas', ...single }).totalTax;
    expect(atGrant(nso, after)).toEqual({ cost: 246_000, income: 60_000, tax: all(260_000) - all(200_000) });
    // Before tax nothing is taxed; without early exercise there is nothing at grant.
    expect(atGrant(nso, { basis: 'pre-tax' })?.tax).toBe(0);
    expect(atGrant(offerOf(anchor), after)).toBeNull();
    // The expected value after tax takes the grant's tax off.
    const withTax = equityOnBasis(nso, after, 4)?.expected ?? 0;
    const noTax =
      equityOnBasis(offerOf({ ...early, optionType: 'nso', fmv409a: '4.10' }), after, 4)?.expected ?? 0;
    expect(withTax).toBeLessThan(noTax);
  });

  it('a loss is not taxed, and after prices it is in US-average dollars too', () => {
    const offer = offerOf(early);
    expect(payoutOnBasis(offer, -246_000, 4, { basis: 'after-tax', ...single })).toBe(-246_000);
    expect(payoutOnBasis(offer, -246_000, 4, { basis: 'after-tax-and-prices', ...single })).toBeCloseTo(
      -246_000 / (priceParity('texas') / 100),
      6,
    );
  });
});

describe('preferred shares, when known', () => {
  it('are passed to the exit model, and must leave room for the grant', () => {
    const offer = offerOf({ ...anchor, preferredShares: '20,000,000', preferenceStack: '$100M' });
    expect(exitPlanOf(offer)?.preferredShares).toBe(20_000_000);
    const r = parseOffer(profile, {
      ...emptyOfferFields,
      base: '200000',
      ...anchor,
      preferredShares: '39,990,000',
    });
    expect(r.ok ? {} : r.errors).toEqual({
      preferredShares:
        'Preferred shares and this grant together can’t be more than the fully diluted shares.',
    });
  });
});

describe('Compare’s years end at the horizon: leaving then, options bought to keep them', () => {
  // The anchor with its $2B exit in year 6 (50%), compared over 2 years: 24 of 48 months vested, 30,000
  // options. $2B × (1 − 30%) ÷ 40,000,000 = $35.00 a share; gross 30,000 × 35 = $1,050,000.
  const late = offerOf({ ...anchor, strongYear: '6' });

  it('a 90-day window: bought on leaving for $123,000, lost in the half with no exit', () => {
    const e = equityOnBasis(late, { basis: 'pre-tax' }, 2, true);
    // Cost 30,000 × $4.10 = $123,000. Exit: 1,050,000 − 123,000 = 927,000; nothing: −123,000.
    // 0.5 × 927,000 − 0.5 × 123,000 = 402,000 (staying, as the offer page counts it: 0.5 × 927,000).
    expect(e?.leaving).toMatchObject({
      choice: 'bought',
      vested: 30_000,
      exerciseCost: 123_000,
      spread: 0,
      tax: 0,
    });
    expect(e?.expected).toBe(402_000);
    expect(equityOnBasis(late, { basis: 'pre-tax' }, 2)?.expected).toBe(463_500);
  });

  it('a 10-year window outlasts the exit: nothing is bought, the options are exercised at it', () => {
    const e = equityOnBasis(
      offerOf({ ...anchor, strongYear: '6', exerciseWindow: '10-years' }),
      { basis: 'pre-tax' },
      2,
      true,
    );
    expect(e?.leaving?.choice).toBe('held');
    expect(e?.expected).toBe(463_500);
  });

  it('after tax, bought options held four years: the gain is a long-term capital gain', () => {
    const e = equityOnBasis(late, { basis: 'after-tax', ...single }, 2, true);
    // Texas, single, 2026, year 6's wages $200,000: ordinary taxable 200,000 − 16,100 = 183,900. The
    // $927,000 gain stacks on it (Rev. Proc. 2025-32 §4.03): 15% up to $545,500, 361,600 × 15% = 54,240;
    // 565,400 × 20% = 113,080. NIIT (IRC §1411): 3.8% of the lesser of 927,000 and MAGI 1,127,000 − 200,000:
    // 35,226. Tax 202,546; the exit nets 724,454. 0.5 × 724,454 − 0.5 × 123,000 (no tax at exercise:
    // no 409A spread) = 300,727.
    expect(e?.scenarios[0]?.value).toBe(724_454);
    expect(e?.expected).toBe(300_727);
  });

  it('NSOs with a 409A spread: its tax is paid on leaving, and the spread is not taxed again at the exit', () => {
    const nso = offerOf({ ...anchor, strongYear: '6', optionType: 'nso', fmv409a: '6.10' });
    const e = equityOnBasis(nso, { basis: 'after-tax', ...single }, 2, true);
    // Spread (6.10 − 4.10) × 30,000 = 60,000 of wages in year 2 (wages $200,000, taxable 183,900): 17,875 ×
    // 24% + 42,125 × 32% = 17,770 federal (Rev. Proc. 2025-32 brackets); Medicare 870; Additional
    // Medicare 0.9% over $200,000: 540; Social Security none (over the $184,500 base). 19,180.
    expect(e?.leaving).toMatchObject({ spread: 60_000, tax: 19_180 });
    // At the exit the gain is 927,000 − 60,000 = 867,000: 361,600 × 15% + 505,400 × 20% = 155,320, NIIT
    // 32,946: the exit nets 927,000 − 188,266 = 738,734. Expected: 0.5 × 738,734 − 0.5 × 123,000 − 19,180.
    expect(e?.scenarios[0]?.value).toBe(738_734);
    expect(e?.expected).toBe(288_687);
  });

  it('options not worth their cost at the exits weighed are left to lapse, not bought', () => {
    // Strong $2B (50%) in year 4, while still there: 60,000 × (35 − 4.10) = 1,854,000, half expected. The
    // other exit, a $0 failure in year 6, would pay nothing for the $246,000 the options cost: not bought.
    const e = equityOnBasis(
      offerOf({ ...anchor, failValue: '0', failProb: '50%', failYear: '6' }),
      { basis: 'pre-tax' },
      4,
      true,
    );
    expect(e?.leaving?.choice).toBe('lapsed');
    expect(e?.expected).toBe(927_000);
  });

  it('a 10-year window: buying on leaving still wins after tax when the sale’s long-term rate beats wages', () => {
    const tenYears = offerOf({ ...anchor, strongYear: '6', exerciseWindow: '10-years' });
    const after = { basis: 'after-tax', ...single } as const;
    // Kept and exercised at the exit (an NSO by then): the $927,000 spread is wages in year 6 over $200,000
    // (taxable 183,900 → 1,110,900): 17,875 × 24% + 54,450 × 32% + 384,375 × 35% + 470,300 × 37% = 330,256;
    // Medicare 13,442 and Additional Medicare 8,343 (over $200,000): 352,041. Nets 574,959: 287,480
    // expected. Bought on leaving (above): $300,727. So they are bought.
    const e = equityOnBasis(tenYears, after, 2, true);
    expect(e?.leaving?.choice).toBe('bought');
    expect(e?.expected).toBe(300_727);
    expect(equityOnBasis(tenYears, { basis: 'pre-tax' }, 2, true)?.leaving?.choice).toBe('held');
  });
});
