import { signal } from '@preact/signals';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: BeforeInstallPromptEvent | null = null;
/** The browser offers installation (Chromium's beforeinstallprompt). */
export const canInstall = signal(false);
/** iOS Safari, not installed: it has no install prompt, only Share → Add to Home Screen. */
export const iosHint = signal(false);

// The offer is made once: "Not now" is remembered on this device (a UI preference, not user data).
const KEY = 'ml-comp-install-dismissed';
const dismissed = () => {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

const offered = (e: Event) => {
  e.preventDefault();
  deferred = e as BeforeInstallPromptEvent;
  canInstall.value = !dismissed();
};

/**
 * Listens for the browser's install offer, and takes one made before this code loaded (boot.js, inlined
 * in <head>, keeps it); on iOS Safari, offers the Add to Home Screen hint.
 */
let listening = false;
export function listenForInstall(): void {
  if (listening) return;
  listening = true;
  const nav = navigator as Navigator & { standalone?: boolean };
  iosHint.value = !dismissed() && /iP(hone|ad|od)/.test(nav.userAgent) && nav.standalone !== true;
  const early = (window as Window & { mlCompInstall?: Event }).mlCompInstall;
  if (early) offered(early);
  addEventListener('beforeinstallprompt', offered);
  addEventListener('appinstalled', () => {
    deferred = null;
    canInstall.value = false;
  });
}

/** Shows the browser's install dialog. */
export async function promptInstall(): Promise<void> {
  if (!deferred) return;
  const e = deferred;
  deferred = null;
  canInstall.value = false;
  await e.prompt();
  await e.userChoice;
}

/** "Not now": no install offer or hint again on this device. */
export function dismissInstall(): void {
  canInstall.value = false;
  iosHint.value = false;
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Without storage the offer simply comes back next time.
  }
}
