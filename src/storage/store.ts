import type { IDBPDatabase } from 'idb';
import type { Inputs, OfferRecord, Scenario, Settings } from '../model/domain';
import { CURRENT, DB_NAME, type MLCompDB, type OpenEvents, openAppDB } from './db';
import { EXPORT_VERSION, type ExportData } from './exportFormat';
import type { Restored } from './restoreCommon';
import { restoreOffer, restoreScenario } from './restoreRecords';
import { restoreInputs, restoreSettings } from './restoreSettings';

export interface Loaded {
  inputs: Restored<Inputs> | null;
  settings: Restored<Settings> | null;
  scenarios: Scenario[];
  offers: OfferRecord[];
  /** Everything that was repaired or skipped, for one message to the user. */
  problems: string[];
}

/** Where the app keeps what the user typed. Every method may reject (storage full, closed, …). */
export interface AppStore {
  readonly kind: 'indexeddb' | 'memory';
  load(): Promise<Loaded>;
  /** Saves inputs and settings in one transaction, committed at once (safe to call while the page unloads). */
  saveCurrent(inputs: Inputs, settings: Settings): Promise<void>;
  putScenario(s: Scenario): Promise<void>;
  deleteScenario(id: string): Promise<void>;
  putOffer(o: OfferRecord): Promise<void>;
  deleteOffer(id: string): Promise<void>;
  /** Replaces everything with `data` (used by import and clear). */
  replaceAll(data: AllData): Promise<void>;
}

export type AllData = Pick<ExportData, 'inputs' | 'settings' | 'scenarios' | 'offers'>;

function collect(
  rawInputs: unknown,
  rawSettings: unknown,
  rawScenarios: unknown[],
  rawOffers: unknown[],
): Loaded {
  const inputs = rawInputs === undefined ? null : restoreInputs(rawInputs);
  const settings = rawSettings === undefined ? null : restoreSettings(rawSettings);
  const problems = [...(inputs?.problems ?? []), ...(settings?.problems ?? [])];
  const scenarios: Scenario[] = [];
  for (const raw of rawScenarios) {
    const r = restoreScenario(raw);
    if (r.value) scenarios.push(r.value);
    problems.push(...r.problems);
  }
  scenarios.sort((a, b) => b.updatedAt - a.updatedAt);
  const offers: OfferRecord[] = [];
  for (const raw of rawOffers) {
    const r = restoreOffer(raw);
    if (r.value) offers.push(r.value);
    problems.push(...r.problems);
  }
  offers.sort((a, b) => a.createdAt - b.createdAt);
  return { inputs, settings, scenarios, offers, problems };
}

/** The IndexedDB store. Reopens once when the connection was closed under it (InvalidStateError). */
export function createIdbStore(name = DB_NAME, events: OpenEvents = {}): AppStore {
  let closedByNewerVersion = false;
  const wrapped: OpenEvents = {
    ...events,
    onBlocking: () => {
      closedByNewerVersion = true;
      events.onBlocking?.();
    },
  };
  /** The open connection once it is ready, for synchronous writes from pagehide. */
  let ready: IDBPDatabase<MLCompDB> | null = null;
  const connect = () => {
    ready = null;
    const p = openAppDB(name, wrapped);
    p.then(
      (d) => {
        ready = d;
      },
      () => {},
    );
    return p;
  };
  let db = connect();

  async function run<T>(fn: (d: IDBPDatabase<MLCompDB>) => Promise<T>): Promise<T> {
    try {
      return await fn(await db);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'InvalidStateError' && !closedByNewerVersion) {
        db = connect();
        return fn(await db);
      }
      throw e;
    }
  }

  return {
    kind: 'indexeddb',
    load: () =>
      run(async (d) => {
        const tx = d.transaction(['inputs', 'settings', 'scenarios', 'offers'], 'readonly');
        const [i, s, list, offers] = await Promise.all([
          tx.objectStore('inputs').get(CURRENT),
          tx.objectStore('settings').get(CURRENT),
          tx.objectStore('scenarios').getAll(),
          tx.objectStore('offers').getAll(),
        ]);
        return collect(i, s, list, offers);
      }),
    saveCurrent: (inputs, settings) => {
      const write = (d: IDBPDatabase<MLCompDB>) => {
        const tx = d.transaction(['inputs', 'settings'], 'readwrite');
        void tx.objectStore('inputs').put({ ...inputs, schemaVersion: 2 }, CURRENT);
        void tx.objectStore('settings').put(settings, CURRENT);
        // Commit now rather than when the event loop idles: the page may be going away.
        tx.commit();
        return tx.done;
      };
      // With the connection open, start the transaction synchronously, so a save called from
      // pagehide is queued before the page is torn down.
      if (ready && !closedByNewerVersion) {
        try {
          return write(ready);
        } catch {
          // Closed under us (InvalidStateError): reopen through run() below.
        }
      }
      return run(write);
    },
    putScenario: (s) => run(async (d) => void (await d.put('scenarios', s))),
    deleteScenario: (id) => run((d) => d.delete('scenarios', id)),
    putOffer: (o) => run(async (d) => void (await d.put('offers', o))),
    deleteOffer: (id) => run((d) => d.delete('offers', id)),
    replaceAll: (data) =>
      run(async (d) => {
        const tx = d.transaction(['inputs', 'settings', 'scenarios', 'offers'], 'readwrite');
        await Promise.all([
          tx.objectStore('scenarios').clear(),
          tx.objectStore('offers').clear(),
          ...data.offers.map((o) => tx.objectStore('offers').put(o)),
          tx.objectStore('inputs').put({ ...data.inputs, schemaVersion: 2 }, CURRENT),
          tx.objectStore('settings').put(data.settings, CURRENT),
          ...data.scenarios.map((s) => tx.objectStore('scenarios').put(s)),
          tx.done,
        ]);
      }),
  };
}

/** Keeps everything in memory only: used when IndexedDB is unavailable, blocked or full. */
export function createMemoryStore(): AppStore {
  let inputs: unknown;
  let settings: unknown;
  const scenarios = new Map<string, Scenario>();
  const offers = new Map<string, OfferRecord>();
  return {
    kind: 'memory',
    load: async () => collect(inputs, settings, [...scenarios.values()], [...offers.values()]),
    saveCurrent: async (i, s) => {
      inputs = { ...i };
      settings = structuredClone(s);
    },
    putScenario: async (s) => {
      scenarios.set(s.id, structuredClone(s));
    },
    deleteScenario: async (id) => {
      scenarios.delete(id);
    },
    putOffer: async (o) => {
      offers.set(o.id, structuredClone(o));
    },
    deleteOffer: async (id) => {
      offers.delete(id);
    },
    replaceAll: async (data) => {
      offers.clear();
      for (const o of data.offers) offers.set(o.id, structuredClone(o));
      inputs = { ...data.inputs };
      settings = structuredClone(data.settings);
      scenarios.clear();
      for (const s of data.scenarios) scenarios.set(s.id, structuredClone(s));
    },
  };
}

/** The export file for the current data. */
export function toExport(data: AllData, now = new Date()): ExportData {
  return { app: 'ml-comp', schemaVersion: EXPORT_VERSION, exportedAt: now.toISOString(), ...data };
}
