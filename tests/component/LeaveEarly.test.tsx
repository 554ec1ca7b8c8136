// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { emptyOfferFields } from '../../src/model/offerFields';
import { parseOffer } from '../../src/model/offerForm';
import { LeaveEarly } from '../../src/ui/offers/LeaveEarly';

afterEach(cleanup);

const options = (fmv409a: string) => {
  const r = parseOffer(
    { level: 'senior', location: 'seattle', tier: 'startup', specialization: 'general' },
    {
      ...emptyOfferFields,
      base: '190000',
      equityKind: 'options',
      shares: '40000',
      fullyDiluted: '10,000,000',
      strike: '4',
      fmv409a,
      preferredPrice: '12',
    },
  );
  if (!r.ok) throw new Error('the offer does not parse');
  return r.offer;
};

// A stranger left the 409A price blank and was told "no spread at the 409A price, so no tax at exercise".
it('says the tax at exercise is left out when no 409A price was entered, not that there is none', () => {
  render(<LeaveEarly offer={options('')} />);
  const text = screen.getByTestId('leave-startup').textContent ?? '';
  // 18 months of 4 years with a 1-year cliff: 40,000 × 18/48 = 15,000 vested, at $4: $60,000.
  expect(text).toContain('15,000 options have vested');
  expect(text).toContain('$60,000 at the strike');
  expect(text).toContain('no 409A price entered, so any tax on the spread at exercise is left out');
  expect(text).not.toContain('so no tax at exercise');
});

it('says there is no tax at exercise when the 409A price is the strike', () => {
  render(<LeaveEarly offer={options('4')} />);
  expect(screen.getByTestId('leave-startup').textContent).toContain(
    '(no spread at the 409A price, so no tax at exercise)',
  );
});

// A stranger emptied the months and read "After 0 months you take away $0"; with the options' fields still
// to fix, "$0 of unvested equity behind".
it('with the months empty says to enter them; with equity to fix, never “$0 of equity behind”', () => {
  const cash = parseOffer(
    { level: 'senior', location: 'seattle', tier: 'startup', specialization: 'general' },
    { ...emptyOfferFields, base: '190000' },
  );
  if (!cash.ok) throw new Error('the offer does not parse');
  render(<LeaveEarly offer={cash.offer} equityPending="fix" />);
  // 18 months of $190,000: $285,000.
  expect(screen.getByTestId('leave-result').textContent).toBe(
    'After 18 months you take away $285,000 before tax in pay; the startup equity is left out until its marked fields are fixed.',
  );
  cleanup();
  // Options just chosen, none of their grant entered: to fill in, nothing marked.
  render(<LeaveEarly offer={cash.offer} equityPending="fill in" />);
  expect(screen.getByTestId('leave-result').textContent).toBe(
    'After 18 months you take away $285,000 before tax in pay; the startup equity is left out until its fields are filled in.',
  );
  fireEvent.input(screen.getByLabelText('Leave after (months)'), { target: { value: '' } });
  expect(screen.queryByTestId('leave-result')).toBeNull();
  expect(screen.getByText('Enter the months to see what you would take away.')).toBeTruthy();
});
