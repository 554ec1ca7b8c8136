// What each chunk of the build holds: `node tests/perf/chunks.mjs` lists the first screen's chunks (the
// entry and its static imports) with their gzip size and each module's rendered size; `all` lists every
// chunk. For finding what to defer; the budget itself is checked by budget.mjs and the browser test.
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const all = process.argv[2] === 'all';
await build({
  logLevel: 'silent',
  build: { write: false },
  plugins: [
    {
      name: 'list-chunks',
      generateBundle(_, bundle) {
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
        const first = new Set();
        const walk = (f) => {
          if (first.has(f)) return;
          first.add(f);
          for (const i of bundle[f].imports) walk(i);
        };
        walk(entry.fileName);
        for (const c of Object.values(bundle)) {
          if (c.type !== 'chunk' || (!all && !first.has(c.fileName))) continue;
          const kb = (gzipSync(c.code).length / 1024).toFixed(2);
          console.log(`${c.fileName}  ${kb} kB gzip${first.has(c.fileName) ? '  (first screen)' : ''}`);
          const mods = Object.entries(c.modules)
            .map(([id, m]) => [relative(process.cwd(), id), m.renderedLength])
            .filter(([, n]) => n > 0)
            .sort((a, b) => b[1] - a[1]);
          for (const [id, n] of mods) console.log(`  ${String(n).padStart(7)}  ${id}`);
        }
      },
    },
  ],
});
