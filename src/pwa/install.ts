import { signal } from '@preact/signals';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: BeforeInstallPromptEvent | null = null;
/** The browser offers installation (Chromium's beforeinstallprompt). */
export const canInstall = signal(false);

/** Listens for the browser's install offer. */
export function listenForInstall(): void {
  addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    deferred = e as BeforeInstallPromptEvent;
    canInstall.value = true;
  });
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
