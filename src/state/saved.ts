import { effect, signal } from '@preact/signals';
import type { OfferRecord, Scenario } from '../model/domain';
import { assumptionText, cities, inputs, theme } from './app';

// What was saved, as signals the first screen can read without loading the storage code (idb, the
// record checks): ./persist fills them from IndexedDB and keeps them saved.
export const scenarios = signal<Scenario[]>([]);
export const offers = signal<OfferRecord[]>([]);
/** A message about storage for the user (shown once, dismissible), or null. */
export const storageNotice = signal<string | null>(null);
export const storageKind = signal<'indexeddb' | 'memory'>('memory');

/**
 * Set once the state may differ from the prerendered page's, on a screen main.tsx hydrated
 * (`watchChanges`): hydrating keeps the HTML's attributes as they are, right only while the state is the
 * one prerendered, so an island whose code arrives after a change is drawn anew.
 */
let changed = false;
const stateChanged = (): void => {
  changed = true;
};
export const changedSinceHydrate = (): boolean => changed;
/**
 * main.tsx has hydrated the prerendered screen: from now on a change to what the screens draw from (the
 * inputs, assumptions, Cities' choices, theme, offers and scenarios; by the user, or restored from
 * storage), or any input, change or click on the page, counts as a change.
 */
export function watchChanges(): void {
  let first = true;
  effect(() => {
    void [inputs.value, assumptionText.value, cities.value, theme.value, offers.value, scenarios.value];
    if (!first) stateChanged();
    first = false;
  });
  for (const e of ['input', 'change', 'click']) addEventListener(e, stateChanged, true);
}

/** The storage code, loaded after the first screen (by the time a button is pressed, it is there). */
export const persist = () => import('./persist');

// A flag on this device that something was saved, read before the first paint by src/ui/app/boot.js
// (which hides the prerendered default numbers until the saved ones are drawn) and by main.tsx (which
// then waits for IndexedDB before drawing). The theme is mirrored for the same reason: no flash of the
// other scheme.
const SAVED_KEY = 'ml-comp-saved';
const THEME_KEY = 'ml-comp-theme';

function tryStorage<T>(fn: (s: Storage) => T, fallback: T): T {
  try {
    return fn(localStorage);
  } catch {
    return fallback;
  }
}

/** Whether this device holds saved data (the flag; IndexedDB stays the record). */
export const savedBefore = (): boolean => tryStorage((s) => s.getItem(SAVED_KEY) === '1', false);

/** Sets or clears the flag, and mirrors the theme. */
export function markSaved(saved: boolean, theme?: string): void {
  tryStorage((s) => {
    if (saved) s.setItem(SAVED_KEY, '1');
    else s.removeItem(SAVED_KEY);
    if (theme === 'light' || theme === 'dark') s.setItem(THEME_KEY, theme);
    else if (theme !== undefined) s.removeItem(THEME_KEY);
  }, undefined);
}
