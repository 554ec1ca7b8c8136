import { render } from 'preact';
import { listenForInstall } from './pwa/install';
import { startPwa } from './pwa/register';
import { flush, hydrate } from './state/persist';
import { App } from './ui/app/App';

listenForInstall();
// Restore what the user left before the first render, so they never see a flash of defaults.
await hydrate();
render(<App />, document.getElementById('app') as HTMLElement);
startPwa();

// Save what is pending when the page goes away or into the background (phones kill background tabs).
addEventListener('pagehide', () => void flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void flush();
});
