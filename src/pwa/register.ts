import { registerSW } from 'virtual:pwa-register';
import { needRefresh, online, setUpdater } from './status';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (prompt mode) and checks for updates on start and every hour, when online.
 * main.tsx imports this module only once the first screen is interactive: nothing here is needed earlier.
 */
export function startPwa(): void {
  addEventListener('online', () => {
    online.value = true;
  });
  addEventListener('offline', () => {
    online.value = false;
  });
  online.value = navigator.onLine;
  if (!('serviceWorker' in navigator)) return;
  setUpdater(
    registerSW({
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
    }),
  );
}
