// The colours and the shell's styles come first: every screen's own styles build on them.
import './theme.css';
import './app.css';
import './content.css';
import './controls.css';
import './status.css';
import './print.css';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { exec } from 'preact-iso/router';
import { EstimatePage, loadResults } from '../estimate/EstimatePage';
import { inert, island } from '../shared/island';
import { Header } from './Header';

// Messages (offline, an update, storage, installing): none on a first paint; their code comes after it.
const StatusBar = island(() => import('./StatusBar').then((m) => m.StatusBar));
// What a printed page says of itself, with the day it is printed (not the day the page was built).
const PrintNote = island(() => import('./PrintNote').then((m) => m.PrintNote));

/** Every screen but the first, by its address, its code loaded when it is shown. */
const screens = [
  ['/offers', lazy(() => import('../offers/OffersPage').then((m) => m.OffersPage))],
  ['/offers/:id', lazy(() => import('../offers/OfferPage').then((m) => m.OfferPage))],
  ['/compare', lazy(() => import('../offers/ComparePage').then((m) => m.ComparePage))],
  ['/cities', lazy(() => import('../cities/CitiesPage').then((m) => m.CitiesPage))],
  // A link's offers are worked out before its screen is drawn, in tasks of their own.
  ['/share', lazy(() => import('../share/SharePage').then((m) => m.load()))],
  ['/settings', lazy(() => import('../settings/SettingsPage').then((m) => m.SettingsPage))],
  ['/about', lazy(() => import('../about/AboutPage').then((m) => m.AboutPage))],
] as const;
const NotFound = lazy(() => import('./NotFound').then((m) => m.NotFound));

/**
 * The code of the screen at `path`, matched as the Router matches it (main.tsx waits for it). The first
 * screen's is here; when the saved inputs are being restored, its numbers' code is waited for too.
 */
export function preloadRoute(path: string, restoring: boolean): Promise<unknown> {
  const screen = screens.find(([route]) => exec(path, route))?.[1];
  if (screen) return screen.preload();
  if (!exec(path, '/')) return NotFound.preload();
  return restoring ? loadResults() : Promise.resolve();
}

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
      <main id="main" tabIndex={-1} inert={inert}>
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
      <PrintNote />
    </LocationProvider>
  );
}
