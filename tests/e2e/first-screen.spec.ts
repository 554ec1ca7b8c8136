// The JavaScript budget as the browser sees it: every script fetched before the first screen is
// interactive (main.tsx marks `ml-comp:interactive` right after the first render), gzip-sized from the
// built files, for a first visit and for a returning user whose saved place is not one of the seed's.
import { join, resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
// @ts-expect-error: a plain ES module shared with the budget check and the bench
import { FIRST_SCREEN_BUDGET_KB, gz, RETURNING_BUDGET_KB } from '../perf/sizes.mjs';
import { pickPlace } from './place';

const dist = resolve(import.meta.dirname, '../../dist');

/** Scripts fetched before the interactive mark, and those fetched after it. */
async function scripts(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('ml-comp:interactive').length > 0);
  // Let what is deferred to after the load event start, so the test sees it is fetched later, not never.
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('ml-comp:interactive')[0]?.startTime ?? 0;
    const js = performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
    return {
      before: js.filter((e) => e.start < mark).map((e) => e.path),
      after: js.filter((e) => e.start >= mark).map((e) => e.path),
    };
  });
}

const kB = (paths: string[]) => paths.reduce((s, p) => s + gz(join(dist, p)), 0) / 1024;

test('a first visit fetches no more than the budget before the estimate screen is interactive', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { before, after } = await scripts(page);
  const size = kB(before);
  console.log(`first visit: ${size.toFixed(2)} kB gzip before interactive (${before.join(', ')})`);
  expect(size).toBeGreaterThan(5); // the measurement saw the app's own script
  expect(size).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_KB);
  // Deferred, not dropped: the service worker's registration is fetched once the screen is up.
  expect(after.some((p) => /\/register-[\w-]+\.js$/.test(p))).toBe(true);
  expect(before.some((p) => /register|workbox|restoreExport|chart-|offer-model/.test(p))).toBe(false);
  // Nothing is saved on a first visit: IndexedDB and the record checks are read after the screen is up,
  // and so are the parts of the screen below the numbers (the range chart, the explanation, scenarios).
  expect(before.some((p) => /\/storage-[\w-]+\.js$/.test(p))).toBe(false);
  expect(after.some((p) => /\/storage-[\w-]+\.js$/.test(p))).toBe(true);
  expect(after.some((p) => /\/(RangeChart|FactorList|Scenarios)-[\w-]+\.js$/.test(p))).toBe(true);
  // The numbers are prerendered for the default inputs: the model and its data come once the form answers.
  expect(before.some((p) => /\/(estimate|EstimateResults)-[\w-]+\.js$/.test(p))).toBe(false);
  expect(after.some((p) => /\/estimate-[\w-]+\.js$/.test(p))).toBe(true);
  // The first screen is one script.
  expect(before).toHaveLength(1);
});

/** Picks a place, waits for the autosave (400 ms), and starts the app afresh. */
async function returnWith(page: Page, query: string, option: RegExp) {
  await page.goto('/');
  await pickPlace(page, 'Location', query, option);
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Location' })).toHaveValue(option);
}

test('a returning user with a seed place waits for the saved inputs, within the budget', async ({ page }) => {
  await returnWith(page, 'seattle', /Seattle/);
  const { before } = await scripts(page);
  const size = kB(before);
  console.log(`returning, Seattle: ${size.toFixed(2)} kB gzip before interactive (${before.join(', ')})`);
  expect(size).toBeLessThanOrEqual(RETURNING_BUDGET_KB);
  expect(before.some((p) => /\/storage-[\w-]+\.js$/.test(p))).toBe(true);
  expect(before.some((p) => /places-|offer-model/.test(p))).toBe(false);
});

test('a returning user with a place beyond the seed waits for the place list, never for the taxes', async ({
  page,
}) => {
  await returnWith(page, 'rale', /Raleigh-Cary, NC/);
  const { before } = await scripts(page);
  const places = before.filter((p) => /\/places-[\w-]+\.js$/.test(p));
  const rest = before.filter((p) => !places.includes(p));
  console.log(`returning, Raleigh: ${kB(rest).toFixed(2)} kB + place list ${kB(places).toFixed(2)} kB gzip`);
  expect(kB(rest)).toBeLessThanOrEqual(RETURNING_BUDGET_KB);
  expect(places.length).toBeGreaterThan(0);
  expect(before.some((p) => /offer-model|chart-|register/.test(p))).toBe(false);
});
