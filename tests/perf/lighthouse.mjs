// Lighthouse for the bench (tests/perf/bench.mjs): medians of several runs, and the no-script floor.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Lighthouse `runs` times on `base + path`; each figure is the median of the runs. `benchmarkIndex` is
 * Lighthouse's own measure of the machine's speed during the run (higher is faster).
 */
export function lighthouse({ root, out, base, path, name, runs, flags, browserPath, profileDir }) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const file = join(out, `lighthouse-${name}.json`);
    execFileSync(
      'npx',
      [
        'lighthouse',
        base + path,
        '--quiet',
        '--output=json',
        `--output-path=${file}`,
        `--chrome-flags=${[...flags, ...(profileDir ? [`--user-data-dir=${profileDir}`] : [])].join(' ')}`,
        ...(profileDir ? ['--disable-storage-reset'] : []),
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: browserPath }, stdio: 'ignore', timeout: 180_000 },
    );
    const lh = JSON.parse(readFileSync(file, 'utf8'));
    const a = lh.audits;
    results.push({
      performance: Math.round(lh.categories.performance.score * 100),
      accessibility: Math.round(lh.categories.accessibility.score * 100),
      bestPractices: Math.round(lh.categories['best-practices'].score * 100),
      seo: Math.round(lh.categories.seo.score * 100),
      lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(a['total-blocking-time'].numericValue),
      cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
      benchmarkIndex: Math.round(lh.environment.benchmarkIndex),
    });
  }
  return Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));
}

/**
 * The floor: each prerendered screen (`dist/<page>.html`) with every script and module preload taken
 * out, written to `dist/floor/`. What Lighthouse measures there is what this machine's Chromium spends
 * on the screen's HTML and CSS alone, with no JavaScript at all. Returns the pages' paths, by name.
 */
export function writeFloorPages(dist, pages) {
  const dir = join(dist, 'floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const paths = {};
  for (const [name, file] of pages) {
    const html = readFileSync(join(dist, `${file}.html`), 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="modulepreload"[^>]*>/g, '');
    if (/<script/i.test(html)) throw new Error(`a script is left in the floor page of ${file}`);
    writeFileSync(join(dir, `${file}.html`), html);
    paths[name] = `/floor/${file}.html`;
  }
  return paths;
}
