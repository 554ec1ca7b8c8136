import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  build: { target: 'es2022', sourcemap: false, manifest: true },
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
