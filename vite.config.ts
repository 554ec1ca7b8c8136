import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import type { Plugin, Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * Content-Security-Policy for the built app: scripts, styles, data and the service worker from this
 * origin only, no inline script but the boot script (allowed by its hash), no eval. Added at build time only (Vite's dev server injects inline
 * styles for hot reload).
 */
/** Inlined at the start of every page: it must run before the first paint (src/ui/app/boot.js). */
// Its comments are left out: the page's charset must be declared in its first 1024 bytes, after these.
const bootScript = readFileSync(new URL('./src/ui/app/boot.js', import.meta.url), 'utf8')
  .replace(/^\s*\/\/.*\n/gm, '')
  .trim();
const bootHash = createHash('sha256').update(bootScript).digest('base64');

export const CSP = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${bootHash}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const charset = '<meta charset="UTF-8" />';
const csp: Plugin = {
  name: 'ml-comp-csp',
  apply: 'build',
  // Right after the charset (which must come first), before anything the policy governs.
  transformIndexHtml(html) {
    if (!html.includes(charset)) throw new Error(`index.html must declare ${charset}`);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP.replaceAll("'", '&#39;')}">`;
    // The tab's icon in the page itself (public/favicon.svg, 300 bytes): one request fewer on the first
    // visit, when a phone's few connections are all taken by the screen's own files.
    const icon = '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />';
    if (!html.includes(icon)) throw new Error(`index.html must link ${icon}`);
    const svg = readFileSync(fileURLToPath(new URL('./public/favicon.svg', import.meta.url)), 'utf8').trim();
    return html
      .replace(charset, `${charset}\n    ${meta}\n    <script>${bootScript}</script>`)
      .replace(
        icon,
        `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}" type="image/svg+xml" />`,
      );
  },
};

/**
 * `import x from './file.json?slim'`: the JSON without its `rationale` and `$comment` texts and without
 * string `value`s (a modelling rule's statement). The estimate needs the numbers and labels of
 * data/assumptions.json, not the paragraphs that About and Settings show (they import the whole file,
 * in their own lazy chunk).
 * `import x from './states/ca.json?nosources'`: the figures without their `source`, `note` and `$comment`
 * texts (the state and local tax data: the model computes with its numbers, and shows none of those texts;
 * they are for the reader of data/).
 * `import x from './salaries.json?labels=loc-'`: the figures whose id starts so, with their id and label
 * only (the first screen's form names the seed's places; the figures themselves load with the estimate).
 * `import x from './places.json?meta'`: the file's top-level figures that are not lists or objects (its
 * source and data year), for a screen that names them without needing the data (About, Cities).
 * Outside Vite (Node, the browser tests) the query is ignored and the whole file read: the same shape.
 */
const slimJson: Plugin = {
  name: 'ml-comp-slim-json',
  enforce: 'pre',
  async resolveId(source, importer) {
    const [, file, query] = /^(.+\.json)(\?(?:slim|nosources|meta|labels=[\w-]*))$/.exec(source) ?? [];
    if (!file || !query) return null;
    const r = await this.resolve(file, importer, { skipSelf: true });
    return r ? `${r.id}${query}` : null;
  },
  load(id) {
    const [, file, prefix = ''] = /^(.+\.json)\?labels=([\w-]*)$/.exec(id) ?? [];
    if (file) {
      const { figures } = JSON.parse(readFileSync(file, 'utf8')) as {
        figures: { id: string; label: string }[];
      };
      const picked = figures
        .filter((f) => f.id.startsWith(prefix))
        .map((f) => ({ id: f.id, label: f.label }));
      return `export default ${JSON.stringify({ figures: picked })};`;
    }
    if (id.endsWith('.json?meta')) {
      const all = JSON.parse(readFileSync(id.slice(0, -'?meta'.length), 'utf8')) as Record<string, unknown>;
      const meta = Object.entries(all).filter(
        ([k, v]) => k !== '$comment' && (v === null || typeof v !== 'object'),
      );
      return `export default ${JSON.stringify(Object.fromEntries(meta))};`;
    }
    const slim = id.endsWith('.json?slim');
    if (!slim && !id.endsWith('.json?nosources')) return null;
    const drop = (k: string, v: unknown) =>
      k === '$comment' ||
      (slim ? k === 'rationale' || (k === 'value' && typeof v === 'string') : k === 'source' || k === 'note');
    const strip = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(strip)
        : x && typeof x === 'object'
          ? Object.fromEntries(
              Object.entries(x)
                .filter(([k, v]) => !drop(k, v))
                .map(([k, v]) => [k, strip(v)]),
            )
          : x;
    const data = strip(JSON.parse(readFileSync(id.slice(0, id.lastIndexOf('?')), 'utf8')));
    // As JSON.parse of a string: parsed faster than the same object written as code (Vite's `json.stringify`).
    return `export default JSON.parse('${JSON.stringify(data).replace(/[\\']/g, '\\$&')}');`;
  },
};

/**
 * The prerendered pages as dist/offers.html rather than dist/offers/index.html: the service worker's
 * precache answers /offers with offers.html (Workbox's clean URLs), and static servers do too.
 * The shared-link page, whose content is in the address's fragment and drawn by its code, names that
 * code (src/ui/share/SharePage.tsx and its imports) as module preloads, fetched beside the app's script.
 * (The other pages are the screen itself: preloads there delayed their first paint, build.modulePreload.)
 */
const flatPages: Plugin = {
  name: 'ml-comp-flat-pages',
  apply: 'build',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    const preloads = (module: string) => {
      const screen = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(module)));
      if (!screen) this.error(`No chunk for ${module}`);
      const files = new Set<string>();
      const walk = (file: string) => {
        const c = byFile.get(file);
        if (!c || c.isEntry || files.has(file)) return;
        files.add(file);
        for (const f of c.imports) walk(f);
      };
      walk(screen.fileName);
      // The largest (compressed) first: each starts as soon as a connection is free, and the largest
      // finishes last.
      const size = (f: string) => gzipSync((byFile.get(f) as Rollup.OutputChunk).code).length;
      return [...files]
        .sort((a, b) => size(b) - size(a))
        .map((f) => `<link rel="modulepreload" href="/${f}">`)
        .join('');
    };
    for (const [key, file] of Object.entries(bundle)) {
      const m = /^(\w+)\/index\.html$/.exec(key);
      if (!m || file.type !== 'asset') continue;
      delete bundle[key];
      const html = String(file.source);
      const source =
        m[1] === 'share' ? html.replace('</head>', `${preloads('/share/SharePage.tsx')}</head>`) : html;
      this.emitFile({ type: 'asset', fileName: `${m[1]}.html`, source });
    }
  },
};

/** `vite preview` (npm start) the same way: /offers → offers.html, an address not prerendered → shell.html. */
const previewPages: Plugin = {
  name: 'ml-comp-preview-pages',
  configurePreviewServer(server) {
    const dist = server.config.build.outDir;
    server.middlewares.use((req, _res, next) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path !== '/' && !/\.\w+$/.test(path)) {
        const page = `/${path.replace(/^\/|\/$/g, '')}.html`;
        req.url = existsSync(resolve(server.config.root, dist, `.${page}`)) ? page : '/shell.html';
      }
      next();
    });
  },
};

/**
 * Vite wraps every dynamic import in its preload helper (`__vitePreload`, some 0.6 kB gzip of the first
 * screen's script), which fetches the imported chunk's own imports and CSS beside it. Here each list it is
 * handed is empty (build.modulePreload is off; the CSS is one file), so it only calls the import: it is
 * replaced by that call. A failed import rejects as it is, for the screens' error boundaries.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const noPreloadHelper: Plugin = {
  name: 'ml-comp-no-preload-helper',
  apply: 'build',
  enforce: 'pre',
  configResolved({ build }) {
    if (build.modulePreload !== false || build.cssCodeSplit !== false)
      throw new Error('ml-comp-no-preload-helper needs build.modulePreload and build.cssCodeSplit off');
  },
  resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
};

// A build label shown in the app; tests build twice with different labels to deploy an update.
const version = process.env.APP_VERSION ?? new Date().toISOString().slice(0, 10);

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Each data file as JSON.parse('…'): V8 parses a JSON string faster than the same object as code.
  json: { stringify: true },
  // The Cities comparison's worker (src/state/cities.worker.ts) reads the same data files.
  worker: { format: 'es', plugins: () => [slimJson] },
  plugins: [
    noPreloadHelper,
    slimJson,
    csp,
    // Every screen prerendered into dist/<route>.html (flatPages; shared links' shells too); see src/main.tsx.
    preact({
      prerender: {
        enabled: true,
        prerenderScript: fileURLToPath(new URL('./src/prerender.tsx', import.meta.url)),
        renderTarget: '#app',
        additionalPrerenderRoutes: [
          '/share',
          '/compare',
          '/settings',
          '/about',
          '/cities',
          '/offers',
          '/shell',
        ],
      },
    }),
    flatPages,
    previewPages,
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches the icons and the manifest; listing them again would duplicate them.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'ML Comp: ML engineer pay estimate',
        short_name: 'ML Comp',
        description:
          'What machine-learning engineers are paid: base, additional and total pay by level, location, company tier and specialization. Private and offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1f5fbf',
        background_color: '#f6f7f9',
        categories: ['finance', 'productivity', 'business'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app needs, lazy chunks (chart.js, screens) and data included.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // The prerender entry (src/prerender.tsx) and render-to-string run at build time only.
        globIgnores: ['.vite/**', 'assets/prerender-*.js', 'assets/chartjs-*.js'],
        // An address not prerendered (one offer's) gets the shell, not the estimate screen.
        navigateFallback: '/shell.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // No preload helper in the app's script (it and the file names of every chunk's imports were 0.9 kB
    // of the first screen's 15). A screen's imports are fetched once its own code has arrived. Module
    // preloads in the prerendered pages were tried: fetched beside the stylesheet, they delayed the first
    // paint of Cities from 1.1 s to 1.9 s (Lighthouse, mobile).
    modulePreload: false,
    // One stylesheet for every screen (5 kB gzip): a prerendered screen is styled before its code arrives.
    cssCodeSplit: false,
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      output: {
        // Rolldown's groups, highest priority first; each takes the modules it matches and their static
        // imports that a higher group has not taken.
        codeSplitting: {
          groups: [
            // What the entry imports statically: the first screen loads all of it anyway, and one chunk
            // compresses better than a dozen small ones.
            // (The build-time entry, src/prerender.tsx, is an entry too: kept out of it.)
            {
              name: 'first-screen',
              tags: ['$initial'],
              test: /^(?!.*src[\\/]prerender\.tsx$)/,
              priority: 20,
            },
            // The market estimate (the model and the seed's figures): the first screen's numbers, loaded once
            // it is interactive; every other screen builds on it.
            { name: 'estimate', test: /src[\\/]state[\\/]estimate\.ts$/, priority: 19 },
            // The default tax year and the price parities' source and year (src/model/taxSources.ts) for About,
            // Cities and the household's fields, on its own: the offer screens would take it (they import it)
            // and About would load them; the estimate's chunk counts in a returning user's budget.
            { name: 'sources', test: /src[\\/]model[\\/]taxSources\.ts$/, priority: 19 },
            // Reading and keeping saved data (IndexedDB, the record checks): a returning user's first screen
            // waits for it, a first visit loads it after the screen is up.
            {
              name: 'storage',
              test: /src[\\/](storage[\\/](db|store|restoreCommon|restoreRecords|restoreSettings|exportFormat)|state[\\/]persist)\.ts$|node_modules[\\/](idb|valibot)[\\/]|rolldown[\\/]runtime/,
              priority: 18,
            },
            // The place list and its search: what a saved place beyond the seed's ten needs, not the taxes
            // (and About's fit of the location factor to the seed's places).
            {
              name: 'places',
              test: /src[\\/]model[\\/](places|placeSearch|aboutPlaces)\.ts$|data[\\/]places\.json$/,
              priority: 18,
            },
            // The tax data (every state's, the local taxes'), apart from the code that reads it: a shared link
            // needs both, and two files of 15-25 kB arrive sooner than one of 40 on a phone's connection.
            {
              name: 'tax-data',
              test: /data[\\/](federal|locals)\.json|data[\\/]states[\\/]/,
              priority: 17,
            },
            // The tax computation (federal, state, local), which the offer model builds on: apart from it for
            // the same reason.
            {
              name: 'tax-model',
              test: /src[\\/]model[\\/](tax|brackets|placeTax|retirement)\.ts$|src[\\/]model[\\/]states[\\/]/,
              priority: 16,
            },
            // Code only the lazy screens use (offer and tax math, calibration).
            {
              name: 'offer-model',
              test: /src[\\/]model[\\/](offer|offerForm|offerTax|compare\w*|cityComparison|stats|position|tax|equivalent|retirement|normalize|brackets|placeTax)\.ts$|src[\\/]model[\\/](states|equity)[\\/]/,
              priority: 15,
            },
            // What the lazy screens share (formats, charts), then the offer screens' parts and state (an
            // offer's results, its form, Compare, a shared link's page; Cities reads the offers and the
            // household too): a shared link needs all of both before it can draw, and two chunks are two
            // requests rather than thirty.
            {
              name: 'ui-common',
              test: /src[\\/]ui[\\/]shared[\\/](format|ordinal|download|textRuns|PrintNote|SourceLabel)\.tsx?$/,
              priority: 14,
            },
            // chart.js on the page: only where a canvas cannot be handed to the charts' worker (whose own
            // bundle has chart.js), so it is left out of the precache.
            {
              name: 'chartjs',
              test: /node_modules[\\/](chart\.js|@kurkle)[\\/]|src[\\/]ui[\\/]charts[\\/](chartEnv|barsChart|rangeChart)\.ts$/,
              priority: 14,
            },
            {
              name: 'charts',
              test: /src[\\/]ui[\\/]charts[\\/](BarsChart|RangeChart|cssColor|loadChart|useLazyChart|offThread)\.tsx?$/,
              priority: 14,
            },
            {
              name: 'offer-screens',
              test: /src[\\/]ui[\\/](offers|share)[\\/]|src[\\/]ui[\\/]shared[\\/](HouseholdFields|NumField|CsvButton)\.tsx$|src[\\/]state[\\/](share\w*|compare|offerDraft|offers|cities)\.ts$/,
              priority: 13,
            },
            // The estimate held against the seed's own figures: About's calibration table only.
            { name: 'calibration', test: /src[\\/]model[\\/](calibration|anchors)\.ts$/, priority: 15 },
            // Why each assumption is what it is (the whole data/assumptions.json): About and Settings only.
            {
              name: 'notes',
              test: /src[\\/](model|data)[\\/]notes\.ts$|data[\\/]assumptions\.json$/,
              priority: 15,
            },
            { name: 'model', test: /src[\\/](model|data)[\\/]|data[\\/]\w+\.json/, priority: 1 },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit-results.json' },
    coverage: {
      provider: 'v8',
      include: ['src/model/**/*.ts'],
      thresholds: { lines: 95, functions: 95, branches: 90, statements: 95 },
      reporter: ['text-summary'],
    },
  },
});
