import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { defaultInputs, defaultSettings, type Inputs, type Scenario } from '../../src/model/domain';
import { emptyOfferFields } from '../../src/model/offerFields';
import { DB_VERSION, openAppDB } from '../../src/storage/db';
import { createIdbStore } from '../../src/storage/store';
import v1 from '../fixtures/v1-db.json' with { type: 'json' };
import v2 from '../fixtures/v2-db.json' with { type: 'json' };

let n = 0;
const freshName = () => `test-db-${++n}-${Math.random().toString(36).slice(2)}`;

const inputs: Inputs = {
  level: 'senior',
  yearsText: '7',
  location: 'seattle',
  tier: 'top-tech',
  specialization: 'general',
};
const scenario: Scenario = { id: 'abc', name: 'Offer A', inputs, createdAt: 1, updatedAt: 2 };

/** Writes a database as version 1 of the schema left it, with raw IndexedDB. */
async function plantV1(name: string) {
  const db = await openDB(name, 1, {
    upgrade(d) {
      d.createObjectStore('inputs');
      d.createObjectStore('scenarios', { keyPath: 'id' });
    },
  });
  await db.put('inputs', v1.inputs.current, 'current');
  for (const s of v1.scenarios) await db.put('scenarios', s);
  db.close();
}

describe('IndexedDB store', () => {
  it('round-trips inputs, settings and scenarios across connections', async () => {
    const name = freshName();
    const a = createIdbStore(name);
    const cities = {
      ...defaultSettings.cities,
      locations: ['texas', 'chicago'],
      reference: 'chicago',
      filingStatus: 'married-joint' as const,
    };
    await a.saveCurrent(inputs, { theme: 'dark', assumptionText: { 'tier-startup': '0.9' }, cities });
    await a.putScenario(scenario);
    const loaded = await createIdbStore(name).load();
    expect(loaded.inputs?.value).toEqual(inputs);
    expect(loaded.settings?.value).toEqual({
      theme: 'dark',
      assumptionText: { 'tier-startup': '0.9' },
      cities,
    });
    expect(loaded.scenarios).toEqual([scenario]);
    expect(loaded.problems).toEqual([]);
  });

  it('reports nothing saved on a fresh database', async () => {
    const loaded = await createIdbStore(freshName()).load();
    expect(loaded).toEqual({ inputs: null, settings: null, scenarios: [], offers: [], problems: [] });
  });

  it('migrates the committed v1 fixture: years become text, the theme moves to settings', async () => {
    const name = freshName();
    await plantV1(name);
    const loaded = await createIdbStore(name).load();
    expect(loaded.inputs?.value).toEqual({
      level: 'senior',
      yearsText: '7',
      location: 'seattle',
      tier: 'top-tech',
      specialization: 'generative-ai',
    });
    expect(loaded.settings?.value.theme).toBe('dark');
    expect(loaded.scenarios.map((s) => [s.name, s.inputs.yearsText])).toEqual([['Seattle offer', '6']]);
    expect(loaded.problems).toEqual(['skipped a saved scenario that could not be read']);
    const db = await openAppDB(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['inputs', 'offers', 'scenarios', 'settings']);
    db.close();
  });

  it('drops the unused citySets store at version 3 and keeps every record of every other store', async () => {
    const name = freshName();
    const old = await openDB(name, 2, {
      upgrade(d) {
        d.createObjectStore('inputs');
        d.createObjectStore('scenarios', { keyPath: 'id' });
        d.createObjectStore('settings');
        d.createObjectStore('offers', { keyPath: 'id' });
        d.createObjectStore('citySets', { keyPath: 'id' });
      },
    });
    await old.put('inputs', v2.inputs.current, 'current');
    await old.put('settings', v2.settings.current, 'current');
    for (const s of v2.scenarios) await old.put('scenarios', s);
    for (const o of v2.offers) await old.put('offers', o);
    for (const c of v2.citySets) await old.put('citySets', c);
    old.close();

    const db = await openAppDB(name);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['inputs', 'offers', 'scenarios', 'settings']);
    // Byte for byte what was stored: the upgrade touches no record.
    expect(await db.get('inputs', 'current')).toEqual(v2.inputs.current);
    expect(await db.get('settings', 'current')).toEqual(v2.settings.current);
    // getAll returns records in key order.
    expect(await db.getAll('scenarios')).toEqual([...v2.scenarios].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.getAll('offers')).toEqual(v2.offers);
    db.close();

    // And the app reads all of it back as it was, with nothing to report.
    const loaded = await createIdbStore(name).load();
    const { schemaVersion: _, ...inputsAsTyped } = v2.inputs.current;
    expect(loaded.inputs?.value).toEqual(inputsAsTyped);
    // Saved before a typed salary could be compared: the Cities choices load with an empty one.
    const { cities } = v2.settings.current;
    expect(loaded.settings?.value).toEqual({
      ...v2.settings.current,
      cities: {
        ...cities,
        salaryText: '',
        taxYear: 2026,
        priorTaxText: '',
        priorAgiText: '',
        placeOptions: {},
      },
    });
    expect(loaded.scenarios.map((s) => s.id).sort()).toEqual(['v2-austin', 'v2-seattle']);
    // Saved before private equity, ESPP, HSA and clawback existed: those fields load empty (public RSUs).
    expect(loaded.offers).toEqual(
      v2.offers.map((o) => ({ ...o, fields: { ...emptyOfferFields, ...o.fields } })),
    );
    expect(loaded.offers[0]?.fields.equityKind).toBe('public-rsu');
    expect(loaded.problems).toEqual([]);
  });

  it('repairs corrupt and foreign records instead of failing, and says what it dropped', async () => {
    const name = freshName();
    const db = await openAppDB(name);
    await db.put(
      'inputs',
      { level: 'ceo', location: 42, tier: 'top-tech', yearsText: 'x'.repeat(500), extra: 1 },
      'current',
    );
    await db.put('settings', 'garbage', 'current');
    await db.put('scenarios', {
      id: 'ok',
      name: 'Fine',
      inputs: { location: 'texas' },
      createdAt: 5,
      updatedAt: 5,
    });
    await db.put('scenarios', { id: 'no-name', inputs: {} });
    await db.put('scenarios', {
      id: 'proto',
      name: 'Proto',
      inputs: JSON.parse('{"__proto__": {"level": "senior"}}'),
    });
    db.close();
    const loaded = await createIdbStore(name).load();
    expect(loaded.inputs?.value).toEqual({ ...defaultInputs, tier: 'top-tech' });
    expect(loaded.settings?.value).toEqual(defaultSettings);
    expect(loaded.scenarios.map((s) => s.id).sort()).toEqual(['ok', 'proto']);
    expect(loaded.scenarios.find((s) => s.id === 'ok')?.inputs).toEqual({
      ...defaultInputs,
      location: 'texas',
    });
    expect(loaded.scenarios.find((s) => s.id === 'proto')?.inputs).toEqual(defaultInputs);
    expect(loaded.problems).toEqual(
      expect.arrayContaining([
        'saved inputs: dropped an invalid level',
        'saved inputs: dropped an invalid yearsText',
        'saved inputs: dropped an invalid location',
        'saved settings could not be read; defaults used',
        'skipped a saved scenario that could not be read',
      ]),
    );
  });

  it('closes its connection when a newer version opens in another tab', async () => {
    const name = freshName();
    let blocking = 0;
    const store = createIdbStore(name, { onBlocking: () => blocking++ });
    await store.saveCurrent(inputs, defaultSettings);
    const newer = await openDB(name, DB_VERSION + 1);
    expect(blocking).toBe(1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    await expect(store.saveCurrent(inputs, defaultSettings)).rejects.toThrow();
  });
});

describe('restoreCitySet', () => {
  it('keeps a valid choice and repairs a bad one, saying what it dropped', async () => {
    const { restoreCitySet } = await import('../../src/storage/restore');
    const { defaultCitySet } = await import('../../src/model/domain');
    const ok = {
      locations: ['us', 'chicago', 'texas'],
      reference: 'texas',
      filingStatus: 'married-joint',
      pretax401kText: '$10,000',
      age50OrOver: true,
      source: 'salary',
      salaryText: '$250k',
      taxYear: 2025,
      priorTaxText: '$30,000',
      priorAgiText: '$200k',
      placeOptions: { 'metro-philadelphia-camden-wilmington-pa-nj-de-md': { state: 'NJ', cityTaxes: [] } },
    };
    expect(restoreCitySet(ok)).toEqual({ value: ok, problems: [] });
    // Saved before the “50 or older” choice, the typed salary, the tax year and per-place choices
    // existed: it loads, with the choice off, no salary, the latest tax year and no per-place choices.
    const {
      age50OrOver: _,
      salaryText: __,
      taxYear: ___,
      placeOptions: ____,
      priorTaxText: _____,
      priorAgiText: ______,
      ...old
    } = ok;
    expect(restoreCitySet({ ...old, source: 'estimate' })).toEqual({
      value: {
        ...ok,
        source: 'estimate',
        age50OrOver: false,
        salaryText: '',
        taxYear: 2026,
        priorTaxText: '',
        priorAgiText: '',
        placeOptions: {},
      },
      problems: [],
    });
    const bad = restoreCitySet({
      locations: ['us', 'mars'],
      reference: 'mars',
      filingStatus: 'x',
      pretax401kText: 5,
      age50OrOver: 'yes',
      source: '<script>',
      salaryText: 250000,
      taxYear: 2030,
      priorTaxText: 30000,
      placeOptions: { '<b>': { state: 'new jersey' } },
    });
    expect(bad.value).toEqual(defaultCitySet);
    expect(bad.problems).toHaveLength(10);
    expect(bad.problems).toContain('saved cities: dropped an invalid prior-year tax');
    expect(bad.problems).toContain('saved cities: dropped an invalid age');
    expect(bad.problems).toContain('saved cities: dropped an invalid salary');
    expect(restoreCitySet({ locations: ['us'] }).problems).toEqual([
      'saved cities: dropped an invalid list of locations',
    ]);
    expect(restoreCitySet({ locations: ['us', 'us'] }).value.locations).toEqual(defaultCitySet.locations);
    // A tie to a city: an id (lives there) or id:work (works there only); anything else is dropped.
    const philly = 'metro-philadelphia-camden-wilmington-pa-nj-de-md';
    const ties = (cityTaxes: unknown) =>
      restoreCitySet({ ...ok, placeOptions: { [philly]: { cityTaxes } } }).value.placeOptions[philly];
    expect(ties(['philadelphia:work'])).toEqual({ cityTaxes: ['philadelphia:work'] });
    expect(ties(['philadelphia:live'])).toEqual({});
    expect(ties(['philadelphia:work:work'])).toEqual({});
    expect(restoreCitySet({ locations: ['us', 'texas'], reference: 'chicago' }).value.reference).toBe('us');
  });

  it('loads Cities choices saved or exported before the typed salary existed', async () => {
    const { restoreExport, restoreSettings } = await import('../../src/storage/restore');
    const oldCities = {
      locations: ['us', 'texas'],
      reference: 'texas',
      filingStatus: 'single',
      pretax401kText: '',
      age50OrOver: false,
      source: 'estimate',
    };
    const saved = restoreSettings({ theme: 'dark', assumptionText: {}, cities: oldCities });
    expect(saved).toEqual({
      value: {
        theme: 'dark',
        assumptionText: {},
        cities: {
          ...oldCities,
          salaryText: '',
          taxYear: 2026,
          priorTaxText: '',
          priorAgiText: '',
          placeOptions: {},
        },
      },
      problems: [],
    });
    const file = JSON.stringify({
      app: 'ml-comp',
      schemaVersion: 2,
      exportedAt: '2026-01-01T00:00:00.000Z',
      inputs: {},
      settings: { theme: 'system', assumptionText: {}, cities: oldCities },
      scenarios: [],
      offers: [],
    });
    const r = restoreExport(file);
    expect(r.ok && r.data.settings.cities).toEqual({
      ...oldCities,
      salaryText: '',
      taxYear: 2026,
      priorTaxText: '',
      priorAgiText: '',
      placeOptions: {},
    });
  });
});
