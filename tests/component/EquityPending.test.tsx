// @vitest-environment jsdom
// Startup equity with a bad field: the offer's cash figures stay, with a note naming the fields to fix;
// Compare weighs it on cash and says so.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OfferRecord } from '../../src/model/domain';
import { emptyOfferFields, type OfferFields } from '../../src/model/offerFields';
import { cities } from '../../src/state/app';
import { compareBasis } from '../../src/state/compare';
import { viewOf } from '../../src/state/offers';
import { offers } from '../../src/state/persist';
import { CompareView } from '../../src/ui/offers/CompareView';
import { OfferPage } from '../../src/ui/offers/OfferPage';
import { OfferResults } from '../../src/ui/offers/OfferResults';
import { OffersPage } from '../../src/ui/offers/OffersPage';
import { startupOffer } from '../fixtures/offers';

// jsdom has no canvas: the lazy chart module draws nothing.
vi.mock('../../src/ui/charts/loadChart', () => ({
  loadBarsChart: async () => ({ drawBars: () => ({ update: () => {}, destroy: () => {} }) }),
  loadRangeChart: async () => ({ drawRangeChart: () => ({ update: () => {}, destroy: () => {} }) }),
}));

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const seriesB: OfferFields = {
  ...emptyOfferFields,
  base: '$190k',
  bonusPct: '10%',
  equityKind: 'options',
  shares: '0.15%',
  fullyDiluted: '40,000,000',
  strike: '$4.10',
  fmv409a: '4.10',
  modestValue: '$500M',
  modestProb: '35',
};
const record = (id: string, company: string, fields: Partial<OfferFields>): OfferRecord =>
  startupOffer(id, company, { ...seriesB, ...fields });
const pending = record('b', 'Series B', { fullyDiluted: '' });
const full = viewOf(record('b', 'Series B', {}));
const cash = record('c', 'Cash Co', { equityKind: 'public-rsu', base: '$200k', grant: '$100k' });

beforeEach(() => {
  offers.value = [];
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('an offer whose startup equity has a bad field', () => {
  it('shows its cash figures with a note naming the fields to fix', () => {
    if (!full.ok) throw new Error('the full offer should parse');
    render(<OfferResults view={viewOf(pending)} />);
    expect(screen.getByTestId('offer-first-year').textContent).toContain(usd(full.summary.firstYear));
    const note = screen.getByTestId('equity-pending');
    expect(note.getAttribute('role')).toBe('status');
    expect(note.textContent).toBe(
      'The options can’t be valued (at an exit, below) until the marked equity fields are fixed: Fully diluted shares.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says private RSUs for private RSUs, and nothing for a complete offer', () => {
    render(
      <OfferResults view={viewOf(record('r', 'R', { equityKind: 'private-rsu', modestProb: '150%' }))} />,
    );
    expect(screen.getByTestId('equity-pending').textContent).toMatch(
      /^The private RSUs can’t be valued .*: Modest exit: probability\.$/,
    );
    cleanup();
    render(<OfferResults view={full} />);
    expect(screen.queryByTestId('equity-pending')).toBeNull();
  });

  it('still marks the field on the offer page, with the numbers beside it', async () => {
    offers.value = [pending];
    render(
      <LocationProvider>
        <OfferPage id="b" />
      </LocationProvider>,
    );
    const field = await screen.findByLabelText('Fully diluted shares (the company’s total)');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('offer-first-year')).toBeTruthy();
    expect(screen.getByTestId('offer-summary-bar').textContent).toContain('equity left out');
    // Said at the equity fields too (on a phone the results are far below them).
    expect(screen.getByTestId('equity-left-out').textContent).toBe(
      'Until the marked fields below are fixed, the options are left out of the figures: they show the cash pay.',
    );
    const note = screen.getByTestId('equity-left-out');
    expect(note.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Opened to fix it (Compare's link): the marked field has the focus, not the top of the page.
    expect(document.activeElement).not.toBe(field);
    cleanup();
    history.replaceState(null, '', '/offers/b#fix');
    render(
      <LocationProvider>
        <OfferPage id="b" />
      </LocationProvider>,
    );
    const again = await screen.findByLabelText('Fully diluted shares (the company’s total)');
    await waitFor(() => expect(document.activeElement).toBe(again));
  });

  it('asks for options just chosen without marking their empty fields wrong', async () => {
    const early = record('e', 'Early', { shares: '', strike: '', fullyDiluted: '' });
    const v = viewOf(early);
    expect(v.ok && v.equityBlank).toBe(true);
    offers.value = [early];
    history.replaceState(null, '', '/offers/e#fix');
    render(
      <LocationProvider>
        <OfferPage id="e" />
      </LocationProvider>,
    );
    const shares = await screen.findByLabelText('Options (shares)');
    expect(shares.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(screen.getByTestId('equity-to-enter').textContent).toBe(
      'Enter the options, their strike price and the fully diluted share count below to value the options: until then the figures show the cash pay.',
    );
    expect(screen.getByTestId('equity-pending').textContent).toMatch(
      /^The options can’t be valued \(at an exit, below\) until their fields are filled in: /,
    );
    expect(screen.getByTestId('offer-summary-bar').textContent).toContain(
      'equity left out: fill in its fields',
    );
    // Sent from Compare to fill them in: the first of them has the focus.
    await waitFor(() => expect(document.activeElement).toBe(shares));
    cleanup();
    render(<CompareView views={[v, viewOf(cash)]} />);
    const note = screen.getByTestId('compare-equity-pending');
    expect(note.textContent).toBe(
      'Early’s startup equity is left out until its fields are filled in: fill them in on its page.',
    );
    // One field typed and the others still empty: now they are marked.
    expect(viewOf(record('e', 'Early', { strike: '', fullyDiluted: '' }))).toMatchObject({
      equityErrors: { strike: expect.any(String), fullyDiluted: expect.any(String) },
    });
    expect(viewOf(record('e', 'Early', { strike: '', fullyDiluted: '' }))).not.toHaveProperty('equityBlank');
  });

  it('an options offer with no exit yet asks for one instead of valuing it at $0', async () => {
    offers.value = [record('b', 'Series B', { modestValue: '', modestProb: '' })];
    render(
      <LocationProvider>
        <OfferPage id="b" />
      </LocationProvider>,
    );
    const bar = await screen.findByTestId('offer-summary-bar');
    expect(bar.textContent).toContain('equity: add an exit to weigh it');
    expect(bar.textContent).not.toContain('equity expected');
  });

  it('in Compare, an options offer with no exit yet is “no exit entered”, not $0', () => {
    const noExit = record('n', 'No exit', { modestValue: '', modestProb: '' });
    render(<CompareView views={[viewOf(noExit), full]} />);
    const rows = screen.getByTestId('cash-equity-table').querySelectorAll('tbody tr');
    expect(rows[0]?.textContent).toContain('no exit entered');
    expect(rows[1]?.textContent).not.toContain('no exit entered');
  });

  it('says nothing at the equity fields when a cash field is marked too', async () => {
    offers.value = [record('b', 'Series B', { fullyDiluted: '', base: 'abc' })];
    render(
      <LocationProvider>
        <OfferPage id="b" />
      </LocationProvider>,
    );
    await screen.findByLabelText('Fully diluted shares (the company’s total)');
    expect(screen.queryByTestId('equity-left-out')).toBeNull();
  });

  it('keeps its numbers in the list, marked as equity to fix', () => {
    offers.value = [pending];
    render(
      <LocationProvider>
        <OffersPage />
      </LocationProvider>,
    );
    const card = screen.getByTestId('offer-card').textContent ?? '';
    expect(card).toContain('First year');
    expect(card).toContain('equity to fix');
  });

  it('in the list, a startup offer’s expected equity is beside its cash, not hidden', () => {
    // 0.15% of 40,000,000 = 60,000 options, all vested by year 4; a $500M exit is $12.50 a share
    // (no dilution or preferences entered): (12.50 − 4.10) × 60,000 = $504,000, at 35% = $176,400.
    offers.value = [record('b', 'Series B', {}), record('n', 'No exit', { modestValue: '', modestProb: '' })];
    render(
      <LocationProvider>
        <OffersPage />
      </LocationProvider>,
    );
    const [withExit, noExit] = screen.getAllByTestId('offer-card').map((c) => c.textContent ?? '');
    expect(withExit).toContain(' · startup equity apart: expected $176,400 at its exits');
    expect(noExit).toContain(' · startup equity apart: add an exit to weigh it');
  });

  it('says of an offer at the national average that no state or city tax is counted', () => {
    const national = { ...cash, id: 'n', company: 'Remote Co', profile: { ...cash.profile, location: 'us' } };
    render(<CompareView views={[viewOf(national), viewOf(cash)]} />);
    const taxedIn = [...document.querySelectorAll('tr')].find((r) =>
      r.textContent?.startsWith('Taxed and priced in'),
    );
    const [us, sf] = [...(taxedIn?.querySelectorAll('td') ?? [])].map((c) => c.textContent);
    expect(us).toContain(
      'United States (national average) federal and payroll taxes only: no state or city tax',
    );
    expect(sf).not.toContain('no state or city tax');
    // No startup equity among them: the RSU row says nothing of it.
    expect(screen.getByText(/^Public-company RSUs/).textContent).toBe('Public-company RSUs, years 1–4');
  });

  it('is compared on cash, and Compare says its equity is left out', () => {
    render(<CompareView views={[viewOf(pending), viewOf(cash)]} />);
    const note = screen.getByTestId('compare-equity-pending');
    expect(note.textContent).toBe(
      'Series B’s startup equity is left out until its fields are fixed: fix them on its page.',
    );
    expect(within(note).getByRole('link', { name: 'fix them on its page' }).getAttribute('href')).toBe(
      `/offers/${pending.id}#fix`,
    );
    // On a shared link the offers are not saved here: their fields are above.
    cleanup();
    render(<CompareView views={[viewOf(pending), viewOf(cash)]} fixHref={(_, i) => `#shared-${i}-title`} />);
    const shared = within(screen.getByTestId('compare-equity-pending')).getByRole('link');
    expect([shared.textContent, shared.getAttribute('href')]).toEqual(['fix them above', '#shared-0-title']);
    // Its equity is not weighed below (no section there yet): the RSU row says only that it is apart.
    expect(screen.getByText(/^Public-company RSUs/).textContent).toBe(
      'Public-company RSUs, years 1–4 (startup equity apart)',
    );
    const verdict = screen.getByTestId('compare-verdict').textContent ?? '';
    // Nothing below weighs its equity, but the verdict is still about pay only.
    expect(verdict).toContain('Best in pay (startup equity apart), ');
    expect(screen.queryByTestId('compare-skipped')).toBeNull();
  });

  it('names an offer left out for its fields, with a link to them', () => {
    const broken = record('b', 'Broken', { base: 'lots' });
    const other = record('o', 'Other', { base: '$150k' });
    render(<CompareView views={[viewOf(broken), viewOf(cash), viewOf(other)]} />);
    const note = screen.getByTestId('compare-skipped');
    expect(note.textContent).toBe('Left out until its marked fields are fixed: Broken.');
    expect(note.querySelector('a')?.getAttribute('href')).toBe('/offers/b#fix');
  });

  it('still names it while a bad 401(k) amount holds the after-tax comparison back', () => {
    const broken = record('b', 'Broken', { base: 'lots' });
    const other = record('o', 'Other', { base: '$150k' });
    const before = cities.value;
    cities.value = { ...before, pretax401kText: 'lots' };
    try {
      render(<CompareView views={[viewOf(broken), viewOf(cash), viewOf(other)]} />);
      expect(screen.getByTestId('compare-401k-blocked')).toBeTruthy();
      expect(screen.getByTestId('compare-skipped').textContent).toBe(
        'Left out until its marked fields are fixed: Broken.',
      );
    } finally {
      cities.value = before;
    }
  });

  it('next to another startup offer: its equity is shown as left out, not as none', () => {
    const other = record('o', 'Other', { base: '$150k' });
    render(<CompareView views={[viewOf(pending), viewOf(other)]} />);
    expect(screen.getByTestId('compare-verdict').textContent).toContain(
      'Best in pay (startup equity apart, below), ',
    );
    const rows = [...screen.getByTestId('cash-equity-table').querySelectorAll('tbody tr')];
    const row = rows.find((r) => r.textContent?.startsWith('Series B'));
    expect(row?.textContent).toContain('left out: fields to fix');
  });

  it('before tax, Compare’s equity notes say nothing of the exit’s tax', () => {
    const before = compareBasis.value;
    try {
      compareBasis.value = 'pre-tax';
      render(<CompareView views={[full, viewOf(cash)]} />);
      const note = screen.getByTestId('compare-equity-note').textContent ?? '';
      expect(note).toContain('Startup equity: each exit’s payout before tax, weighted by its probability');
      expect(note).not.toMatch(/taxed|take-home can dip/);
      expect(screen.getByTestId('compare-equity').textContent).not.toContain('disqualifying');
      // Weighed in the section below, as the RSU row says.
      expect(screen.getByText(/^Public-company RSUs/).textContent).toBe(
        'Public-company RSUs, years 1–4 (startup equity apart, below)',
      );
      cleanup();
      compareBasis.value = 'after-tax';
      render(<CompareView views={[full, viewOf(cash)]} />);
      expect(screen.getByTestId('compare-equity-note').textContent).toContain(
        'payout after tax (taxed in the exit’s year where the offer is), weighted',
      );
      expect(screen.getByTestId('compare-equity').textContent).toContain('a disqualifying disposition');
    } finally {
      compareBasis.value = before;
    }
  });

  it('over 4 years, a year-6 exit finds the user gone: the vested options bought on leaving, at risk', () => {
    const before = compareBasis.value;
    try {
      compareBasis.value = 'pre-tax';
      render(<CompareView views={[viewOf(record('b', 'Series B', { modestYear: '6' })), viewOf(cash)]} />);
      // 60,000 options (0.15% of 40,000,000), all vested by year 4, bought for 60,000 × $4.10 = $246,000.
      // The $500M exit pays $12.50 a share: 750,000 − 246,000 = 504,000 at 35%; the other 65% loses the
      // $246,000: 176,400 − 159,900 = $16,500 expected (staying, it would be $176,400).
      const row = within(screen.getByTestId('cash-equity-table')).getByText('Series B').closest('tr');
      expect(row?.querySelector('[data-label="Equity, expected"]')?.textContent).toBe('$16,500');
      expect(screen.getByTestId('compare-equity').textContent).toContain(
        'Leaving after 4 years with no exit yet, its 60,000 vested options are bought within 90 days of leaving for $246,000: lost unless the company exits later.',
      );
    } finally {
      compareBasis.value = before;
    }
  });

  it('after tax, says which state an offer in a metro spanning states is taxed in, as chosen on Cities', () => {
    const noBonus = record('n', 'Midtown', {
      equityKind: 'public-rsu',
      base: '$200k',
      grant: '$100k',
      bonusPct: '0',
    });
    const nyc = { ...noBonus, profile: { ...noBonus.profile, location: 'new-york-city' } };
    const before = cities.value;
    try {
      cities.value = { ...before, placeOptions: { 'new-york-city': { state: 'NJ' } } };
      render(<CompareView views={[viewOf(nyc), viewOf(cash)]} />);
      // No bonus: against the market's pay (base + its cash additional pay) it places low, and Compare says
      // why; Cash Co has its 10% bonus.
      const note = screen.getByTestId('compare-position-note').textContent ?? '';
      expect(note).toContain('Midtown: no bonus entered, which the market’s pay includes, so it places low.');
      expect(note).not.toContain('Cash Co:');
      const row = screen.getByText('Taxed and priced in').closest('tr');
      expect(row?.textContent).toContain('New York-Newark-Jersey City, NY-NJ-PA, living in New Jersey');
    } finally {
      cities.value = before;
    }
  });
});
