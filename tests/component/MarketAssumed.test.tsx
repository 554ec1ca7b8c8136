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

const positionOf = (tier: string, specialization: string, level = 'senior') => {
  cleanup();
  const r = startupOffer('s', 'Seed Co', { ...seriesBFields, equityKind: 'public-rsu' });
  const v = viewOf({ ...r, profile: { ...r.profile, tier, specialization, level } } as typeof r);
  if (!v.ok) throw new Error('the offer should parse');
  render(<MarketPositionText view={v as OfferReady} />);
  return screen.queryByTestId('position-assumed')?.textContent;
};

describe('the assumed parts of an offer’s market', () => {
  it('names a startup’s base factor and bonus share, with their values', () => {
    // The bonus share is the seed's all-company one: $44,362 additional cash ÷ $157,969 base = 28%
    // (seed, Salary Ranges › Total Compensation); the startup factor is neutral, ×1.000.
    expect(positionOf('startup', 'general')).toBe(
      'Not in the seed, so assumed (yours to change in Settings): the Startup tier’s factor, ×1.000; its bonus, 28% of base.',
    );
  });

  it('names an assumed specialization, follows Settings, and says nothing for the seed’s own market', () => {
    expect(positionOf('market', 'nlp')).toBe(
      'Not in the seed, so assumed (yours to change in Settings): the Natural language processing factor, ×1.000.',
    );
    assumptionText.value = { 'spec-nlp': '1.1', 'share-startup': '0.15' };
    expect(positionOf('startup', 'nlp')).toBe(
      'Not in the seed, so assumed (yours to change in Settings): the Startup tier’s factor, ×1.000; its bonus, 15% of base; the Natural language processing factor, ×1.100.',
    );
    expect(positionOf('market', 'general')).toBeUndefined();
    // Top tech at mid level is the Meta example itself: nothing assumed.
    expect(positionOf('top-tech', 'general', 'mid')).toBeUndefined();
  });

  it('names top tech’s assumed share away from mid level, and the Generative AI typical share', () => {
    // Senior top tech: the Meta example's share, $92,000 ÷ $184,000 = 50%, assumed to hold above mid
    // level. Generative AI: the seed's premium of up to 50%, half of it at typical (assumed): ×1.250.
    expect(positionOf('top-tech', 'generative-ai')).toBe(
      'Not in the seed, so assumed (yours to change in Settings): the Top tech (e.g., Meta) tier’s bonus and stock, 50% of base; the share of the Generative AI premium at typical, 0.50 (×1.250).',
    );
  });
});
