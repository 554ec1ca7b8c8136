// Budget check on the built app: the JavaScript the first screen needs (gzip) must stay under the
// budget, and chart.js must not be part of it. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 30;
const dist = new URL('../../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

// The entry and everything it imports statically: what the browser must load before the first render.
const entry = Object.values(manifest).find((c) => c.isEntry);
if (!entry) throw new Error('no entry chunk in the Vite manifest');
const initial = new Set();
const walk = (key) => {
  const chunk = manifest[key] ?? Object.values(manifest).find((c) => c.file === key);
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const k of chunk.imports ?? []) walk(k);
};
walk(Object.keys(manifest).find((k) => manifest[k] === entry));

const rows = [...initial].map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file))).length }));
const totalKb = rows.reduce((s, r) => s + r.gzip, 0) / 1024;
for (const r of rows) console.log(`  ${r.file}  ${(r.gzip / 1024).toFixed(2)} kB gzip`);

const chartChunks = Object.entries(manifest)
  .filter(([k]) => k.includes('node_modules/chart.js') || k.includes('charts/rangeChart'))
  .map(([, c]) => c.file);
const leaked = chartChunks.filter((f) => initial.has(f));
let failed = 0;
if (chartChunks.length === 0) {
  console.log('FAIL: could not find the chart.js chunk in the manifest');
  failed++;
} else if (leaked.length) {
  console.log(`FAIL: chart.js is in the first screen's JavaScript: ${leaked.join(', ')}`);
  failed++;
}
if (totalKb > BUDGET_KB) {
  console.log(`FAIL: first-screen JavaScript ${totalKb.toFixed(2)} kB gzip > ${BUDGET_KB} kB`);
  failed++;
}
console.log(
  `budget: first-screen JavaScript ${totalKb.toFixed(2)} kB gzip (budget ${BUDGET_KB} kB), chart.js lazy: ${leaked.length === 0}`,
);
process.exit(failed ? 1 : 0);
