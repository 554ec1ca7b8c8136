import { batch, computed, effect } from '@preact/signals';
import {
  defaultCitySet,
  defaultInputs,
  defaultSettings,
  type OfferRecord,
  type Scenario,
  type Settings,
} from '../model/domain';
import { validateName } from '../storage/restoreRecords';
import { type AllData, type AppStore, createIdbStore, createMemoryStore, toExport } from '../storage/store';
import { assumptionText, cities, inputs, theme } from './app';
import { loadPlaces, seedPlaceLabel } from './places';
import { rememberSavedPlaces } from './recentPlaces';
import { markSaved, offers, scenarios, storageKind, storageNotice } from './saved';

export { offers, scenarios, storageKind, storageNotice } from './saved';

export const settings = computed<Settings>(() => ({
  theme: theme.value,
  assumptionText: assumptionText.value,
  cities: cities.value,
}));

let store: AppStore = createMemoryStore();
let noticeShown = false;
const SAVE_DELAY_MS = 400;

function notify(message: string) {
  if (noticeShown) return;
  noticeShown = true;
  storageNotice.value = message;
}

const reason = (e: unknown) =>
  e instanceof DOMException && e.name === 'QuotaExceededError'
    ? 'this device’s storage is full'
    : e instanceof Error && e.message
      ? e.message
      : 'storage is not available';

async function fallBackToMemory(e: unknown) {
  store = createMemoryStore();
  storageKind.value = 'memory';
  notify(
    `Your changes can’t be saved on this device (${reason(e)}). The app keeps working, but nothing will be kept after you close it.`,
  );
  await store.replaceAll(allData());
}

/** Runs a storage write; on failure, switches to memory and tells the user once. */
async function write(fn: (s: AppStore) => Promise<void>): Promise<void> {
  try {
    await fn(store);
    if (store.kind === 'indexeddb') markSaved(true, theme.value);
  } catch (e) {
    await fallBackToMemory(e);
  }
}

function timeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, rej) => setTimeout(() => rej(new Error('storage did not answer')), ms)),
  ]);
}

/**
 * Loads what was saved (before the first render when this device has saved data, just after it on a
 * first visit), then saves every change. Falls back to memory when IndexedDB is missing, blocked, slow
 * or broken.
 */
export async function hydrate(make: () => AppStore = () => defaultStore()): Promise<void> {
  // What the user changed before (or while) storage was read, on a first visit.
  const changed = () =>
    inputs.value !== defaultInputs ||
    assumptionText.value !== noText ||
    theme.value !== 'system' ||
    cities.value !== defaultCitySet;
  let touched = changed();
  try {
    if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
    store = make();
    const loaded = await timeout(store.load(), 4000);
    touched ||= changed();
    storageKind.value = store.kind;
    // Made before storage was read (an offer added at once): kept, saved below; nothing saved: lists untouched.
    const s0 = scenarios.value.filter((x) => !loaded.scenarios.some((y) => y.id === x.id));
    const o0 = offers.value.filter((x) => !loaded.offers.some((y) => y.id === x.id));
    batch(() => {
      if (loaded.inputs) inputs.value = loaded.inputs.value;
      if (loaded.settings) {
        theme.value = loaded.settings.value.theme;
        assumptionText.value = loaded.settings.value.assumptionText;
        cities.value = loaded.settings.value.cities;
      }
      if (loaded.scenarios.length) scenarios.value = [...s0, ...loaded.scenarios];
      if (loaded.offers.length) offers.value = [...loaded.offers, ...o0];
    });
    for (const x of s0) await write((st) => st.putScenario(x));
    for (const x of o0) await write((st) => st.putOffer(x));
    // Places the user chose: the estimate's, the offers', and the compared cities' once changed.
    const citiesChosen = cities.value.locations.join() !== defaultCitySet.locations.join();
    // A saved place beyond the seed's ten is named from the place list: have it before the first render.
    if (!seedPlaceLabel(inputs.value.location)) await loadPlaces();
    rememberSavedPlaces([
      inputs.value.location,
      ...offers.value.map((o) => o.profile.location),
      ...(citiesChosen ? cities.value.locations : []),
    ]);
    if (loaded.problems.length) {
      notify(`Some saved data could not be read and was skipped: ${loaded.problems.join('; ')}.`);
    }
  } catch (e) {
    touched ||= changed();
    await fallBackToMemory(e);
  }
  // On a first visit the screen is drawn before storage is read: keep what the user changed meanwhile.
  if (touched) dirty = true;
  startAutosave();
}

const noText = assumptionText.value;
const UPDATED_ELSEWHERE =
  'ML Comp was updated in another tab. Reload this tab to keep saving; until then changes here are not kept.';
const defaultStore = (): AppStore =>
  createIdbStore(undefined, {
    onBlocking: () => notify(UPDATED_ELSEWHERE),
    onBlocked: () => notify('Close other ML Comp tabs so this one can update its storage.'),
  });

let timer: ReturnType<typeof setTimeout> | undefined;
let dirty = false;
let stopAutosave: (() => void) | undefined;

function startAutosave() {
  stopAutosave?.();
  let first = true;
  stopAutosave = effect(() => {
    // Read both so the effect re-runs on any change.
    void inputs.value;
    void settings.value;
    if (first) {
      first = false;
      if (dirty) timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
      return;
    }
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  });
}

/** Saves pending input and settings changes now (on pagehide, before an update, in tests). */
export async function flush(): Promise<void> {
  clearTimeout(timer);
  if (!dirty) return;
  dirty = false;
  const i = inputs.value;
  const s = settings.value;
  await write((st) => st.saveCurrent(i, s));
}

/** A new id for a scenario or an offer. */
export const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export type ActionResult = { ok: true; message?: string } | { ok: false; message: string };

/** Saves the current inputs as a named scenario. */
export async function saveScenario(name: string): Promise<ActionResult> {
  const n = validateName(name);
  if (!n.ok) return n;
  const now = Date.now();
  const s: Scenario = {
    id: newId(),
    name: n.name,
    inputs: { ...inputs.value },
    createdAt: now,
    updatedAt: now,
  };
  scenarios.value = [s, ...scenarios.value];
  await write((st) => st.putScenario(s));
  savedSomething();
  return { ok: true, message: `Saved “${s.name}”.` };
}

/** Makes a saved scenario the current inputs. */
export function openScenario(id: string): void {
  const s = scenarios.value.find((x) => x.id === id);
  if (s) inputs.value = { ...s.inputs };
}

export async function renameScenario(id: string, name: string): Promise<ActionResult> {
  const n = validateName(name);
  if (!n.ok) return n;
  const s = scenarios.value.find((x) => x.id === id);
  if (!s) return { ok: false, message: 'That scenario no longer exists.' };
  const next = { ...s, name: n.name, updatedAt: Date.now() };
  scenarios.value = scenarios.value.map((x) => (x.id === id ? next : x));
  await write((st) => st.putScenario(next));
  return { ok: true };
}

export async function deleteScenario(id: string): Promise<void> {
  scenarios.value = scenarios.value.filter((x) => x.id !== id);
  await write((st) => st.deleteScenario(id));
}

const allData = (): AllData => ({
  inputs: inputs.value,
  settings: settings.value,
  scenarios: scenarios.value,
  offers: offers.value,
});

/** Everything the user has, as the text of an export file. */
export function exportText(now = new Date()): string {
  return JSON.stringify(toExport(allData(), now), null, 2);
}

function applyAll(data: AllData) {
  batch(() => {
    inputs.value = data.inputs;
    theme.value = data.settings.theme;
    assumptionText.value = data.settings.assumptionText;
    cities.value = data.settings.cities;
    scenarios.value = [...data.scenarios].sort((a, b) => b.updatedAt - a.updatedAt);
    offers.value = [...data.offers].sort((a, b) => a.createdAt - b.createdAt);
  });
}

/**
 * Imports an export file. `replace`: everything becomes the file's. `merge`: the file's scenarios and offers
 * are added, and nothing here is lost (storage/mergeImport.ts); current inputs and settings stay. A bad
 * file changes nothing.
 */
export async function importText(text: string, mode: 'merge' | 'replace'): Promise<ActionResult> {
  // Reading an export file is rare: its checks load when a file is imported, not with the first screen.
  const [{ restoreExport }, { mergeImport, mergeMessage, plural }] = await Promise.all([
    import('../storage/restoreExport'),
    import('../storage/mergeImport'),
  ]);
  const r = restoreExport(text);
  if (!r.ok) return r;
  const d = r.data;
  const merged =
    mode === 'merge' ? mergeImport({ scenarios: scenarios.value, offers: offers.value }, d, newId) : null;
  const next: AllData = merged
    ? { inputs: inputs.value, settings: settings.value, scenarios: merged.scenarios, offers: merged.offers }
    : d;
  applyAll(next);
  clearTimeout(timer);
  dirty = false;
  await write((st) => st.replaceAll(next));
  if (merged) return { ok: true, message: mergeMessage(merged.count) };
  const what = `${plural(d.scenarios.length, 'scenario')}, ${plural(d.offers.length, 'offer')}`;
  return { ok: true, message: `Imported ${what}, inputs and settings.` };
}

/** Checks an export file without importing it: what it holds, or why it cannot be read. */
export const checkImport = (text: string) =>
  import('../storage/restoreExport').then((m) => m.importSummary(text));

/** Deletes everything the app keeps and returns to the defaults. */
export async function clearAll(): Promise<void> {
  const empty: AllData = {
    inputs: { ...defaultInputs },
    settings: structuredClone(defaultSettings),
    scenarios: [],
    offers: [],
  };
  applyAll(empty);
  clearTimeout(timer);
  dirty = false;
  await write((st) => st.replaceAll(empty));
  markSaved(false, empty.settings.theme);
}

/** Adds or replaces a saved offer. */
export async function putOffer(o: OfferRecord): Promise<void> {
  const next = { ...o, updatedAt: Date.now() };
  const exists = offers.value.some((x) => x.id === o.id);
  offers.value = exists ? offers.value.map((x) => (x.id === o.id ? next : x)) : [...offers.value, next];
  await write((st) => st.putOffer(next));
  savedSomething();
}

/** After a save: ask the browser once to keep the data (in its own module, loaded on first save). */
const savedSomething = () => void import('./storageStatus').then((m) => m.askToPersist());

export async function deleteOffer(id: string): Promise<void> {
  offers.value = offers.value.filter((x) => x.id !== id);
  await write((st) => st.deleteOffer(id));
}

/** The largest import file read (the UI says so before reading). */
export { MAX_IMPORT_BYTES } from '../storage/exportFormat';
