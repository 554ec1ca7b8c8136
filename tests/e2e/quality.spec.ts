import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { encodeShare } from '../../src/state/share';
import { chartReady, screenReady } from './charts';
import { pickPlace } from './place';
import { sharedOffers } from './sharedOffers';

const screens = [
  { name: 'estimate', path: '/', ready: 'figure.chart[data-state="ready"]' },
  { name: 'settings', path: '/settings', ready: 'h1:has-text("Settings")' },
  { name: 'cities', path: '/cities', ready: '[data-testid="city-chart"][data-state="ready"]' },
  { name: 'about', path: '/about', ready: 'h1:has-text("About the data")' },
];
const sizes = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

async function open(page: Page, path: string, ready: string) {
  await page.goto(path);
  await screenReady(page, ready);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const s of screens) {
    test(`${s.name} (${scheme}): no axe-core violations, screenshots at 360, 390 and 1280`, async ({
      page,
    }) => {
      // Three widths, each with axe-core over the whole page: About alone takes about 20 s on a 2-core
      // machine, and timed out at 30 s with another browser beside the suite.
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const size of sizes) {
        await page.setViewportSize(size);
        await open(page, s.path, s.ready);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
          [],
        );
        // No sideways scrolling at this width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `test-results/screenshots/${s.name}-${scheme}-${size.width}x${size.height}.png`,
          fullPage: true,
        });
      }
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an estimate beyond the seed (${scheme}): no axe-core violations, screenshots at 390 and 1280`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of sizes) {
      await page.setViewportSize(size);
      await open(page, '/', 'figure.chart[data-state="ready"]');
      await page.getByLabel('Level', { exact: true }).selectOption('distinguished');
      await pickPlace(page, 'Location', 'seattle', /^Seattle-Tacoma/);
      await page.getByLabel('Company tier').selectOption('top-tech');
      await page.getByLabel('Specialization').selectOption('generative-ai');
      await expect(page.getByTestId('beyond-seed')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await page.screenshot({
        path: `test-results/screenshots/estimate-beyond-${scheme}-${size.width}x${size.height}.png`,
        fullPage: true,
      });
    }
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`a shared offer (${scheme}): no axe-core violations, screenshots at 360, 390 and 1280`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const size of sizes) {
      await page.setViewportSize(size);
      await page.goto(`/share#${encodeShare(sharedOffers([200000]))}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared offer: Offer 1');
      await expect(page.getByText('$200,000').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `test-results/screenshots/share-${scheme}-${size.width}x${size.height}.png`,
        fullPage: true,
      });
    }
  });
}

test('no sideways scroll at 320 px on any screen, with every “show more” opened', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const s of screens) {
    await open(page, s.path, s.ready);
    // A table opened under a summary (the chart's numbers) once pushed the page to 415 px.
    await page.$$eval('details', (els) => {
      for (const d of els) (d as HTMLDetailsElement).open = true;
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, s.name).toBeLessThanOrEqual(0);
  }
  // The tab bar's words each on one line ("Estimat / e" once wrapped at 320 px).
  const tabs = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  for (const tab of await tabs.all()) {
    const lines = await tab.evaluate((a) => {
      const r = document.createRange();
      r.selectNodeContents(a);
      return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
    });
    expect(lines, (await tab.textContent()) ?? '').toBe(1);
  }
});

test('the estimate’s figures stay on one line from 320 px to a wide screen', async ({ page }) => {
  // At 900 px (three cards across) and 320 px (two) "$155,200" once broke after "$155,2".
  for (const width of [320, 360, 900, 1000, 1100, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '/', 'figure.chart[data-state="ready"]');
    const split = await page.$$eval('.typical', (els) =>
      els
        .filter(
          (e) => e.getBoundingClientRect().height > Number.parseFloat(getComputedStyle(e).fontSize) * 1.8,
        )
        .map((e) => e.textContent),
    );
    expect(split, `${width} px`).toEqual([]);
  }
});

test('no request leaves the app’s origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const outside: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:') outside.push(r.url());
  });
  for (const s of screens) await open(page, s.path, s.ready);
  await page.getByRole('navigation').getByRole('link', { name: 'Estimate' }).click();
  await page.getByLabel('Years of experience').fill('4');
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
});

test('the first screen needs no chart.js: the chart loads only as it nears the viewport', async ({
  page,
}) => {
  const chartRequests: string[] = [];
  page.on('request', (r) => {
    // chart.js comes in the charts' worker (chart.worker-*.js), or on the page where there is none.
    if (/\/assets\/(rangeChart|chart|chart\.worker)-[^/]*\.js$/.test(r.url())) chartRequests.push(r.url());
  });
  let release: () => void = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.context().route(/(rangeChart|chart\.worker)-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByTestId('result-total')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // At 390×844 the chart is below the fold: nothing of chart.js is fetched yet.
  expect(chartRequests).toEqual([]);
  await page.locator('figure.chart').scrollIntoViewIfNeeded();
  await expect.poll(() => chartRequests.length).toBeGreaterThan(0);
  await expect(page.locator('figure.chart')).toHaveAttribute('data-state', 'loading');
  await expect(page.locator('figure.chart')).toContainText('Loading chart…');
  release();
  await expect(page.locator('figure.chart')).toHaveAttribute('data-state', 'ready');
  // Chromium hands the canvas to the charts' worker: chart.js is never fetched for the page itself.
  expect(chartRequests.length).toBeGreaterThan(0);
  expect(chartRequests.filter((u) => !/chart\.worker-/.test(u))).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`offers, one offer and compare (${scheme}): no axe-core violations, screenshots`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/offers');
    for (const name of ['First', 'Second']) {
      await page.getByRole('button', { name: 'Add an offer' }).click();
      await page.getByLabel('Company', { exact: true }).fill(name);
      await page.getByLabel('Equity grant (USD value at grant)').fill('100000');
      await page.getByRole('link', { name: '← All offers' }).click();
    }
    await page.getByLabel('Compare First').check();
    await page.getByLabel('Compare Second').check();
    const offerPath = await page.getByRole('link', { name: 'First', exact: true }).getAttribute('href');
    const pages = [
      { name: 'offers', path: '/offers', ready: '[data-testid="offer-card"]' },
      { name: 'offer', path: offerPath as string, ready: '[data-testid="offer-chart"][data-state="ready"]' },
      { name: 'compare', path: '/compare', ready: '[data-testid="compare-table"]' },
    ];
    for (const size of sizes) {
      await page.setViewportSize(size);
      for (const p of pages) {
        // Client-side navigation keeps the in-memory comparison choice.
        await page.evaluate((path) => {
          history.pushState(null, '', path);
          dispatchEvent(new PopStateEvent('popstate'));
        }, p.path);
        await screenReady(page, p.ready);
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map((v) => `${p.name} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        ).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, p.name).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `test-results/screenshots/${p.name}-${scheme}-${size.width}x${size.height}.png`,
          fullPage: true,
        });
      }
    }
  });
}

test('every screen works under the Content-Security-Policy, with no console error and no outside request', async ({
  page,
  baseURL,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const origin = new URL(baseURL as string).origin;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:')
      problems.push(`request: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe');
  await chartReady(page.locator('figure.chart'));
  await page.getByLabel('Years of experience').fill('6');
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Offers' }).click();
  await page.getByRole('button', { name: 'Add an offer' }).click();
  await page.getByLabel('Equity grant (USD value at grant)').fill('200000');
  await chartReady(page.getByTestId('offer-chart'));
  await page.getByLabel('After tax (take-home)').check();
  await page.getByRole('button', { name: 'Share this offer' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  await nav.getByRole('link', { name: 'Cities' }).click();
  await chartReady(page.getByTestId('city-chart'));
  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  await nav.getByRole('link', { name: 'About the data' }).click();
  await page.getByTestId('calibration-row').first().waitFor();
  await page.goto(link);
  await page.getByRole('button', { name: 'Save to my offers' }).waitFor();
  await page.goto('/share#1.broken');
  await page.getByTestId('share-error').waitFor();
  expect(problems).toEqual([]);
});
