import { registerSW } from 'virtual:pwa-register';
import { signal } from '@preact/signals';
import { flush } from '../state/persist';

/** A new version is installed and waiting. */
export const needRefresh = signal(false);
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

const CHECK_EVERY_MS = 60 * 60 * 1000;
let updateSW: ((reloadPage?: boolean) => Promise<void>) | undefined;

/** Registers the service worker (prompt mode) and checks for updates on start and every hour, when online. */
export function startPwa(): void {
  addEventListener('online', () => {
    online.value = true;
  });
  addEventListener('offline', () => {
    online.value = false;
  });
  if (!('serviceWorker' in navigator)) return;
  updateSW = registerSW({
    onNeedRefresh: () => {
      needRefresh.value = true;
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (!navigator.onLine || registration.installing) return;
        registration.update().catch(() => {
          // A failed check (server down, flaky network) just waits for the next one.
        });
      };
      setInterval(check, CHECK_EVERY_MS);
      addEventListener('online', check);
    },
  });
}

/** Applies the waiting version, only once what the user typed is saved. */
export async function applyUpdate(): Promise<void> {
  await flush();
  await updateSW?.(true);
}

/** Keeps the running version; the prompt comes back on the next start. */
export function dismissUpdate(): void {
  needRefresh.value = false;
}
