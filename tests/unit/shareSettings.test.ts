// What a share link carries besides its offers (src/state/shareSettings.ts): the sender's basis, years
// and household, read back exactly, and a hand-edited part dropped without stopping the offers.
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCitySet, type OfferRecord } from '../../src/model/domain';
import { emptyOfferFields } from '../../src/model/offerFields';
import { cities, defaultInputs } from '../../src/state/app';
import { compareBasis, compareHorizon } from '../../src/state/compare';
import { decodeShare, encodeShare } from '../../src/state/share';
import {
  adoptSenderHousehold,
  applySharedView,
  currentShareSettings,
  householdDifference,
  readShareSettings,
} from '../../src/state/shareSettings';

const philly = 'metro-philadelphia-camden-wilmington-pa-nj-de-md';
const ny = 'metro-new-york-newark-jersey-city-ny-nj-pa';
const rec = (company: string, location: string): OfferRecord => ({
  id: company,
  company,
  profile: { ...defaultInputs, location },
  fields: { ...emptyOfferFields, base: '200000' },
  createdAt: 1,
  updatedAt: 1,
});
const toLink = (raw: unknown) =>
  `#1.${btoa(JSON.stringify(raw)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;

beforeEach(() => {
  cities.value = { ...defaultCitySet, placeOptions: {} };
  compareBasis.value = 'after-tax-and-prices';
  compareHorizon.value = 4;
});

describe('share link settings', () => {
  it('a comparison link carries the basis, the years and the household for its places only', () => {
    cities.value = {
      ...defaultCitySet,
      filingStatus: 'married-joint',
      taxYear: 2025,
      pretax401kText: '$23,500',
      age50OrOver: true,
      placeOptions: { [philly]: { state: 'NJ' }, 'metro-other': { cityTaxes: [] } },
    };
    compareBasis.value = 'after-tax';
    compareHorizon.value = 6;
    const offers = [rec('A', philly), rec('B', ny)];
    const s = currentShareSettings([philly, ny], true);
    const r = decodeShare(encodeShare(offers, s));
    expect(r.ok && r.settings).toEqual({
      basis: 'after-tax',
      years: 6,
      household: {
        filingStatus: 'married-joint',
        taxYear: 2025,
        pretax401kText: '$23,500',
        age50OrOver: true,
        placeOptions: { [philly]: { state: 'NJ' }, [ny]: {} },
      },
    });
    // An offer's link carries the household only: the basis is the comparison's.
    expect(currentShareSettings([philly], false)).not.toHaveProperty('basis');
  });

  it('drops each part of hand-edited settings that does not read, and still opens the offers', () => {
    const offer = { company: 'A', profile: defaultInputs, fields: { base: '1' } };
    const r = decodeShare(
      toLink({ o: [offer], s: { basis: 'vibes', years: 9, household: { filingStatus: 'head' } } }),
    );
    expect(r.ok && r.settings).toEqual({ dropped: ['the basis', 'the years', 'the household'] });
    expect(r.ok && r.offers).toHaveLength(1);
    for (const s of [5, null, [1], 'x', { __proto__: { basis: 'pre-tax' } }])
      expect(readShareSettings(s)).toEqual({});
    expect(readShareSettings({ basis: 'pre-tax', years: 10 })).toEqual({ basis: 'pre-tax', years: 10 });
  });

  it('shows the comparison on the link’s basis and years', () => {
    applySharedView({ basis: 'pre-tax', years: 8 });
    expect([compareBasis.value, compareHorizon.value]).toEqual(['pre-tax', 8]);
    applySharedView({});
    expect([compareBasis.value, compareHorizon.value]).toEqual(['pre-tax', 8]);
  });

  it('says where the household differs, in words, and takes the sender’s when asked', () => {
    const sent = {
      filingStatus: 'married-joint' as const,
      taxYear: 2025 as const,
      pretax401kText: '23500',
      age50OrOver: false,
      placeOptions: { [philly]: { state: 'DE' } },
    };
    expect(householdDifference(sent, cities.value)).toEqual({
      sent: [
        'married filing jointly',
        'tax year 2025',
        '$23,500 pre-tax 401(k)',
        'their state and city-tax choices for Philadelphia-Camden-Wilmington, PA-NJ-DE-MD',
      ],
      yours: [
        'single',
        'tax year 2026',
        'no pre-tax 401(k)',
        'yours for Philadelphia-Camden-Wilmington, PA-NJ-DE-MD',
      ],
    });
    cities.value = { ...cities.value, placeOptions: { [ny]: { cityTaxes: ['nyc'] } } };
    adoptSenderHousehold(sent);
    expect(householdDifference(sent, cities.value)).toBeUndefined();
    // The recipient's choices for other places stay theirs.
    expect(cities.value.placeOptions[ny]).toEqual({ cityTaxes: ['nyc'] });
    expect(cities.value.filingStatus).toBe('married-joint');
  });
});
