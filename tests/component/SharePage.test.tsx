// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyOfferFields, parseOffer, summarizeOffer } from '../../src/model';
import { defaultInputs } from '../../src/model/domain';
import { offers } from '../../src/state/persist';
import { SharePage } from '../../src/ui/share/SharePage';

// jsdom has no canvas: the lazy chart module draws nothing.
vi.mock('../../src/ui/charts/loadChart', () => ({
  loadBarsChart: async () => ({ drawBars: () => ({ update: () => {}, destroy: () => {} }) }),
  loadRangeChart: async () => ({ drawRangeChart: () => ({ update: () => {}, destroy: () => {} }) }),
}));

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const link = (o: unknown) =>
  `#1.${btoa(JSON.stringify({ o })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
const open = (hash: string) => {
  history.replaceState(null, '', `/share${hash}`);
  return render(
    <LocationProvider>
      <SharePage />
    </LocationProvider>,
  );
};

beforeEach(() => {
  offers.value = [];
});
afterEach(cleanup);

describe('a shared offer with a bad value', () => {
  it('opens its form with the field marked; fixing it shows the numbers, and nothing is saved', async () => {
    open(link([{ company: 'Acme', profile: defaultInputs, fields: { base: 'abc', bonusPct: '10' } }]));
    const base = (await screen.findByLabelText('Base salary (USD a year)')) as HTMLInputElement;
    expect(base.value).toBe('abc');
    expect(base.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Base salary must be a number, like 150000 or $150k.')).toBeTruthy();
    expect(screen.getByTestId('share-fix')).toBeTruthy();
    expect(screen.queryByTestId('offer-first-year')).toBeNull();

    fireEvent.input(base, { target: { value: '200000' } });
    const first = await screen.findByTestId('offer-first-year');
    const parsed = parseOffer(
      { level: 'mid', location: 'us', tier: 'market', specialization: 'general' },
      { ...emptyOfferFields, base: '200000', bonusPct: '10' },
    );
    if (!parsed.ok) throw new Error('the fixed offer should parse');
    const expected = summarizeOffer(parsed.offer);
    expect(first.textContent).toContain(usd(expected.firstYear));
    // The form stays, now without a mark.
    expect(screen.getByLabelText('Base salary (USD a year)').getAttribute('aria-invalid')).toBeNull();
    expect(offers.value).toEqual([]);
  });

  it('marks a place this version does not know on the Location field, not on Base', async () => {
    const profile = { ...defaultInputs, location: 'metro-atlantis-xx' };
    open(link([{ company: 'Acme', profile, fields: { base: '200000' } }]));
    const where = await screen.findByLabelText('Location');
    expect(where.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This place is not known to this version: pick the place.')).toBeTruthy();
    expect(screen.getByLabelText('Base salary (USD a year)').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByTestId('offer-first-year')).toBeNull();
  });

  it('marks a negative bonus the same way the offer form does', async () => {
    open(link([{ company: 'Acme', profile: defaultInputs, fields: { base: '200000', bonusPct: '-10' } }]));
    const bonus = await screen.findByLabelText('Target bonus (% of base)');
    expect(bonus.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Target bonus can’t be negative.')).toBeTruthy();
  });

  it('an options offer without its fully diluted count opens with its cash pay and that field marked', async () => {
    const fields = { base: '200000', equityKind: 'options', shares: '0.1%', strike: '1', fmv409a: '1' };
    open(link([{ company: 'Seed', profile: defaultInputs, fields }]));
    const first = await screen.findByTestId('offer-first-year');
    const parsed = parseOffer(
      { level: 'mid', location: 'us', tier: 'market', specialization: 'general' },
      { ...emptyOfferFields, base: '200000' },
    );
    if (!parsed.ok) throw new Error('the cash offer should parse');
    expect(first.textContent).toContain(usd(summarizeOffer(parsed.offer).firstYear));
    expect(screen.getByTestId('equity-pending').textContent).toContain('The options can’t be valued');
    expect(screen.getByTestId('share-fix').textContent).toContain('a value that can’t be used');
    const marked = document.querySelectorAll('[aria-invalid="true"]');
    expect([...marked].map((e) => e.id)).toEqual(['offer-fullyDiluted']);
  });

  it('options with none of their grant entered open with their form, asked for and not marked', async () => {
    const seed = {
      company: 'Seed',
      profile: defaultInputs,
      fields: { base: '200000', equityKind: 'options' },
    };
    open(link([seed]));
    expect(await screen.findByLabelText('Options (shares)')).toBeTruthy();
    expect(screen.getByTestId('equity-to-enter').textContent).toContain(
      'Enter the options, their strike price',
    );
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(screen.queryByTestId('share-fix')).toBeNull();
    cleanup();
    // Beside another offer: its form under a heading Compare's link goes to.
    const cash = { company: 'Cash', profile: defaultInputs, fields: { base: '190000' } };
    open(link([seed, cash]));
    const heading = await screen.findByRole('heading', { name: 'Fill in Seed' });
    const go = screen.getByRole('link', { name: 'fill them in above' });
    expect(go.getAttribute('href')).toBe(`#${heading.id}`);
    // Followed, it starts at the first of the fields to fill in: nothing is marked, so the shares. (jsdom
    // has no scrolling: the field is scrolled to in the browser, recorded here.)
    const scrolled: string[] = [];
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this.id);
    };
    try {
      fireEvent.click(go);
      expect(document.activeElement?.id).toBe('shared-0-shares');
      expect(scrolled).toEqual(['shared-0-shares']);
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
    }
  });

  it('a sound link opens without a form; what cannot be read still gets its message', async () => {
    open(link([{ company: 'Acme', profile: defaultInputs, fields: { base: '200000' } }]));
    await screen.findByTestId('offer-first-year');
    expect(screen.queryByLabelText('Base salary (USD a year)')).toBeNull();
    cleanup();
    open('#1.bm90IGpzb24');
    await waitFor(() =>
      expect(screen.getByTestId('share-error').textContent).toBe(
        'This share link is damaged or was changed, so it was not opened. Nothing you saved was changed.',
      ),
    );
    // Whether it held one offer or a comparison is not known: it is named for neither.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Shared link');
  });

  it('says which of a link’s settings did not read and were left out', async () => {
    const o = [{ company: 'Acme', profile: defaultInputs, fields: { base: '200000' } }];
    const hash = `#1.${btoa(JSON.stringify({ o, s: { years: 9, household: { taxYear: 1999 } } }))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')}`;
    open(hash);
    await screen.findByTestId('offer-first-year');
    expect(screen.getByTestId('share-dropped').textContent).toBe(
      'Part of this link did not read and was left out: the years and the household. Yours are used instead.',
    );
    cleanup();
    open(link(o));
    await screen.findByTestId('offer-first-year');
    expect(screen.queryByTestId('share-dropped')).toBeNull();
  });
});
