import { hydrate, render } from 'preact';
import { persist, savedBefore, watchChanges } from './state/saved';
import { App, preloadRoute } from './ui/app/App';
import { afterPaint, islandsLoaded, markInteractive } from './ui/shared/island';

const afterLoad = (fn: () => void) =>
  document.readyState === 'complete'
    ? afterPaint(fn)
    : addEventListener('load', () => afterPaint(fn), { once: true });

/**
 * Whether every field still holds what the HTML gave it. A browser may put back a choice made before a
 * reload (Firefox does, in a select or a radio); hydrating would keep it on screen beside the defaults.
 */
const asBuilt = () =>
  [...document.querySelectorAll<HTMLInputElement>('#app input, #app textarea')].every((c) =>
    /^(checkbox|radio)$/.test(c.type) ? c.checked === c.defaultChecked : c.value === c.defaultValue,
  ) &&
  [...document.querySelectorAll<HTMLOptionElement>('#app option')].every(
    (o) => o.selected === o.defaultSelected,
  );

async function start() {
  // The page arrives prerendered (src/prerender.tsx, at build time) with the default inputs. With
  // saved data on this device (the flag src/ui/app/boot.js read), their numbers stay hidden and the saved
  // inputs are restored before the first render, so the user never sees the defaults; on a first visit
  // there is nothing to wait for, and the storage code loads after the screen is up.
  const restoring = savedBefore();
  // Once the storage code is here, a flush starts its transaction within the event, as browsers need.
  let store: Awaited<ReturnType<typeof persist>> | undefined;
  const readStorage = () =>
    persist().then((m) => {
      store = m;
      return m.hydrate();
    });
  const restored = restoring ? readStorage() : undefined;
  // A first visit's screen is prerendered: it is painted before its code is fetched, not after.
  if (!restoring) await new Promise<void>(afterPaint);
  // The screen's own code first: the screen is marked interactive (and a returning user's shown) only
  // once it can answer; until then the prerendered screen stays as it is.
  await Promise.all([restored, preloadRoute(location.pathname, restoring)]);
  // The screen is drawn in a task of its own, not after its code's (and storage's) in the same one.
  await new Promise((r) => setTimeout(r));
  // A first visit to a screen prerendered for this address (src/prerender.tsx marks it) is drawn as in
  // its HTML: hydrated, the handlers attached to the page as it is. Otherwise (saved inputs, a shared
  // link, the shell of another address) every attribute and text is set anew.
  const asPrerendered =
    !restoring &&
    document.getElementById('main')?.dataset.page === location.pathname + location.search &&
    asBuilt();
  (asPrerendered ? hydrate : render)(<App />, document.getElementById('app') as HTMLElement);
  if (asPrerendered) watchChanges();
  const html = document.documentElement;
  html.classList.remove('restoring');
  // The first screen is up and answers input. The budget check (tests/e2e/first-screen.spec.ts) counts
  // the JavaScript fetched before this mark; what the screen does not need is fetched after it.
  markInteractive();
  // The islands (parts whose code loads now) keep a returning user's prerendered defaults hidden.
  // Marked for the browser tests: the screen is whole.
  void islandsLoaded().then(() =>
    setTimeout(() => {
      html.classList.remove('islands-pending');
      performance.mark('ml-comp:islands');
    }),
  );
  if (!restoring) afterLoad(() => void readStorage());
  // The service worker's registration (and workbox-window) is not needed to use the app.
  afterLoad(() => void import('./pwa/register').then((m) => m.startPwa()));

  // Save what is pending when the page goes away or into the background (phones kill background tabs).
  const flush = () => void (store ? store.flush() : persist().then((m) => m.flush()));
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}

// Not awaited at the top level: the screens' chunks import this one, and would wait for it forever.
if (typeof window !== 'undefined') void start();
