// Build time only (vite-prerender-plugin, vite.config.ts's prerenderScript): each route's screen as HTML.
// Not part of the app's own script (src/main.tsx), which takes the prerendered page over in the browser.
import { App } from './ui/app/App';
import { freshIslands } from './ui/shared/island';

/** The page served for addresses not prerendered (dist/shell.html; vite.config.ts). */
const SHELL = '/shell';

/** At build time (vite-prerender-plugin): each route's screen as HTML, with its links to prerender. */
export async function prerender(data: { url: string }) {
  const { default: toHtml } = await import('preact-iso/prerender');
  freshIslands();
  const { html, links } = await toHtml(<App shell={data.url === SHELL} />);
  return {
    html: html.replace('<script type="isodata"></script>', ''),
    // An offer's own page needs the saved offer: the app draws it (from the shell of its parent route).
    links: new Set([...(links ?? [])].filter((l) => !l.startsWith('/offers/'))),
  };
}
