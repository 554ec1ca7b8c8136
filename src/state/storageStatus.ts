// Keeping what is saved: whether the browser keeps this site's data until the user clears it
// (navigator.storage.persist(), asked on the first save), and when to remind the user to export a
// backup (the data may be cleared, e.g. by Safari after weeks unused, and changed since the last export).
import { computed, signal } from '@preact/signals';
import { backupDue } from '../model/backup';
import { offers, scenarios } from './persist';

/** true: kept until the user clears it; false: the browser may clear it; null: the browser does not say. */
export const persisted = signal<boolean | null>(null);

const storage = () => (typeof navigator === 'undefined' ? undefined : navigator.storage);
let asked = false;

/** Asks the browser to keep the data, once a session (Chromium grants it to sites in use or installed). */
export async function askToPersist(): Promise<void> {
  if (asked) return;
  asked = true;
  try {
    persisted.value = (await storage()?.persist?.()) ?? null;
  } catch {
    // The browser would not say.
  }
}

/** Reads whether the data is persistent (for Settings). */
export async function checkPersisted(): Promise<void> {
  try {
    persisted.value = (await storage()?.persisted?.()) ?? null;
  } catch {
    persisted.value = null;
  }
}

// When the last export was made, on this device (a note about the data, not the data).
const KEY = 'ml-comp-last-export';
const readLastExport = () => {
  try {
    return Number(localStorage.getItem(KEY)) || 0;
  } catch {
    return 0;
  }
};
export const lastExport = signal(readLastExport());

/** Notes that everything was just exported. */
export function exported(now = Date.now()): void {
  lastExport.value = now;
  try {
    localStorage.setItem(KEY, String(now));
  } catch {
    // Without storage the reminder may show again; nothing is lost.
  }
}

/** Whether to remind the user to export: the data may be cleared and changed since the last export. */
export const backupReminder = computed(() =>
  backupDue({
    persisted: persisted.value,
    lastChange: Math.max(
      0,
      ...offers.value.map((o) => o.updatedAt),
      ...scenarios.value.map((s) => s.updatedAt),
    ),
    lastExport: lastExport.value,
  }),
);
