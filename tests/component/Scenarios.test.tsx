// @vitest-environment jsdom
// Saving a scenario under a name already saved keeps both, and says so.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hydrate, scenarios } from '../../src/state/persist';
import { createIdbStore } from '../../src/storage/store';
import { Scenarios } from '../../src/ui/estimate/Scenarios';

afterEach(cleanup);
let n = 0;
beforeEach(async () => {
  scenarios.value = [];
  await hydrate(() => createIdbStore(`scenarios-${++n}`));
});

const save = (name: string) => {
  fireEvent.input(screen.getByLabelText('Name this scenario'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
};

describe('saving a scenario', () => {
  it('says when another saved scenario already has the name, and keeps both', async () => {
    render(<Scenarios />);
    save('Seattle offer');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved “Seattle offer”.'), {
      timeout: 5000,
    });
    save('  seattle OFFER ');
    await waitFor(
      () =>
        expect(screen.getByRole('status').textContent).toBe(
          'Saved “seattle OFFER”. Another saved scenario has this name: rename one to tell them apart.',
        ),
      { timeout: 5000 },
    );
    expect(scenarios.value.map((s) => s.name)).toEqual(['seattle OFFER', 'Seattle offer']);
  });
});
