// @vitest-environment jsdom
// An offer's three cards: "Steady state" says which year it is and why it is lower (the first grant
// over, and no refresher to follow it where none was entered).
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { viewOf } from '../../src/state/offers';
import { OfferResults } from '../../src/ui/offers/OfferResults';
import { seriesBFields, startupOffer } from '../fixtures/offers';

// jsdom has no canvas: the lazy chart module draws nothing.
vi.mock('../../src/ui/charts/loadChart', () => ({
  loadBarsChart: async () => ({ drawBars: () => ({ update: () => {}, destroy: () => {} }) }),
  loadRangeChart: async () => ({ drawRangeChart: () => ({ update: () => {}, destroy: () => {} }) }),
}));
afterEach(cleanup);

const steady = (refresher: string) => {
  cleanup();
  const fields = { ...seriesBFields, equityKind: 'public-rsu' as const, refresher };
  render(<OfferResults view={viewOf(startupOffer('r', 'RSU Co', fields))} />);
  return screen.getByTestId('steady-when').textContent;
};

describe('the steady-state card', () => {
  it('says its year, and names a refresher left out', () => {
    // A 4-year grant (the default schedule): year 5 is the first without it.
    expect(steady('')).toBe(
      'A year from year 5, with the sign-on and the first grant behind you (no refresher entered)',
    );
    expect(steady('$50k')).toBe('A year from year 5, with the sign-on and the first grant behind you');
  });
});
