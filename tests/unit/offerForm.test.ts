import { describe, expect, it } from 'vitest';
import { emptyOfferFields, type OfferFields, type Profile, parseOffer } from '../../src/model';
import { defaultInputs, type OfferRecord } from '../../src/model/domain';
import { decodeShare, encodeShare } from '../../src/state/share';

const profile: Profile = { level: 'mid', location: 'us', tier: 'market', specialization: 'general' };
const fields = (f: Partial<OfferFields>): OfferFields => ({ ...emptyOfferFields, ...f });

describe('parseOffer', () => {
  it('reads typed text into an offer, "$" and commas included; empty means 0', () => {
    const r = parseOffer(
      profile,
      fields({ base: '$185,000', bonusPct: '15', grant: '300,000', growthPct: '-5' }),
    );
    expect(r).toEqual({
      ok: true,
      offer: {
        profile,
        base: 185_000,
        bonusTargetPct: 15,
        signOn: { year1: 0, year2: 0 },
        equity: { grant: 300_000, vesting: { kind: 'preset', id: 'even-4y-cliff' }, growthPct: -5 },
      },
    });
  });

  it('reads pay the way people type it: $250k, 1.2M, 250,000.00 and 15%', () => {
    const r = parseOffer(
      profile,
      fields({
        base: '$250k',
        bonusPct: '15%',
        signOn1: '$60,000',
        signOn2: '45K',
        grant: '1.2M',
        growthPct: '-5 %',
        refresher: '250,000.00',
        matchPct: '4%',
        matchCap: '$11.5k',
      }),
    );
    expect(r.ok && r.offer).toMatchObject({
      base: 250_000,
      bonusTargetPct: 15,
      signOn: { year1: 60_000, year2: 45_000 },
      equity: { grant: 1_200_000, growthPct: -5 },
      refresher: { annualGrant: 250_000 },
      retirementMatch: { pct: 4, capUsd: 11_500 },
    });
  });

  it('adds a refresher and a capped match only when given', () => {
    const r = parseOffer(
      profile,
      fields({
        base: '100000',
        refresher: '50000',
        refresherVesting: 'even-3y',
        matchPct: '4',
        matchCap: '5000',
      }),
    );
    expect(r.ok && r.offer.refresher).toEqual({
      annualGrant: 50_000,
      vesting: { kind: 'preset', id: 'even-3y' },
    });
    expect(r.ok && r.offer.retirementMatch).toEqual({ pct: 4, capUsd: 5000 });
    const noCap = parseOffer(profile, fields({ base: '100000', matchPct: '4' }));
    expect(noCap.ok && noCap.offer.retirementMatch).toEqual({ pct: 4 });
  });

  it('says what is wrong with each bad field', () => {
    const r = parseOffer(
      profile,
      fields({ base: '', bonusPct: 'ten', growthPct: '-95', signOn1: '1e12', cliffMonths: '3' }),
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        base: 'Base salary is required.',
        bonusPct: 'Target bonus must be a number.',
        growthPct: 'Equity growth must be between -90% and 100%.',
        signOn1: 'Sign-on, year 1 must be a number, like 150000 or $150k.',
      },
    });
  });

  it('checks a custom schedule: numbers, sum and cliff', () => {
    const bad = (customPct: string, cliffMonths = '12') =>
      parseOffer(profile, fields({ base: '1', vesting: 'custom', customPct, cliffMonths }));
    expect(bad('30, 30')).toEqual({
      ok: false,
      errors: { customPct: 'The yearly percentages must add up to 100 (they add up to 60).' },
    });
    expect(bad('50, abc')).toEqual({
      ok: false,
      errors: { customPct: 'Each year’s vesting must be a number.' },
    });
    expect(bad('50 50', '1.5')).toEqual({
      ok: false,
      errors: { cliffMonths: 'Cliff must be a whole number.' },
    });
    const pct = bad('50%, 50 %', '6');
    expect(pct.ok && pct.offer.equity.vesting).toEqual({
      kind: 'custom',
      yearlyPct: [50, 50],
      cliffMonths: 6,
    });
    const ok = bad('50/50', '6');
    expect(ok.ok && ok.offer.equity.vesting).toEqual({ kind: 'custom', yearlyPct: [50, 50], cliffMonths: 6 });
  });
});

describe('share links', () => {
  const rec: OfferRecord = {
    id: 'x',
    company: 'Ünïcødé Corp',
    profile: { ...defaultInputs, location: 'seattle' },
    fields: fields({ base: '200000', grant: '400000' }),
    createdAt: 1,
    updatedAt: 1,
  };

  it('round-trip offers, Unicode included', () => {
    const r = decodeShare(`#${encodeShare([rec, { ...rec, company: 'Two' }])}`);
    expect(r).toEqual({
      ok: true,
      offers: [
        { company: rec.company, profile: rec.profile, fields: rec.fields },
        { company: 'Two', profile: rec.profile, fields: rec.fields },
      ],
      settings: {},
    });
  });

  it.each([
    ['empty', ''],
    ['no version', 'abc'],
    ['bad base64', '1.@@@'],
    ['not JSON', `1.${btoa('not json')}`],
    ['wrong shape', `1.${btoa('{"o":5}')}`],
    ['too many offers', `1.${btoa(JSON.stringify({ o: Array(5).fill({}) }))}`],
    [
      'a bad field',
      `1.${btoa(JSON.stringify({ o: [{ company: 'X', profile: { location: 'mars' }, fields: {} }] }))}`,
    ],
    ['prototype keys', `1.${btoa('{"o":[{"__proto__":{"company":"X"},"constructor":{}}]}')}`],
    ['oversized', `1.${'A'.repeat(20_000)}`],
  ])('rejects a %s link', (_what, fragment) => {
    expect(decodeShare(fragment).ok).toBe(false);
  });

  // A link edited by hand: the JSON, base64url-encoded as the app does.
  const link = (o: unknown) =>
    `#1.${btoa(JSON.stringify({ o })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;

  it('opens a link whose field text is not a valid value, for the form to mark', () => {
    const edited = { company: 'Acme', profile: defaultInputs, fields: { base: 'abc', bonusPct: '-10' } };
    const r = decodeShare(link([edited]));
    expect(r).toEqual({
      ok: true,
      offers: [{ company: 'Acme', profile: defaultInputs, fields: fields({ base: 'abc', bonusPct: '-10' }) }],
      settings: {},
    });
    const f = r.ok ? r.offers[0]?.fields : undefined;
    expect(f && parseOffer(profile, f)).toEqual({
      ok: false,
      errors: {
        base: 'Base salary must be a number, like 150000 or $150k.',
        bonusPct: 'Target bonus can’t be negative.',
      },
    });
  });

  it('reads a number typed into a link as the text a field holds', () => {
    const r = decodeShare(
      link([{ company: 'Acme', profile: defaultInputs, fields: { base: 250000, bonusPct: -5 } }]),
    );
    expect(r.ok && r.offers[0]?.fields).toEqual(fields({ base: '250000', bonusPct: '-5' }));
  });

  it('still rejects what cannot be read: a field of the wrong kind, or no offer shape', () => {
    for (const bad of [
      [{ company: 'Acme', profile: defaultInputs, fields: { base: { x: 1 } } }],
      [{ company: 'Acme', profile: defaultInputs, fields: { vesting: 4 } }],
      [{ company: 'Acme', profile: defaultInputs, fields: [1] }],
      [{ company: 'Acme', fields: { base: '1' } }],
    ]) {
      expect(decodeShare(link(bad))).toEqual({
        ok: false,
        message:
          'This share link is damaged or was changed, so it was not opened. Nothing you saved was changed.',
      });
    }
  });

  it('calls an older-than-any link format damaged, not newer', () => {
    const r = decodeShare('#0.abc');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).not.toContain('newer');
  });

  it('asks for an update on a newer link format', () => {
    expect(decodeShare('#3.abc')).toEqual({
      ok: false,
      message: 'This link was made by a newer version of ML Comp (format 3). Update the app to open it.',
    });
  });
});
