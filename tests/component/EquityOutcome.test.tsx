// @vitest-environment jsdom
// The note under an exit table: dilution and preferences said as entered, never "shrink to" the same share.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { emptyOfferFields, type OfferFields } from '../../src/model/offerFields';
import { type OfferReady, viewOf } from '../../src/state/offers';
import { EquityOutcome } from '../../src/ui/offers/EquityOutcome';
import { startupOffer } from '../fixtures/offers';

afterEach(cleanup);

const view = (f: Partial<OfferFields>): OfferReady => {
  const v = viewOf(
    startupOffer('s', 'Series B', {
      ...emptyOfferFields,
      base: '$190k',
      equityKind: 'options',
      shares: '0.15%',
      fullyDiluted: '40,000,000',
      strike: '$4.10',
      modestValue: '$500M',
      modestProb: '35',
      ...f,
    }),
  );
  if (!v.ok) throw new Error('the offer does not parse');
  return v;
};

it('with no dilution and no preferences entered, says so instead of “shrink … to” the same share', () => {
  render(<EquityOutcome view={view({})} />);
  const note = screen.getByText(/dilution/i).textContent ?? '';
  expect(note).toContain('(no acceleration). No dilution entered: this grant keeps 0.15% of the company');
  expect(note).toContain('No preferences entered: common shares the whole exit');
  expect(note).not.toContain('shrink this grant’s share of the company to 0.15%');
});

it('with 30% dilution and a $50M stack: 0.15% × 0.7 = 0.105%', () => {
  render(<EquityOutcome view={view({ dilutionPct: '30', preferenceStack: '$50M' })} />);
  const note = screen.getByText(/dilution/i).textContent ?? '';
  expect(note).toContain('Dilution 30%: later rounds shrink this grant’s share of the company to 0.105%.');
  expect(note).toContain('Preferences ($50,000,000): taken as one total ahead of common');
});

it('with 0 typed for dilution and preferences, says them as entered, not as missing', () => {
  render(<EquityOutcome view={view({ dilutionPct: '0', preferenceStack: '$0' })} />);
  const note = screen.getByText(/dilution/i).textContent ?? '';
  expect(note).toContain('No dilution (0%, as entered): this grant keeps 0.15% of the company.');
  expect(note).toContain('No preferences ($0, as entered): common shares the whole exit');
  expect(note).not.toContain('entered:');
  // With no preferences there is nothing ahead of common to be cautious about.
  expect(note).not.toContain('cautious');
  expect(note).not.toContain('further');
});

it('with the preferred shares entered, says how the preferred choose, not “the cautious reading”', () => {
  render(<EquityOutcome view={view({ preferenceStack: '$50M', preferredShares: '10,000,000' })} />);
  const note = screen.getByText(/dilution/i).textContent ?? '';
  expect(note).toContain(
    'Preferences ($50,000,000) on 10,000,000 preferred shares: the preferred take their preference or convert, whichever pays them more; common shares what is left.',
  );
  expect(note).not.toContain('cautious');
});
