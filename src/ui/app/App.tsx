// The colours and the shell's styles come first: every screen's own styles build on them.
import './theme.css';
import './app.css';
import { effect } from '@preact/signals';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { theme } from '../../state/app';
import { EstimatePage } from '../estimate/EstimatePage';
import { Header } from './Header';
import { NotFound } from './NotFound';
import { StatusBar } from './StatusBar';

const AboutPage = lazy(() => import('../about/AboutPage').then((m) => m.AboutPage));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => m.SettingsPage));
const OffersPage = lazy(() => import('../offers/OffersPage').then((m) => m.OffersPage));
const OfferPage = lazy(() => import('../offers/OfferPage').then((m) => m.OfferPage));
const ComparePage = lazy(() => import('../offers/ComparePage').then((m) => m.ComparePage));
const CitiesPage = lazy(() => import('../cities/CitiesPage').then((m) => m.CitiesPage));
const SharePage = lazy(() => import('../share/SharePage').then((m) => m.SharePage));

// The chosen theme is applied to <html>; "system" leaves it to prefers-color-scheme.
effect(() => {
  const t = theme.value;
  if (t === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = t;
});

/** The app shell: header, navigation and the routed screens. */
export function App() {
  return (
    <LocationProvider>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <Header />
      <StatusBar />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={EstimatePage} />
            <Route path="/offers" component={OffersPage} />
            <Route path="/offers/:id" component={OfferPage} />
            <Route path="/compare" component={ComparePage} />
            <Route path="/cities" component={CitiesPage} />
            <Route path="/share" component={SharePage} />
            <Route path="/settings" component={SettingsPage} />
            <Route path="/about" component={AboutPage} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
      <p class="print-only note" data-testid="print-note">
        From ML Comp on {new Date().toISOString().slice(0, 10)}: estimates from the seed’s salary figures,
        taxes by the tax year and basis shown, prices from BEA’s Regional Price Parities; every source is on
        the About screen. Kept on this device only.
      </p>
    </LocationProvider>
  );
}
