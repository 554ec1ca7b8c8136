// Build time only (vite-prerender-plugin, vite.config.ts's prerenderScript): each route's screen as HTML.
// Not part of the app's own script (src/main.tsx), which takes the prerendered page over in the browser.
import { App } from './ui/app/App';
import { freshIslands } from './ui/shared/island';

/** The page served for addresses not prerendered (dist/shell.html; vite.config.ts). */
const SHELL = '/shell';

/**
 * Pages whose first render in the browser can differ from their HTML: the shell (another screen is drawn
 * over it) and a shared link (its offers come from the address's fragment).
 */
const DRAWN_OVER = new Set([SHELL, '/share']);

/**
 * At build time (vite-prerender-plugin): each route's screen as HTML, with its links to prerender. A
 * screen the browser draws exactly as here (the defaults, on a first visit) says which address it is
 * (`<main data-page>`): main.tsx hydrates it, attaching the handlers to this HTML as it is, not
 * re-setting every attribute and text.
 */
export async function prerender(data: { url: string }) {
  const { default: toHtml } = await import('preact-iso/prerender');
  freshIslands();
  const { html, links } = await toHtml(<App shell={data.url === SHELL} />);
  const page = DRAWN_OVER.has(data.url) ? '' : ` data-page="${data.url}"`;
  if (page && !html.includes('<main id="main"')) throw new Error(`no <main> in the page for ${data.url}`);
  return {
    html: html
      .replace('<script type="isodata"></script>', '')
      .replace('<main id="main"', `<main${page} id="main"`),
    // An offer's own page needs the saved offer: the app draws it (from the shell of its parent route).
    links: new Set([...(links ?? [])].filter((l) => !l.startsWith('/offers/'))),
  };
}
