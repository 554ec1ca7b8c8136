// Sizes of the built app: the JavaScript the first screen needs (the script index.html loads + its static
// imports, from the Vite manifest) and the whole service-worker precache, both gzip. Shared by the budget
// check, the browser's budget test (tests/e2e/first-screen.spec.ts) and the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (path) => gzipSync(readFileSync(path)).length;

/**
 * The most JavaScript (kB gzip) the browser may fetch before the first screen is interactive on a first
 * visit. 15 kB (issue 13: from 30.7): the screen is prerendered with the default inputs' numbers; the form
 * answers first, and the model with its data (the numbers' code), storage (nothing is saved yet), the
 * chart, the worked explanation, the saved scenarios and the messages load once it is up.
 */
export const FIRST_SCREEN_BUDGET_KB = 15;
/**
 * A returning user's first screen also waits for the saved inputs (IndexedDB and the record checks) and
 * the numbers' code, so that it shows the saved inputs' numbers and never the defaults'.
 */
export const RETURNING_BUDGET_KB = 32;

/** The first screen's JavaScript files with their gzip sizes, and the chart.js chunks. */
export function firstScreen(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const src = html.match(/<script type="module"[^>]* src="\/([^"]+)"/)?.[1];
  const entryKey = Object.keys(manifest).find((k) => manifest[k].file === src);
  if (!entryKey) throw new Error(`index.html's script (${src}) is not in the Vite manifest`);
  const initial = new Set();
  const walk = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const k of chunk.imports ?? []) walk(k);
  };
  walk(entryKey);
  const files = [...initial].map((file) => ({ file, gzip: gz(join(dist, file)) }));
  const chartChunks = Object.entries(manifest)
    .filter(
      ([k]) =>
        k.includes('node_modules/chart.js') ||
        // chart.js on the page (a shared chunk, named in vite.config.ts) where there is no charts' worker
        k.startsWith('_chartjs-') ||
        k.includes('charts/rangeChart') ||
        k.includes('charts/barsChart'),
    )
    .map(([, c]) => c.file);
  return {
    files,
    totalGzip: files.reduce((s, f) => s + f.gzip, 0),
    chartChunks,
    chartInFirstScreen: chartChunks.filter((f) => initial.has(f)),
  };
}

/** Every URL the service worker precaches, with gzip sizes. */
export function precache(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const files = urls.map((url) => ({ url, gzip: gz(join(dist, url)) }));
  return {
    count: urls.length,
    unique: new Set(urls).size,
    files,
    totalGzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}
