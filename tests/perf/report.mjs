// The bench's report as Markdown (tests/perf/bench.mjs writes it to bench-results/report.md).
import { FIRST_SCREEN_BUDGET_KB } from './sizes.mjs';

/** `report`: what bench.mjs measured; `RUNS`: Lighthouse runs per figure. */
export function reportMarkdown(report, RUNS) {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  const ms = (x) => `${x < 0.1 ? x.toFixed(4) : x.toFixed(2)} ms`;
  const lhRows = Object.entries(report.lighthouse).map(([n, r]) =>
    r.error
      ? `| ${n} | error: ${r.error} | | | | | | | |`
      : `| ${n} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcpMs} ms | ${r.tbtMs} ms | ${r.cls} | ${r.benchmarkIndex} |`,
  );
  const floorRows = Object.entries(report.floor).map(([n, r]) => {
    const app = report.lighthouse[n];
    return r.error
      ? `| ${n} | error: ${r.error} | | | |`
      : `| ${n} | ${r.performance} (app ${app?.performance ?? '?'}) | ${r.lcpMs} ms (app ${app?.lcpMs ?? '?'} ms) | ${r.tbtMs} ms (app ${app?.tbtMs ?? '?'} ms) | ${r.benchmarkIndex} |`;
  });
  const md = `# ML Comp bench — ${report.date.slice(0, 10)}

${report.machine}. Reproduce: \`npm run bench\`.

## Sizes (gzip)
- First screen JavaScript: **${kb(report.sizes.firstScreenGzip)}** (budget ${FIRST_SCREEN_BUDGET_KB} kB, checked in \`npm test\`)
- Whole precache: **${kb(report.sizes.precacheGzip)}** in ${report.sizes.precacheEntries} entries

## Lighthouse 12.8, mobile (median of ${RUNS} runs; “returning”: saved inputs and the service worker)
| screen | performance | accessibility | best practices | SEO | LCP | TBT | CLS | machine speed |
|---|---|---|---|---|---|---|---|---|
${lhRows.join('\n')}

“Machine speed” is Lighthouse's \`benchmarkIndex\` during the runs (median; higher is faster).

### The floor: the same first screens with no JavaScript at all
Each prerendered page with every script taken out (\`tests/perf/lighthouse.mjs\`), first visit, median of
${RUNS} runs, beside the app's first visit above. What is left is what this machine's Chromium spends on the
screen's HTML and CSS alone.

| screen | performance | LCP | TBT | machine speed |
|---|---|---|---|---|
${floorRows.join('\n')}

Before issue 13 (\`npm run bench\`, 2026-11-27, one run each, first visits): first screen 30.7 kB; performance
estimate 100 (LCP 1.30 s), offers 98, cities 97, settings 99, about 98, shared offer 74 (TBT 1.2 s), shared
comparison 96.

## Compute time (median, in process)
- One estimate: ${ms(report.timings.estimate.medianMs)} (${report.timings.estimate.runs} runs)
- Four offers compared (years, summaries, percentiles, break-even): ${ms(report.timings.compareFourOffers.medianMs)} (${report.timings.compareFourOffers.runs} runs)
- Six cities compared (take-home and equivalent salary): ${ms(report.timings.compareSixCities.medianMs)} (${report.timings.compareSixCities.runs} runs)

## IndexedDB in Chromium (median of ${report.indexedDb.runs})
- Save inputs: ${ms(report.indexedDb.saveMedianMs)}; restore everything: ${ms(report.indexedDb.restoreMedianMs)}

## npm audit --omit=dev
- ${report.audit.vulnerabilities ? `${report.audit.vulnerabilities.total ?? 0} known vulnerabilities` : `could not run here: ${report.audit.error}`}

## Hostile-input campaign
- ${report.hostileCampaign.runsPerProperty} runs per property: **${report.hostileCampaign.result}** (${report.hostileCampaign.seconds} s)

## Long properties (tax.test.ts, equivalent wages)
- ${report.longProperties.runs} round trips, ${Math.max(3, Math.round(report.longProperties.runs / 10))} brute-force checks: **${report.longProperties.result}** (${report.longProperties.seconds} s)
`;
  return md;
}
