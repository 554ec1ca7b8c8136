// An offer whose only bad fields are its startup equity's: its cash pay is still shown, without that
// equity, and the fields to fix are named; a bad cash field still blocks every number.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { OfferRecord } from '../../src/model/domain';
import { isPrivateEquityField } from '../../src/model/equity/offerEquity';
import type { OfferFields } from '../../src/model/offerFields';
import {
  equityPending,
  equityToDo,
  fieldErrors,
  type OfferReady,
  type OfferView,
  viewOf,
} from '../../src/state/offers';
import { seriesBFields, startupOffer } from '../fixtures/offers';

// The Series B options offer, with a grant value and a refresher typed before the kind was changed:
// options never read them, and leaving the options out must not start reading them either.
const seriesB: OfferFields = {
  ...seriesBFields,
  bonusPct: '10%',
  signOn1: '$30k',
  growthPct: '20%',
  matchPct: '50%',
};
const record = (fields: Partial<OfferFields>): OfferRecord =>
  startupOffer('series-b', 'Series B', { ...seriesB, ...fields });
function ready(v: OfferView): OfferReady {
  if (!v.ok) throw new Error(`not ok: ${JSON.stringify(v.errors)}`);
  return v;
}

describe('startup equity with bad fields leaves the cash pay shown', () => {
  const full = ready(viewOf(record({})));

  it('the full offer has its options and no equity errors', () => {
    expect(full.offer.privateEquity?.shares).toBe(60_000);
    expect(full.exit).not.toBeNull();
    expect(full.equityErrors).toBeUndefined();
    expect(equityPending(full)).toBeNull();
  });

  it('fully diluted shares left empty: the same cash, year by year, without the options', () => {
    const v = ready(viewOf(record({ fullyDiluted: '' })));
    expect(Object.keys(v.equityErrors ?? {})).toEqual(['fullyDiluted']);
    expect(v.equityErrors?.fullyDiluted).toMatch(/fully diluted share count is required/);
    expect(v.exit).toBeNull();
    expect(v.offer.privateEquity).toBeUndefined();
    expect(v.years[0]?.total).toBeGreaterThan(190_000);
    expect(v.years[0]).toEqual(full.years[0]);
    expect(v.years).toEqual(full.years);
    expect(v.summary).toEqual(full.summary);
    expect(v.percentile).toEqual(full.percentile);
    // Exactly the full offer less its options: no grant value, growth or refresher read.
    const { privateEquity, ...cash } = full.offer;
    expect(privateEquity).toBeDefined();
    expect(v.offer).toStrictEqual(cash);
    expect(v.offer.equity.grant).toBe(0);
    expect(v.offer.refresher).toBeUndefined();
    expect(equityPending(v)).toEqual({ what: 'options', fields: ['Fully diluted shares'], blank: false });
  });

  it('options or private RSUs with none of their grant entered are to fill in, not marked', () => {
    const blank = ready(viewOf(record({ shares: '', strike: '', fullyDiluted: '' })));
    expect([blank.equityBlank, equityToDo(blank), fieldErrors(blank)]).toEqual([true, 'fill in', {}]);
    // Private RSUs have no strike: one left from options does not make their grant entered.
    const rsu = ready(
      viewOf(record({ equityKind: 'private-rsu', shares: '', fullyDiluted: '', strike: '4.10' })),
    );
    expect([rsu.equityBlank, equityToDo(rsu), fieldErrors(rsu)]).toEqual([true, 'fill in', {}]);
    // One typed: the others are marked, to fix.
    const part = ready(viewOf(record({ strike: '', fullyDiluted: '' })));
    expect([part.equityBlank, equityToDo(part), Object.keys(fieldErrors(part))]).toEqual([
      undefined,
      'fix',
      ['strike', 'fullyDiluted'],
    ]);
  });

  it('an exit probability out of range, on private RSUs: the cash, the field named', () => {
    const fullRsu = ready(viewOf(record({ equityKind: 'private-rsu', shares: '10,000' })));
    const v = ready(viewOf(record({ equityKind: 'private-rsu', shares: '10,000', modestProb: '150%' })));
    expect(Object.keys(v.equityErrors ?? {})).toEqual(['modestProb']);
    expect(v.exit).toBeNull();
    expect(v.years).toEqual(fullRsu.years);
    expect(equityPending(v)).toEqual({
      what: 'private RSUs',
      fields: ['Modest exit: probability'],
      blank: false,
    });
  });

  it('several equity fields wrong at once (shares, strike, probabilities over 100%): all named', () => {
    const v = ready(viewOf(record({ shares: 'lots', strike: '', strongProb: '60%' })));
    // The sum over 100% is marked on each exit with a chance (fail 50%, modest 35%, strong 60%).
    expect(Object.keys(v.equityErrors ?? {}).sort()).toEqual([
      'failProb',
      'modestProb',
      'shares',
      'strike',
      'strongProb',
    ]);
    expect(v.summary).toEqual(full.summary);
  });

  it('a bad cash field still blocks every number, and every bad field is named', () => {
    const bonus = viewOf(record({ bonusPct: '-5' }));
    expect(bonus.ok).toBe(false);
    const both = viewOf(record({ bonusPct: '-5', fullyDiluted: '' }));
    expect(both.ok).toBe(false);
    if (!both.ok) expect(Object.keys(both.errors).sort()).toEqual(['bonusPct', 'fullyDiluted']);
  });

  it.each([
    ['base', { base: '' }],
    ['sign-on', { signOn1: 'abc' }],
    ['match', { matchPct: '500%' }],
    ['ESPP', { esppPct: '80%' }],
    ['HSA', { hsa: '$100k' }],
    ['custom vesting', { vesting: 'custom', customPct: '50, 10' }],
  ] as const)('a bad %s field, with a bad equity field too, still blocks the results', (_, f) => {
    const v = viewOf(record({ ...f, fullyDiluted: '' }));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.fullyDiluted).toBeDefined();
  });

  it('only the private equity block counts as equity: ESPP, HSA, grant and cash fields do not', () => {
    for (const f of [
      'shares',
      'fullyDiluted',
      'strike',
      'fmv409a',
      'preferredShares',
      'failYear',
      'strongProb',
    ])
      expect(isPrivateEquityField(f)).toBe(true);
    for (const f of ['base', 'bonusPct', 'signOn1', 'grant', 'growthPct', 'refresher', 'matchPct', 'esppPct'])
      expect(isPrivateEquityField(f)).toBe(false);
    for (const f of ['esppDiscountPct', 'hsa', 'customPct', 'cliffMonths', 'location'])
      expect(isPrivateEquityField(f)).toBe(false);
  });
});
