// @vitest-environment jsdom
// Settings → Your data: a backup added to what is here says what it added, and which offers it brought
// need fixing (a hand-edited file keeps the typed text; the offer is marked, never dropped).
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportText, hydrate, offers, putOffer } from '../../src/state/persist';
import { createIdbStore } from '../../src/storage/store';
import { DataPanel } from '../../src/ui/settings/DataPanel';
import { seriesBFields, startupOffer } from '../fixtures/offers';

afterEach(cleanup);
let n = 0;
// Each test starts with no offers and its own database.
beforeEach(async () => {
  offers.value = [];
  await hydrate(() => createIdbStore(`data-panel-${++n}`));
});

// An import reads the file and writes to IndexedDB (fake-indexeddb here): under a full, parallel run on
// two cores that can take more than waitFor's default second.
const until = (f: () => void) => waitFor(f, { timeout: 5000 });

const choose = (text: string) => {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
};

describe('DataPanel import', () => {
  it('adds a hand-edited copy of an offer beside it and says it has fields to fix', async () => {
    await putOffer(startupOffer('nw', 'Northwind', { ...seriesBFields, equityKind: 'public-rsu' }));
    const file = JSON.parse(exportText());
    file.offers[0].fields.base = '12..5';
    render(<DataPanel />);
    choose(JSON.stringify(file));
    await until(() =>
      expect(screen.getByTestId('import-result').textContent).toBe(
        'Added 1 offer, marked “(imported)”: the file’s version of one that differs from yours. Yours is kept beside it. 1 offer it brought has fields to fix: open it from Offers.',
      ),
    );
    expect(offers.value.map((o) => [o.company, o.fields.base])).toEqual([
      ['Northwind', '$190k'],
      ['Northwind (imported)', '12..5'],
    ]);
  });

  it('tells startup equity only to fill in from fields to fix', async () => {
    const blank = { ...seriesBFields, shares: '', strike: '', fullyDiluted: '' };
    const file = JSON.parse(exportText());
    file.offers = [
      startupOffer('a', 'Acme', blank),
      startupOffer('b', 'Bolt', { ...seriesBFields, base: '12..5' }),
      startupOffer('c', 'Cyan', blank),
    ];
    render(<DataPanel />);
    choose(JSON.stringify(file));
    await until(() =>
      expect(screen.getByTestId('import-result').textContent).toMatch(
        / 3 offers it brought are not finished: 1 has fields to fix and 2 have startup equity to fill in: open them from Offers\.$/,
      ),
    );
    cleanup();
    file.offers = [startupOffer('d', 'Dune', blank)];
    render(<DataPanel />);
    choose(JSON.stringify(file));
    await until(() =>
      expect(screen.getByTestId('import-result').textContent).toMatch(
        / 1 offer it brought has startup equity to fill in: open it from Offers\.$/,
      ),
    );
  });

  it('drops the question to replace everything when another file is chosen', async () => {
    await putOffer(startupOffer('nw', 'Northwind', { ...seriesBFields, equityKind: 'public-rsu' }));
    const file = JSON.parse(exportText());
    file.offers = [startupOffer('x', 'Other', seriesBFields)];
    render(<DataPanel />);
    fireEvent.click(screen.getByLabelText('Replace everything with the file'));
    choose(JSON.stringify(file));
    await until(() =>
      expect(screen.getByTestId('confirm-replace').textContent).toContain(
        'the file’s (“backup.json”: 0 scenarios and 1 offer)?',
      ),
    );
    // A second file, not an export: its error shows, and no yes is left to replace with the first.
    choose('{"truncated": ');
    await until(() => expect(screen.getByText(/not valid JSON/)).toBeTruthy());
    expect(screen.queryByTestId('confirm-replace')).toBeNull();
    expect(offers.value.map((o) => o.company)).toEqual(['Northwind']);
    // Asked again, then the user switches to adding: the question goes too.
    choose(JSON.stringify(file));
    await until(() => expect(screen.getByTestId('confirm-replace')).toBeTruthy());
    fireEvent.click(screen.getByLabelText('Add its saved scenarios and offers to mine'));
    expect(screen.queryByTestId('confirm-replace')).toBeNull();
  });

  it('says nothing about fixing when the file adds nothing new', async () => {
    await putOffer(startupOffer('nw', 'Northwind', { ...seriesBFields, equityKind: 'public-rsu' }));
    render(<DataPanel />);
    choose(exportText());
    await until(() =>
      expect(screen.getByTestId('import-result').textContent).toBe(
        'Nothing new to add. 1 offer already here, unchanged.',
      ),
    );
  });
});
