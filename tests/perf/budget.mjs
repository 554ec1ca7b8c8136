// Budget check on the built app (run after `vite build`): the JavaScript the first screen needs must
// stay under the budget (gzip), chart.js must not be part of it, and the precache has no duplicates.
import { FIRST_SCREEN_BUDGET_KB as BUDGET_KB, firstScreen, precache } from './sizes.mjs';

// The static count (entry + its static imports). The browser's count of what it fetches before the
// first screen is interactive, against the same budget, is tests/e2e/first-screen.spec.ts.
const dist = new URL('../../dist/', import.meta.url).pathname;
const fs = firstScreen(dist);
const pc = precache(dist);
for (const f of fs.files) console.log(`  ${f.file}  ${(f.gzip / 1024).toFixed(2)} kB gzip`);
const kb = fs.totalGzip / 1024;
const failures = [];
if (fs.chartChunks.length === 0) failures.push('could not find the chart.js chunk in the manifest');
if (fs.chartInFirstScreen.length)
  failures.push(`chart.js is in the first screen's JavaScript: ${fs.chartInFirstScreen.join(', ')}`);
if (kb > BUDGET_KB) failures.push(`first-screen JavaScript ${kb.toFixed(2)} kB gzip > ${BUDGET_KB} kB`);
if (pc.unique !== pc.count) failures.push(`the precache lists ${pc.count - pc.unique} duplicate entries`);
for (const f of failures) console.log(`FAIL: ${f}`);
console.log(
  `budget: first-screen JavaScript ${kb.toFixed(2)} kB gzip (budget ${BUDGET_KB} kB), chart.js lazy: ${fs.chartInFirstScreen.length === 0}, precache ${pc.count} entries, ${(pc.totalGzip / 1024).toFixed(1)} kB gzip`,
);
process.exit(failures.length ? 1 : 0);
