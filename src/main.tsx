import { render } from 'preact';
import { listenForInstall } from './pwa/install';
import { flush, hydrate } from './state/persist';
import { App } from './ui/app/App';

listenForInstall();
// Restore what the user left before the first render, so they never see a flash of defaults.
await hydrate();
render(<App />, document.getElementById('app') as HTMLElement);
// The first screen is up and answers input. The budget check (tests/e2e/first-screen.spec.ts) counts the
// JavaScript fetched before this mark; what the screen does not need is fetched after it.
performance.mark('ml-comp:interactive');
const afterLoad = (fn: () => void) =>
  document.readyState === 'complete'
    ? setTimeout(fn)
    : addEventListener('load', () => setTimeout(fn), { once: true });
// The service worker's registration (and workbox-window) is not needed to use the app.
afterLoad(() => void import('./pwa/register').then((m) => m.startPwa()));

// Save what is pending when the page goes away or into the background (phones kill background tabs).
addEventListener('pagehide', () => void flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void flush();
});
