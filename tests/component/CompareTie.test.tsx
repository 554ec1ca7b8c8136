// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { emptyOfferFields } from '../../src/model/offerFields';
import { viewOf } from '../../src/state/offers';
import { CompareView } from '../../src/ui/offers/CompareView';
import { startupOffer } from '../fixtures/offers';

// jsdom has no canvas: the lazy chart module draws nothing.
vi.mock('../../src/ui/charts/loadChart', () => ({
  loadBarsChart: async () => ({ drawBars: () => ({ update: () => {}, destroy: () => {} }) }),
  loadRangeChart: async () => ({ drawRangeChart: () => ({ update: () => {}, destroy: () => {} }) }),
}));

afterEach(cleanup);

const cash = (id: string, company: string, base: string) =>
  viewOf(startupOffer(id, company, { ...emptyOfferFields, base }));

it('calls offers level to the dollar a tie, and names no best', () => {
  render(<CompareView views={[cash('a', 'First', '180000'), cash('b', 'Second', '180000')]} />);
  const verdict = screen.getByTestId('compare-verdict').textContent ?? '';
  expect(verdict).toMatch(/^Tied after tax and prices: First and Second, \$[\d,]+ a year over 4 years\.$/);
  expect(screen.queryByText('★ best', { exact: false })).toBeNull();
  cleanup();
  // A dollar apart is not a tie.
  render(<CompareView views={[cash('a', 'First', '180000'), cash('b', 'Second', '180010')]} />);
  expect(screen.getByTestId('compare-verdict').textContent).toMatch(
    /^Best after tax and prices: Second, \$[\d,]+ a year over 4 years, \$\d+ a year more than First\.$/,
  );
  expect(screen.getByText('★ best', { exact: false })).toBeTruthy();
});
