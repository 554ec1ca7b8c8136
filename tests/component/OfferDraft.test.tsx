// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultInputs, inputs } from '../../src/state/app';
import { changeDraft, newOfferDraft } from '../../src/state/offerDraft';
import { offers } from '../../src/state/persist';
import { OfferPage } from '../../src/ui/offers/OfferPage';
import { OffersPage } from '../../src/ui/offers/OffersPage';

// jsdom has no canvas: the lazy chart module draws nothing.
vi.mock('../../src/ui/charts/loadChart', () => ({
  loadBarsChart: async () => ({ drawBars: () => ({ update: () => {}, destroy: () => {} }) }),
  loadRangeChart: async () => ({ drawRangeChart: () => ({ update: () => {}, destroy: () => {} }) }),
}));

beforeEach(() => {
  inputs.value = defaultInputs;
  offers.value = [];
  history.replaceState(null, '', '/offers');
});
afterEach(cleanup);

const renderApp = () =>
  render(
    <LocationProvider>
      <Router>
        <Route path="/offers" component={OffersPage} />
        <Route path="/offers/:id" component={OfferPage} />
      </Router>
    </LocationProvider>,
  );

describe('a new offer is a draft until the first change', () => {
  it('is not saved when made, and the first change saves it with the change', async () => {
    const d = newOfferDraft();
    expect(offers.value).toEqual([]);
    expect(d.company).toBe('Offer 1');
    expect(d.fields.base).not.toBe('');
    await changeDraft(d, { company: 'Acme' });
    expect(offers.value.map((o) => [o.id, o.company])).toEqual([[d.id, 'Acme']]);
    // A later change (the draft as first shown, e.g. from a render not yet refreshed) edits the saved one.
    await changeDraft(d, { fields: { ...d.fields, base: '200000' } });
    expect(offers.value).toHaveLength(1);
    expect(offers.value[0]).toMatchObject({ id: d.id, company: 'Acme', fields: { base: '200000' } });
  });

  it('backing out of “Add an offer” leaves nothing behind', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Add an offer' }));
    await waitFor(() => expect(location.pathname).toBe('/offers/new'));
    expect(await screen.findByRole('heading', { name: 'Offer 1' })).toBeTruthy();
    expect(offers.value).toEqual([]);
    history.back();
    await waitFor(() => expect(location.pathname).toBe('/offers'));
    expect(await screen.findByText(/No offers yet/)).toBeTruthy();
    expect(offers.value).toEqual([]);
  });

  it('the first change saves it and the page takes its address, keeping the same form', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Add an offer' }));
    const company = (await screen.findByLabelText('Company')) as HTMLInputElement;
    company.focus();
    fireEvent.input(company, { target: { value: 'Acme' } });
    await waitFor(() => expect(offers.value.map((o) => o.company)).toEqual(['Acme']));
    const id = offers.value[0]?.id as string;
    await waitFor(() => expect(location.pathname).toBe(`/offers/${id}`));
    await screen.findByRole('heading', { name: 'Acme' });
    // Same input element, still focused: typing goes on where it was.
    expect(screen.getByLabelText('Company')).toBe(company);
    expect(document.activeElement).toBe(company);
    fireEvent.input(screen.getByLabelText('Base salary (USD a year)'), { target: { value: '210k' } });
    await waitFor(() => expect(offers.value[0]?.fields.base).toBe('210k'));
    expect(offers.value).toHaveLength(1);
    // Back goes to the list (the draft's address was replaced), with the one offer.
    history.back();
    await waitFor(() => expect(location.pathname).toBe('/offers'));
    expect(await screen.findAllByTestId('offer-card')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Acme' })).toBeTruthy();
  });

  it('the prefilled base follows the level until the user types a base', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Add an offer' }));
    const base = () => (screen.getByLabelText('Base salary (USD a year)') as HTMLInputElement).value;
    // The US mid-level typical base, $155,200, as the estimate's first card shows it (so the new offer is
    // at the market's 50th percentile, not just under it).
    await waitFor(() => expect(base()).toBe('155200'));
    expect(screen.getByText(/The market’s typical base for this level/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Level'), { target: { value: 'senior' } });
    // The senior's typical base, $180,589 on the estimate screen for the same profile.
    await waitFor(() => expect(offers.value[0]?.fields.base).toBe('180589'));
    await waitFor(() => expect(base()).toBe('180589'));
    // A base typed is the user's: a later change of level leaves it.
    fireEvent.input(screen.getByLabelText('Base salary (USD a year)'), { target: { value: '200k' } });
    await waitFor(() => expect(offers.value[0]?.fields.base).toBe('200k'));
    fireEvent.change(screen.getByLabelText('Level'), { target: { value: 'entry' } });
    await waitFor(() => expect(offers.value[0]?.profile.level).toBe('entry'));
    expect(offers.value[0]?.fields.base).toBe('200k');
    expect(screen.queryByText(/The market’s typical base for this level/)).toBeNull();
  });

  it('says what a base under $1,000 a year was read as, and how to type thousands', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Add an offer' }));
    const field = await screen.findByLabelText('Base salary (USD a year)');
    fireEvent.input(field, { target: { value: '150' } });
    await waitFor(() => expect(offers.value[0]?.fields.base).toBe('150'));
    const hint = await screen.findByText('$150 a year: thousands take a “k” (150k is $150,000).');
    expect(field.getAttribute('aria-describedby')).toBe(hint.id);
    fireEvent.input(screen.getByLabelText('Base salary (USD a year)'), { target: { value: '150k' } });
    await waitFor(() => expect(offers.value[0]?.fields.base).toBe('150k'));
    expect(screen.queryByText(/Thousands take a “k”/)).toBeNull();
  });
});
