// @vitest-environment jsdom
// An offer's three cards: "Steady state" says which year it is and why it is lower (the first grant
// over, and no refresher to follow it where none was entered).
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OfferFields } from '../../src/model/offerFields';
import { viewOf } from '../../src/state/offers';
import { OfferResults } from '../../src/ui/offers/OfferResults';
import { seriesBFields, startupOffer } from '../fixtures/offers';

// jsdom has no canvas: the lazy chart module draws nothing.
vi.mock('../../src/ui/charts/loadChart', () => ({
  loadBarsChart: async () => ({ drawBars: () => ({ update: () => {}, destroy: () => {} }) }),
  loadRangeChart: async () => ({ drawRangeChart: () => ({ update: () => {}, destroy: () => {} }) }),
}));
afterEach(cleanup);

const steady = (fields: Partial<OfferFields>) => {
  cleanup();
  const all = { ...seriesBFields, equityKind: 'public-rsu' as const, ...fields };
  render(<OfferResults view={viewOf(startupOffer('r', 'RSU Co', all))} />);
  return screen.getByTestId('steady-when').textContent;
};

describe('the steady-state card', () => {
  it('says its year and what is behind it, and names a refresher left out', () => {
    // A 4-year grant (the default schedule): year 5 is the first without it.
    expect(steady({ refresher: '' })).toBe(
      'From year 5 on, with the first grant behind you (no refresher entered)',
    );
    expect(steady({ refresher: '$50k', signOn1: '$20k' })).toBe(
      'From year 5 on, with the sign-on and the first grant behind you',
    );
    // No grant: nothing of one is named.
    expect(steady({ grant: '', refresher: '' })).toBe('From year 5 on');
  });

  it('starts after a year-2 sign-on is paid, even when the grant vests in a year', () => {
    // One year of vesting (100%): without the sign-on the steady year would be 2, which holds its
    // year-2 part; it is year 3.
    const fields: Partial<OfferFields> = {
      vesting: 'custom',
      customPct: '100',
      cliffMonths: '12',
      signOn2: '$30k',
      refresher: '',
    };
    expect(steady(fields)).toBe(
      'From year 3 on, with the sign-on and the first grant behind you (no refresher entered)',
    );
  });
});
