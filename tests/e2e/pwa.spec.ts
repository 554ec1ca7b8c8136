import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, type Locator, type Page, test } from '@playwright/test';
import { chartReady } from './charts';
import { pickPlace } from './place';
import { chromiumLaunch } from './playwright.config';
import { type StaticServer, startStaticServer } from './static-server';

const root = resolve(import.meta.dirname, '../..');
const builds = join(root, 'test-results/builds');
const current = join(builds, 'current');
const next = join(builds, 'next');

test.use({ serviceWorkers: 'allow' });

test.beforeAll(() => {
  // The app as built by `npm run build`, and a second build with another version label: the "update".
  rmSync(builds, { recursive: true, force: true });
  cpSync(join(root, 'dist'), current, { recursive: true });
  execFileSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, APP_VERSION: 'next-build' },
    stdio: 'inherit',
  });
});

let server: StaticServer;
let port = 4300;
test.beforeEach(async () => {
  server = await startStaticServer(current, ++port);
});
test.afterEach(async () => {
  await server.stop().catch(() => {});
});

/** Waits until the service worker has precached the app and controls the page. */
async function becomeControlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('Chromium finds the app installable (manifest, icons, service worker)', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'mlcomp-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, headless: true });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(`${server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      short_name: 'ML Comp',
    });
    expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

// What a returning user typed, shown first after a reload (never the defaults): tests/e2e/prerender.spec.ts.

test('what was typed inside the save delay is flushed on pagehide', async ({ page }) => {
  await page.goto(server.url);
  // On a first visit storage is read just after the screen is up (main.tsx): type once it has been.
  await page.waitForFunction(() => performance.getEntriesByName('ml-comp:interactive').length > 0);
  await page.waitForTimeout(300);
  await page.getByLabel('Years of experience').fill('9');
  // Well inside the 400 ms save delay, the page is hidden as the browser does when the user leaves;
  // the flush starts its transaction synchronously in the handler.
  const saved = await page.evaluate(async () => {
    dispatchEvent(new PageTransitionEvent('pagehide'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('ml-comp');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const value = await new Promise<unknown>((resolve) => {
      const g = db.transaction('inputs').objectStore('inputs').get('current');
      g.onsuccess = () => resolve(g.result);
    });
    db.close();
    return value as { yearsText?: string } | undefined;
  });
  expect(saved?.yearsText).toBe('9');
  await page.reload();
  await expect(page.getByLabel('Years of experience')).toHaveValue('9');
});

/** A status shown in the header's free corner: within the header, right of the app's name, over nothing. */
async function inHeaderCorner(page: Page, what: Locator) {
  const box = await what.boundingBox();
  const header = await page.locator('header.top').boundingBox();
  const name = await page.getByRole('link', { name: 'ML Comp' }).boundingBox();
  if (!box || !header || !name) throw new Error('not on screen');
  expect(box.y).toBeGreaterThanOrEqual(header.y);
  expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
  expect(box.x).toBeGreaterThan(name.x + name.width);
  const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all();
  for (const l of links) {
    const b = await l.boundingBox();
    if (b && b.y < header.y + header.height) expect(b.x + b.width).toBeLessThan(box.x);
  }
}

test('with the server stopped, every screen works after one visit', async ({ page, context }) => {
  await page.goto(server.url);
  await becomeControlled(page);
  await pickPlace(page, 'Location', 'texas', /^Texas/);
  await page.waitForTimeout(600);
  await server.stop();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('offline')).toBeVisible();
  await inHeaderCorner(page, page.getByTestId('offline'));
  await expect(page.getByLabel('Location')).toHaveValue('Texas (Austin, Dallas)');
  await chartReady(page.locator('figure.chart'));
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'About the data' }).click();
  await expect(page.getByTestId('calibration-row').first()).toBeVisible();
  // A deep link opens the app shell from the cache.
  await page.goto(`${server.url}/about`);
  await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
  await page.goto(`${server.url}/settings`);
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByTestId('offline')).toHaveCount(0);
});

test('a new build deployed while the page is open: prompt, dismiss keeps it, accept keeps the inputs', async ({
  page,
}) => {
  await page.goto(server.url);
  await becomeControlled(page);
  await page.goto(`${server.url}/about`);
  const oldVersion = await page.getByTestId('version').textContent();
  expect(oldVersion).not.toContain('next-build');

  server.serve(next);
  // The app checks hourly; here the same check runs now.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toBeVisible();

  await prompt.getByRole('button', { name: 'Not now' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByTestId('version')).toHaveText(oldVersion as string);

  await page.getByRole('navigation').getByRole('link', { name: 'Estimate' }).click();
  await page.reload();
  await expect(prompt).toBeVisible();
  // Type, and accept at once: the update must wait for the save.
  await pickPlace(page, 'Location', 'massachusetts', /^Massachusetts/);
  await page.getByLabel('Years of experience').fill('11');
  // Mark this document: the update reloads the page, and the checks below must read the new one.
  await page.evaluate(() => {
    (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
  });
  await prompt.getByRole('button', { name: 'Reload to update' }).click();
  // Under a loaded CI machine the save, the new worker's activation and the reload take seconds.
  await page.waitForFunction(() => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate, null, {
    timeout: 30_000,
  });
  await expect(page.getByLabel('Years of experience')).toHaveValue('11');
  await expect(page.getByLabel('Location')).toHaveValue('Massachusetts');
  await page.getByRole('navigation').getByRole('link', { name: 'About the data' }).click();
  await expect(page.getByTestId('version')).toHaveText('Version next-build', { timeout: 15_000 });
});

test('a corrupt record in IndexedDB: the app opens and says what it skipped', async ({ page }) => {
  await page.goto(server.url);
  await page.getByLabel('Years of experience').fill('5');
  await page.getByLabel('Name this scenario').fill('Good one');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForTimeout(600);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('ml-comp');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['inputs', 'scenarios'], 'readwrite');
          tx.objectStore('inputs').put({ level: 'ceo', yearsText: '5', location: 12345 }, 'current');
          tx.objectStore('scenarios').put({ id: 'broken', name: '', inputs: 'nope' });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await page.reload();
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('skipped a saved scenario that could not be read');
  await expect(notice).toContainText('dropped an invalid level');
  await expect(page.getByLabel('Years of experience')).toHaveValue('5');
  await expect(page.getByLabel('Level', { exact: true })).toHaveValue('mid');
  await expect(page.getByTestId('scenario')).toHaveCount(1);
  await expect(page.getByTestId('result-total')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('export → clear → import gives back the identical state; a bad file changes nothing', async ({
  page,
}) => {
  await page.goto(server.url);
  await page.getByLabel('Level', { exact: true }).selectOption('principal');
  await pickPlace(page, 'Location', 'chicago', /^Chicago-Naperville/);
  await page.getByLabel('Years of experience').fill('12');
  await page.getByLabel('Name this scenario').fill('Chicago principal');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Rename Chicago principal' }).click();
  await page.getByLabel('New name for “Chicago principal”').fill('Chicago, renamed');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByTestId('scenario')).toContainText('Chicago, renamed');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Startup pay vs the all-company market').fill('0.85');

  const exportFile = async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a file' }).click();
    const d = await download;
    const path = join(builds, `export-${Date.now()}.json`);
    await d.saveAs(path);
    return { path, data: JSON.parse(readFileSync(path, 'utf8')) };
  };
  const before = await exportFile();
  expect(before.data).toMatchObject({ app: 'ml-comp', schemaVersion: 3 });

  await page.getByRole('button', { name: 'Clear everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByLabel('Startup pay vs the all-company market')).toHaveValue('1');

  // A bad file: clear message, nothing changes.
  await page.getByTestId('import-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"ml-comp","schemaVersion":1,"scenarios":[{"id":"x"}]}'),
  });
  await expect(page.getByTestId('import-result')).toContainText('Nothing was changed');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect(page.getByTestId('import-result')).toHaveText(
    'This file is not valid JSON, so it is not an ML Comp export.',
  );

  await page.getByLabel('Replace everything with the file').check();
  // Replacing asks first, saying what the file holds; "Cancel" changes nothing.
  await page.getByTestId('import-file').setInputFiles(before.path);
  await expect(page.getByTestId('confirm-replace')).toContainText(': 1 scenario and 0 offers)?');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('confirm-replace')).toBeHidden();
  await expect(page.getByLabel('Startup pay vs the all-company market')).toHaveValue('1');
  await page.getByTestId('import-file').setInputFiles(before.path);
  await page.getByRole('button', { name: 'Yes, replace everything' }).click();
  await expect(page.getByTestId('import-result')).toHaveText(
    'Imported 1 scenario, 0 offers, inputs and settings.',
  );
  const after = await exportFile();
  const { exportedAt: _a, ...a } = before.data;
  const { exportedAt: _b, ...b } = after.data;
  expect(b).toEqual(a);

  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: 'Estimate' }).click();
  await expect(page.getByLabel('Location')).toHaveValue('Illinois (Chicago)');
  await expect(page.getByTestId('scenario')).toContainText('Chicago, renamed');
});

/** The browser's install offer (Chromium's beforeinstallprompt), counting its dialog's openings in `prompted`. */
function offerInstall() {
  const e = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
  const w = window as unknown as { prompted: number };
  w.prompted = 0;
  e.prompt = async () => {
    w.prompted++;
  };
  e.userChoice = Promise.resolve({ outcome: 'accepted' });
  window.dispatchEvent(e);
}

test('an "Install app" button appears when the browser offers installation, and opens its dialog', async ({
  page,
}) => {
  // Chromium fires beforeinstallprompt only under its engagement heuristics; fire the same event here,
  // first as early as Chromium may (before the app's code, which loads the install offer's later).
  await page.addInitScript(`document.addEventListener('DOMContentLoaded', ${offerInstall});`);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Install app' }).click();
  expect(await page.evaluate(() => (window as unknown as { prompted: number }).prompted)).toBe(1);
  await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
  // And an offer made once the app is running.
  await page.evaluate(offerInstall);
  await page.getByRole('button', { name: 'Install app' }).click();
  expect(await page.evaluate(() => (window as unknown as { prompted: number }).prompted)).toBe(1);
  await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
});

test('the install offer can be put off for good; iPhone Safari gets the Add to Home Screen hint', async ({
  page,
  browser,
}) => {
  await page.goto(server.url);
  await page.evaluate(() => {
    const e = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
    e.prompt = async () => {};
    e.userChoice = Promise.resolve({ outcome: 'dismissed' });
    window.dispatchEvent(e);
  });
  await expect(page.getByRole('button', { name: 'Install app' })).toBeVisible();
  await inHeaderCorner(page, page.getByTestId('install-offer'));
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByTestId('install-offer')).toHaveCount(0);
  // Offered once: the browser's next offer is not shown on this device.
  await page.reload();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeinstallprompt', { cancelable: true })));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('install-offer')).toHaveCount(0);

  const ios = await browser.newContext({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    viewport: { width: 390, height: 844 },
  });
  const phone = await ios.newPage();
  await phone.goto(server.url);
  // No install dialog on iOS: "Install app" says how, beside itself; the page under it does not move.
  const heading = await phone.getByRole('heading', { level: 1 }).boundingBox();
  await phone.getByRole('button', { name: 'Install app' }).click();
  await expect(
    phone.getByRole('status').filter({ hasText: 'Tap Share, then Add to Home Screen.' }),
  ).toBeVisible();
  expect(await phone.getByRole('heading', { level: 1 }).boundingBox()).toEqual(heading);
  // It lies over the page: Escape, or a tap anywhere else, puts it away.
  const hint = phone.getByText('Tap Share, then Add to Home Screen.');
  await phone.keyboard.press('Escape');
  await expect(hint).toHaveCount(0);
  await phone.getByRole('button', { name: 'Install app' }).click();
  await expect(hint).toBeVisible();
  await phone.locator('main').click({ position: { x: 4, y: 300 } });
  await expect(hint).toHaveCount(0);
  await phone.getByRole('button', { name: 'Not now' }).click();
  await expect(phone.getByTestId('install-offer')).toHaveCount(0);
  await ios.close();
});
