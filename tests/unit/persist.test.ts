import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { assumptionText, cities, defaultInputs, inputs, theme } from '../../src/state/app';
import {
  clearAll,
  exportText,
  flush,
  hydrate,
  importText,
  renameScenario,
  saveScenario,
  scenarios,
  storageKind,
  storageNotice,
} from '../../src/state/persist';
import { recentPlaces } from '../../src/state/recentPlaces';
import { type AppStore, createIdbStore, createMemoryStore } from '../../src/storage/store';

let n = 0;
const freshName = () => `persist-${++n}-${Math.random().toString(36).slice(2)}`;

beforeEach(() => {
  inputs.value = defaultInputs;
  theme.value = 'system';
  assumptionText.value = {};
  scenarios.value = [];
});

const snapshot = () => ({
  inputs: inputs.value,
  theme: theme.value,
  assumptionText: assumptionText.value,
  scenarios: scenarios.value,
});

describe('persistence', () => {
  it('restores what was typed in a new session', async () => {
    const name = freshName();
    await hydrate(() => createIdbStore(name));
    inputs.value = { ...inputs.value, location: 'texas', yearsText: '3' };
    theme.value = 'dark';
    await flush();
    inputs.value = defaultInputs;
    theme.value = 'system';
    await hydrate(() => createIdbStore(name));
    expect(inputs.value).toMatchObject({ location: 'texas', yearsText: '3' });
    expect(theme.value).toBe('dark');
    expect(storageKind.value).toBe('indexeddb');
  });

  it('starts a new session’s recent places from the saved ones (the seed’s ids as their places)', async () => {
    const name = freshName();
    await hydrate(() => createIdbStore(name));
    inputs.value = { ...inputs.value, location: 'metro-raleigh-cary-nc' };
    await flush();
    recentPlaces.value = [];
    await hydrate(() => createIdbStore(name));
    // The estimate's place; the compared cities are still the defaults, which the user never picked.
    expect(recentPlaces.value).toEqual(['metro-raleigh-cary-nc']);
    // Cities changed from the defaults: theirs too, after the estimate's.
    cities.value = { ...cities.value, locations: ['seattle', 'state-co'] };
    await flush();
    recentPlaces.value = [];
    await hydrate(() => createIdbStore(name));
    expect(recentPlaces.value).toEqual([
      'metro-raleigh-cary-nc',
      'metro-seattle-tacoma-bellevue-wa',
      'state-co',
    ]);
  });

  it('keeps working in memory and says so once when storage is full', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const full: AppStore = {
      ...createMemoryStore(),
      kind: 'indexeddb',
      saveCurrent: () => Promise.reject(quota),
      putScenario: () => Promise.reject(quota),
    };
    storageNotice.value = null;
    await hydrate(() => full);
    inputs.value = { ...inputs.value, location: 'seattle' };
    await flush();
    expect(storageKind.value).toBe('memory');
    expect(storageNotice.value).toContain('storage is full');
    expect(inputs.value.location).toBe('seattle');
    const r = await saveScenario('Kept in memory');
    expect(r.ok).toBe(true);
    expect(scenarios.value.map((s) => s.name)).toEqual(['Kept in memory']);
  });

  it('exports, clears and imports back to the identical state', async () => {
    await hydrate(() => createIdbStore(freshName()));
    inputs.value = {
      level: 'principal',
      yearsText: '12',
      location: 'chicago',
      tier: 'startup',
      specialization: 'mlops',
    };
    theme.value = 'light';
    assumptionText.value = { 'tier-startup': '0.85' };
    await saveScenario('First');
    await saveScenario('Second');
    await renameScenario(scenarios.value[0]?.id as string, 'Second, renamed');
    await flush();
    const before = snapshot();
    const file = exportText();
    await clearAll();
    expect(snapshot()).toEqual({ inputs: defaultInputs, theme: 'system', assumptionText: {}, scenarios: [] });
    const r = await importText(file, 'replace');
    expect(r).toEqual({ ok: true, message: 'Imported 2 scenarios, 0 offers, inputs and settings.' });
    expect(snapshot()).toEqual(before);
  });

  it('merges imported scenarios with the current ones and keeps the current inputs', async () => {
    await hydrate(() => createIdbStore(freshName()));
    await saveScenario('Mine');
    const file = JSON.stringify({
      app: 'ml-comp',
      schemaVersion: 1,
      inputs: { ...defaultInputs, location: 'texas' },
      settings: { theme: 'dark', assumptionText: {}, cities: { locations: ['us', 'texas'] } },
      scenarios: [{ id: 'theirs', name: 'Theirs', inputs: defaultInputs, createdAt: 1, updatedAt: 1 }],
    });
    const r = await importText(file, 'merge');
    expect(r.ok).toBe(true);
    expect(scenarios.value.map((s) => s.name).sort()).toEqual(['Mine', 'Theirs']);
    expect(inputs.value.location).toBe('us');
  });

  it('saves a change made while storage is being read on a first visit', async () => {
    // A fresh app (no autosave left running by the tests above, as on a page's first load).
    vi.resetModules();
    const app = await import('../../src/state/app');
    const fresh = await import('../../src/state/persist');
    const { createMemoryStore: memory } = await import('../../src/storage/store');
    const mem = memory();
    const slow: AppStore = { ...mem, load: () => new Promise((r) => setTimeout(() => r(mem.load()), 30)) };
    const reading = fresh.hydrate(() => slow);
    app.theme.value = 'dark'; // chosen while storage loads
    await reading;
    await fresh.flush();
    expect((await mem.load()).settings?.value.theme).toBe('dark');
  });

  it('leaves the lists as they are on a first visit with nothing saved (nothing drawn again)', async () => {
    vi.resetModules();
    const fresh = await import('../../src/state/persist');
    const { offers } = await import('../../src/state/saved');
    const { createMemoryStore: memory } = await import('../../src/storage/store');
    const before = [fresh.scenarios.value, offers.value];
    await fresh.hydrate(() => memory());
    expect([fresh.scenarios.value, offers.value]).toEqual([[], []]);
    expect(fresh.scenarios.value).toBe(before[0]);
    expect(offers.value).toBe(before[1]);
    // A scenario named at once, with nothing saved before: the same list kept, and the scenario saved.
    vi.resetModules();
    const next = await import('../../src/state/persist');
    const mem = (await import('../../src/storage/store')).createMemoryStore();
    await next.saveScenario('Named at once');
    const made = next.scenarios.value;
    await next.hydrate(() => mem);
    expect(next.scenarios.value).toBe(made);
    expect((await mem.load()).scenarios.map((x) => x.name)).toEqual(['Named at once']);
  });

  it('keeps an offer and a scenario made before storage was read on a first visit, and saves them', async () => {
    // A fresh app, as on a page's first load: the storage code arrives after the screen is up, and the
    // user adds an offer at once (a browser test did, and the offer vanished when storage was read).
    vi.resetModules();
    const fresh = await import('../../src/state/persist');
    const { createIdbStore: idb } = await import('../../src/storage/store');
    const { emptyOfferFields } = await import('../../src/model/offerFields');
    const name = freshName();
    const saved = idb(name);
    await saved.putScenario({
      id: 'old',
      name: 'Saved before',
      inputs: defaultInputs,
      createdAt: 1,
      updatedAt: 1,
    });
    await saved.putOffer({
      id: 'o-old',
      company: 'Saved',
      profile: defaultInputs,
      fields: emptyOfferFields,
      createdAt: 1,
      updatedAt: 1,
    });
    const offer = {
      id: 'o-new',
      company: 'Added at once',
      profile: defaultInputs,
      fields: emptyOfferFields,
      createdAt: 2,
      updatedAt: 2,
    };
    await fresh.putOffer(offer);
    await fresh.saveScenario('Named at once');
    await fresh.hydrate(() => idb(name));
    expect(fresh.offers.value.map((o) => o.company)).toEqual(['Saved', 'Added at once']);
    expect(fresh.scenarios.value.map((x) => x.name)).toEqual(['Named at once', 'Saved before']);
    // And they are in storage: a new session finds them.
    const again = await idb(name).load();
    expect(again.offers.map((o) => o.company).sort()).toEqual(['Added at once', 'Saved']);
    expect(again.scenarios.map((x) => x.name).sort()).toEqual(['Named at once', 'Saved before']);
  });

  it('adds a file’s changed scenario beside the one here, never over it, and skips the unchanged', async () => {
    await hydrate(() => createIdbStore(freshName()));
    await saveScenario('Kept');
    await saveScenario('Edited here');
    const file = exportText();
    const [edited, kept] = scenarios.value;
    expect([edited?.name, kept?.name]).toEqual(['Edited here', 'Kept']);
    await renameScenario(edited?.id as string, 'Edited after the export');
    const r = await importText(file, 'merge');
    expect(r).toEqual({
      ok: true,
      message:
        'Added 1 scenario, marked “(imported)”: the file’s version of one that differs from yours. Yours is kept beside it. 1 scenario already here, unchanged.',
    });
    expect(scenarios.value.map((s) => s.name).sort()).toEqual([
      'Edited after the export',
      'Edited here (imported)',
      'Kept',
    ]);
    expect(new Set(scenarios.value.map((s) => s.id)).size).toBe(3);
  });

  it.each([
    ['not JSON', '{oops', 'not valid JSON'],
    ['another app', '{"app":"other","schemaVersion":1}', 'not an ML Comp export'],
    [
      'a newer format',
      '{"app":"ml-comp","schemaVersion":99,"scenarios":[]}',
      'newer version of ML Comp (format 99',
    ],
    ['no format version', '{"app":"ml-comp","scenarios":[]}', 'no valid format version'],
    [
      'a null format version',
      '{"app":"ml-comp","schemaVersion":null,"scenarios":[]}',
      'no valid format version',
    ],
    [
      'a text format version',
      '{"app":"ml-comp","schemaVersion":"1","scenarios":[]}',
      'no valid format version',
    ],
    ['no scenario list', '{"app":"ml-comp","schemaVersion":1,"scenarios":{}}', 'not a list'],
    ['a bad scenario', '{"app":"ml-comp","schemaVersion":1,"scenarios":[{"id":"x"}]}', 'invalid data'],
    [
      'a bad location',
      '{"app":"ml-comp","schemaVersion":1,"inputs":{"location":"mars"},"scenarios":[]}',
      'invalid data',
    ],
    [
      'a huge list',
      `{"app":"ml-comp","schemaVersion":1,"scenarios":[${Array(1001).fill('{}').join(',')}]}`,
      'more than 1000',
    ],
    ['an array', '[1,2,3]', 'not an ML Comp export'],
  ])('rejects %s with a clear message and changes nothing', async (_what, text, message) => {
    await hydrate(() => createIdbStore(freshName()));
    await saveScenario('Keep me');
    inputs.value = { ...inputs.value, yearsText: '4' };
    const before = snapshot();
    const r = await importText(text, 'replace');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(message);
    expect(snapshot()).toEqual(before);
  });

  it('rejects an empty or overlong scenario name', async () => {
    expect(await saveScenario('   ')).toEqual({ ok: false, message: 'Give the scenario a name.' });
    expect(await saveScenario('x'.repeat(81))).toEqual({ ok: false, message: 'Use at most 80 characters.' });
    expect(scenarios.value).toEqual([]);
  });
});

describe('storage unavailable', () => {
  it('falls back to memory and says so once when the database cannot be opened', async () => {
    vi.resetModules(); // a fresh session: no notice shown yet
    const app = await import('../../src/state/app');
    const p = await import('../../src/state/persist');
    await p.hydrate(() => {
      throw new DOMException('The user denied permission', 'SecurityError');
    });
    expect(p.storageKind.value).toBe('memory');
    expect(p.storageNotice.value).toBe(
      'Your changes can’t be saved on this device (The user denied permission). The app keeps working, but nothing will be kept after you close it.',
    );
    p.storageNotice.value = null;
    app.inputs.value = { ...app.inputs.value, location: 'chicago' };
    await p.flush();
    expect(app.inputs.value.location).toBe('chicago');
    expect((await p.saveScenario('In memory')).ok).toBe(true);
    expect(p.storageNotice.value).toBeNull(); // told once, not on every save
  });
});
