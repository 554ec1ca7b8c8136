import { signal } from '@preact/signals';
import { persist } from '../state/saved';

/** A new version is installed and waiting. */
export const needRefresh = signal(false);
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

let updateSW: ((reloadPage?: boolean) => Promise<void>) | undefined;

/** Set by the service-worker registration (./register, loaded after the first screen is up). */
export function setUpdater(fn: (reloadPage?: boolean) => Promise<void>): void {
  updateSW = fn;
}

/** Applies the waiting version, only once what the user typed is saved. */
export async function applyUpdate(): Promise<void> {
  await (await persist()).flush();
  await updateSW?.(true);
}

/** Keeps the running version; the prompt comes back on the next start. */
export function dismissUpdate(): void {
  needRefresh.value = false;
}
