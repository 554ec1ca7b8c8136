// Sizes of the built app: the JavaScript the first screen needs (entry + static imports, from the Vite
// manifest) and the whole service-worker precache, both gzip. Shared by the budget check and the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (path) => gzipSync(readFileSync(path)).length;

/** The first screen's JavaScript files with their gzip sizes, and the chart.js chunks. */
export function firstScreen(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('no entry chunk in the Vite manifest');
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
