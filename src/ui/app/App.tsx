// The colours and the shell's styles come first: every screen's own styles build on them.
import './theme.css';
import './app.css';
import { effect } from '@preact/signals';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { exec } from 'preact-iso/router';
import { theme } from '../../state/app';
import { EstimatePage } from '../estimate/EstimatePage';
import { island, live } from '../shared/island';
import { Header } from './Header';
import { NotFound } from './NotFound';

// Messages (offline, an update, storage, installing): none on a first paint; their code comes after it.
const StatusBar = island(() => import('./StatusBar').then((m) => m.StatusBar));

/** Every screen but the first, by its address, its code loaded when it is shown. */
const screens = [
  ['/offers', lazy(() => import('../offers/OffersPage').then((m) => m.OffersPage))],
  ['/offers/:id', lazy(() => import('../offers/OfferPage').then((m) => m.OfferPage))],
  ['/compare', lazy(() => import('../offers/ComparePage').then((m) => m.ComparePage))],
  ['/cities', lazy(() => import('../cities/CitiesPage').then((m) => m.CitiesPage))],
  ['/share', lazy(() => import('../share/SharePage').then((m) => m.SharePage))],
  ['/settings', lazy(() => import('../settings/SettingsPage').then((m) => m.SettingsPage))],
  ['/about', lazy(() => import('../about/AboutPage').then((m) => m.AboutPage))],
] as const;

/** The code of the screen at `path`, matched as the Router matches it (main.tsx waits for it). */
export const preloadRoute = (path: string): Promise<unknown> =>
  screens.find(([route]) => exec(path, route))?.[1].preload() ?? Promise.resolve();

// The chosen theme is applied to <html>; "system" leaves it to prefers-color-scheme. Not at first (the
// default): boot.js (inlined in <head>) has applied this device's saved scheme, and storage may not be
// read yet. Not when prerendering either, where there is no document.
let themeSet = false;
effect(() => {
  const t = theme.value;
  if (!themeSet || typeof document === 'undefined') {
    themeSet = true;
    return;
  }
  if (t === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = t;
});

/**
 * The app shell: header, navigation and the routed screens. `shell`: the screens left out (the page
 * served for an address not prerendered, e.g. one offer's, until its screen's code arrives).
 */
export function App({ shell = false }: { shell?: boolean }) {
  return (
    <LocationProvider>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <Header />
      <StatusBar />
      <main id="main" tabIndex={-1} inert={!live.value}>
        {shell ? null : (
          <ErrorBoundary>
            <Router>
              <Route path="/" component={EstimatePage} />
              {screens.map(([path, component]) => (
                <Route key={path} path={path} component={component} />
              ))}
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        )}
      </main>
      <p class="print-only note" data-testid="print-note">
        From ML Comp on {new Date().toISOString().slice(0, 10)}: estimates from the seed’s salary figures,
        taxes by the tax year and basis shown, prices from BEA’s Regional Price Parities; every source is on
        the About screen. Kept on this device only.
      </p>
    </LocationProvider>
  );
}
