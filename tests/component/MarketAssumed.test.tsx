// @vitest-environment jsdom
// An offer placed in a market the seed has no figure for (a startup, an NLP role) says which parts of
// that market are assumed, with their values, where its market position is given.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { assumptionText } from '../../src/state/app';
import { type OfferReady, viewOf } from '../../src/state/offers';
import { MarketPositionText } from '../../src/ui/offers/OfferResults';
import { seriesBFields, startupOffer } from '../fixtures/offers';

afterEach(() => {
  cleanup();
  assumptionText.value = {};
});

const positionOf = (tier: string, specialization: string) => {
  cleanup();
  const r = startupOffer('s', 'Seed Co', { ...seriesBFields, equityKind: 'public-rsu' });
  const v = viewOf({ ...r, profile: { ...r.profile, tier, specialization } } as typeof r);
  if (!v.ok) throw new Error('the offer should parse');
  render(<MarketPositionText view={v as OfferReady} />);
  return screen.queryByTestId('position-assumed')?.textContent;
};

describe('the assumed parts of an offer’s market', () => {
  it('names a startup’s base factor and bonus share, with their values', () => {
    // The bonus share is the seed's all-company one: $44,362 additional cash ÷ $157,969 base = 28%
    // (seed, Salary Ranges › Total Compensation); the startup factor is neutral, ×1.000.
    expect(positionOf('startup', 'general')).toBe(
      'The seed has no figure for the Startup base factor (×1.000), its bonus (28% of base): assumed, and yours to change in Settings.',
    );
  });

  it('names an assumed specialization, follows Settings, and says nothing for the seed’s own market', () => {
    expect(positionOf('market', 'nlp')).toBe(
      'The seed has no figure for the Natural language processing factor (×1.000): assumed, and yours to change in Settings.',
    );
    assumptionText.value = { 'spec-nlp': '1.1', 'share-startup': '0.15' };
    expect(positionOf('startup', 'nlp')).toBe(
      'The seed has no figure for the Startup base factor (×1.000), its bonus (15% of base), the Natural language processing factor (×1.100): assumed, and yours to change in Settings.',
    );
    expect(positionOf('market', 'general')).toBeUndefined();
    expect(positionOf('top-tech', 'generative-ai')).toBeUndefined();
  });
});
