// Reading the offer form's fields beyond cash: private equity with its exits, ESPP, HSA, clawback.
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../src/model/domain';
import { emptyOfferFields, type OfferFields } from '../../src/model/offerFields';
import { parseOffer } from '../../src/model/offerForm';
import { profileOf } from '../../src/state/app';
import { seriesBFields } from '../fixtures/offers';

const profile = profileOf(defaultInputs);
const seriesB = seriesBFields;

describe('private equity in an offer', () => {
  it('reads the Series B options: 0.15% of 40,000,000 shares = 60,000 options; never yearly pay', () => {
    const r = parseOffer(profile, seriesB);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const pe = r.offer.privateEquity;
    expect(pe).toMatchObject({
      kind: 'options',
      optionType: 'iso',
      shares: 60_000,
      fullyDilutedShares: 40_000_000,
      strike: 4.1,
      fmv409a: 4.1,
      preferredPrice: 12.5,
      earlyExercise: false,
      exerciseWindow: '90-days',
      dilution: 0.3,
      preferenceStack: 0,
    });
    expect(pe?.scenarios).toEqual([
      { id: 'fail', label: 'Fails', exitValue: 0, probability: 0.5, year: 4 },
      { id: 'modest', label: 'Modest exit', exitValue: 500_000_000, probability: 0.35, year: 5 },
      { id: 'strong', label: 'Strong exit', exitValue: 2_000_000_000, probability: 0.15, year: 6 },
    ]);
    // The "$504,000" typed as a grant value and the refresher are not counted as pay.
    expect(r.offer.equity.grant).toBe(0);
    expect(r.offer.refresher).toBeUndefined();
  });

  it('private RSUs have no strike; a share count reads as typed', () => {
    const r = parseOffer(profile, { ...seriesB, equityKind: 'private-rsu', shares: '10,000', strike: '$9' });
    expect(
      r.ok && [r.offer.privateEquity?.kind, r.offer.privateEquity?.shares, r.offer.privateEquity?.strike],
    ).toEqual(['private-rsu', 10_000, 0]);
  });

  it('says what is missing or wrong, field by field', () => {
    const errors = (f: Partial<OfferFields>) => {
      const r = parseOffer(profile, { ...seriesB, ...f });
      return r.ok ? {} : r.errors;
    };
    expect(errors({ shares: '' }).shares).toBe('Shares are required for options or private RSUs.');
    expect(errors({ fullyDiluted: '' }).fullyDiluted).toBe(
      'The fully diluted share count is required (the company can tell you).',
    );
    expect(errors({ shares: '50,000,000' }).shares).toBe(
      'Shares can’t be more than the fully diluted share count.',
    );
    expect(errors({ strike: '' }).strike).toBe('The strike price is required (it is in the offer letter).');
    expect(errors({ strike: '12..5' }).strike).toBe('Strike price must be a number, like 4.10 or $4.10.');
    expect(errors({ strongValue: '2 billion' }).strongValue).toBe(
      'Strong exit: exit value must be a number, like $500M or $2B.',
    );
    expect(errors({ shares: 'lots' }).shares).toBe('Shares must be a number, like 40,000,000 or 40M.');
    expect(errors({ failProb: '60%' }).strongProb).toBe('The probabilities add up to 110%: at most 100%.');
    // Flagged on every exit with a chance entered, whichever was typed last; not on an empty one.
    const over = errors({ failProb: '60%' });
    expect([over.failProb, over.modestProb]).toEqual([over.strongProb, over.strongProb]);
    const noStrong = errors({
      strongValue: '',
      strongProb: '',
      strongYear: '',
      failProb: '60%',
      modestProb: '45%',
    });
    expect(noStrong.modestProb).toBe('The probabilities add up to 105%: at most 100%.');
    expect(noStrong.failProb).toBe('The probabilities add up to 105%: at most 100%.');
    expect(noStrong.strongProb).toBeUndefined();
    expect(errors({ dilutionPct: '120%' }).dilutionPct).toBe(
      'Dilution from later rounds must be between 0% and 95%.',
    );
    expect(errors({ strongYear: '0' }).strongYear).toBe(
      'Strong exit: year of the exit must be between 1 and 15.',
    );
    // Half an exit is never counted as nothing: the missing half is asked for.
    expect(errors({ modestProb: '' }).modestProb).toBe(
      'Modest exit: add how likely this exit is (%), or clear its value.',
    );
    expect(errors({ strongValue: ' ' }).strongValue).toBe(
      'Strong exit: add the company’s value at this exit (0 if nothing), or clear its chance.',
    );
    // A year alone is asked about, not dropped; an exit at $0 needs no chance (it counts nothing).
    expect(errors({ modestValue: '', modestProb: '', modestYear: '3' }).modestYear).toBe(
      'Modest exit: add the company’s value and how likely this exit is, or clear its year.',
    );
    const zero = parseOffer(profile, { ...seriesB, failValue: '0', failProb: '' });
    if (!zero.ok) throw new Error(JSON.stringify(zero.errors));
    expect(zero.offer.privateEquity?.scenarios.map((s) => s.id)).toEqual(['modest', 'strong']);
    expect(errors({ failValue: 'abc', failProb: '' }).failValue).toBeDefined();
    // A scenario left empty is no scenario.
    const r = parseOffer(profile, { ...seriesB, modestValue: '', modestProb: '', modestYear: '' });
    expect(r.ok && r.offer.privateEquity?.scenarios.map((s) => s.id)).toEqual(['fail', 'strong']);
  });
});

describe('ESPP, HSA and clawback in an offer', () => {
  it('are read only when filled in', () => {
    const none = parseOffer(profile, { ...emptyOfferFields, base: '200000' });
    expect(none.ok && [none.offer.espp, none.offer.hsa, none.offer.clawback]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const r = parseOffer(profile, {
      ...emptyOfferFields,
      base: '200000',
      esppPct: '10%',
      esppDiscountPct: '15',
      esppLookback: 'yes',
      hsa: '$1,000',
      hsaCoverage: 'family',
      clawback: 'prorated-12',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.offer.espp).toEqual({ contributionPct: 10, discountPct: 15, lookback: true });
    expect(r.offer.hsa).toEqual({ amount: 1000, coverage: 'family' });
    expect(r.offer.clawback).toBe('prorated-12');
  });

  it('an HSA contribution above the limit is refused (2026: $4,400 self-only, Rev. Proc. 2025-19)', () => {
    const errors = (hsa: string, hsaCoverage: 'self' | 'family') => {
      const r = parseOffer(profile, { ...emptyOfferFields, base: '200000', hsa, hsaCoverage });
      return r.ok ? {} : r.errors;
    };
    expect(errors('$4,401', 'self')).toEqual({
      hsa: 'Above the 2026 HSA limit for self-only coverage ($4,400).',
    });
    expect(errors('$4,400', 'self')).toEqual({});
    expect(errors('$8,750', 'family')).toEqual({});
    expect(errors('-1', 'self').hsa).toBe('Employer HSA contribution can’t be negative.');
  });

  it('options ignore a bad grant growth left from public RSUs (hidden, so it never blocks the offer)', () => {
    const r = parseOffer(profile, { ...seriesB, growthPct: '-95%', grant: 'lots' });
    expect(r.ok).toBe(true);
  });
});

describe('share links and exports carry the new fields', () => {
  const record = (fields: OfferFields) => ({
    id: 'x',
    company: 'Series B',
    profile: defaultInputs,
    fields,
    createdAt: 1,
    updatedAt: 1,
  });

  it('a link with startup equity is format 2 and opens with every field; one without stays format 1', async () => {
    const { decodeShare, encodeShare } = await import('../../src/state/share');
    const link = encodeShare([record(seriesB)]);
    expect(link.startsWith('2.')).toBe(true);
    expect(decodeShare(link)).toEqual({
      ok: true,
      offers: [{ company: 'Series B', profile: defaultInputs, fields: seriesB }],
      settings: {},
    });
    const plain = encodeShare([record({ ...emptyOfferFields, base: '$150k' })]);
    expect(plain.startsWith('1.')).toBe(true);
    expect(decodeShare(plain).ok).toBe(true);
    // A link from a later format is refused with a way forward.
    expect(decodeShare(`3.${link.slice(2)}`)).toEqual({
      ok: false,
      message: 'This link was made by a newer version of ML Comp (format 3). Update the app to open it.',
    });
  });

  it('an export is format 3 and imports back with the equity fields', async () => {
    const { restoreExport } = await import('../../src/storage/restoreExport');
    const { toExport } = await import('../../src/storage/store');
    const { defaultSettings } = await import('../../src/model/domain');
    const data = {
      inputs: defaultInputs,
      settings: defaultSettings,
      scenarios: [],
      offers: [record(seriesB)],
    };
    const text = JSON.stringify(toExport(data));
    expect(JSON.parse(text).schemaVersion).toBe(3);
    const r = restoreExport(text);
    expect(r.ok && r.data.offers[0]?.fields).toEqual(seriesB);
  });
});
