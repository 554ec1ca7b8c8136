// A first visit to a prerendered screen is hydrated (src/main.tsx): Preact attaches the handlers to the
// HTML as it is, and keeps its attributes. That is right only while the app's first render is the one
// prerendered. Each test here draws the same screen twice, hydrated and drawn anew (as for a returning
// user: every attribute and text set again), and asks for the same page, attribute for attribute.
import { type BrowserContext, expect, type Page, test } from '@playwright/test';

/** Drawn anew: the flag of saved data (src/state/saved.ts) takes main.tsx's other path, with nothing saved. */
const drawAnew = (context: BrowserContext) =>
  context.addInitScript(() => localStorage.setItem('ml-comp-saved', '1'));

/**
 * The app's page once the screen and its islands are drawn, as what a user meets: each element with its
 * attributes (sorted; the prerender's address mark left out), the text, and what a form control holds
 * (its value, ticked or chosen: the properties, which the `value` and `checked` attributes only start).
 * Comments (the prerender's island marks) are left out.
 */
async function drawn(page: Page): Promise<string> {
  await page.waitForFunction(() => performance.getEntriesByName('ml-comp:islands').length > 0);
  await page.waitForLoadState('load');
  // Islands inside an island (the estimate's chart and worked explanation) ask for their code later.
  await page.waitForFunction(() => !document.querySelector('.island[inert]'));
  await page.waitForTimeout(600);
  return page.evaluate(() => {
    const skip = new Set(['data-page', 'value', 'checked', 'selected']);
    const out: string[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
      if (!(n instanceof Element)) return;
      const attrs = [...n.attributes].filter((a) => !skip.has(a.name)).map((a) => `${a.name}="${a.value}"`);
      const c = n as Element & { value?: string; checked?: boolean; selected?: boolean };
      if (n instanceof HTMLInputElement || n instanceof HTMLSelectElement || n instanceof HTMLTextAreaElement)
        attrs.push(`.value="${c.value}"`, `.checked=${Boolean(c.checked)}`);
      if (n instanceof HTMLOptionElement) attrs.push(`.selected=${c.selected}`);
      out.push(`<${n.localName} ${attrs.sort().join(' ')}>`);
      for (const k of n.childNodes) walk(k);
      out.push(`</${n.localName}>`);
    };
    walk(document.getElementById('app') as Node);
    return out.join('');
  });
}

const hydrated = (page: Page) =>
  page.evaluate(() => document.querySelector('main')?.hasAttribute('data-page') ?? false);

for (const path of ['/', '/offers', '/cities', '/settings', '/about', '/compare']) {
  test(`${path}: hydrated on a first visit, the page is the one drawn anew`, async ({ browser }) => {
    const first = await browser.newContext();
    const page = await first.newPage();
    await page.goto(path);
    const html = await drawn(page);
    expect(await hydrated(page)).toBe(true);
    const again = await browser.newContext();
    await drawAnew(again);
    const other = await again.newPage();
    await other.goto(path);
    expect(await drawn(other)).toBe(html);
    expect(await hydrated(other)).toBe(false);
    await Promise.all([first.close(), again.close()]);
  });
}

test('a query, a shared link or the shell of another address is drawn anew, never hydrated', async ({
  page,
}) => {
  for (const path of ['/compare?ids=a,b&basis=after-tax', '/share', '/offers/some-offer', '/about/']) {
    await page.goto(path);
    await page.waitForFunction(() => performance.getEntriesByName('ml-comp:interactive').length > 0);
    expect(await hydrated(page), path).toBe(false);
  }
  // The comparison's address names two offers this device does not have: said once, as drawn anew.
  await page.goto('/compare?ids=a,b');
  await expect(page.getByTestId('compare-missing')).toHaveText(
    '2 offers in this comparison no longer exist on this device.',
  );
  await expect(page.getByTestId('compare-empty')).toHaveCount(1);
});

/** What the user changes early, by screen: with the mouse and typing, or with the keyboard alone. */
const changes: Record<string, [string, (page: Page) => Promise<void>]> = {
  estimate: [
    '/',
    async (page) => {
      await page.getByLabel('Company tier').selectOption('top-tech');
      await page.getByLabel('Years of experience').fill('12');
      await page.getByLabel('Level').selectOption('senior');
    },
  ],
  // A place picked with the arrow keys and Enter: no input, change or click event on the page.
  'estimate, keyboard only': [
    '/',
    async (page) => {
      await page.getByLabel('Location').focus();
      await expect(page.getByRole('combobox', { name: 'Location' })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('listbox', { name: 'Location' }).getByRole('option').nth(1)).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('combobox', { name: 'Location' })).not.toHaveValue(
        'United States (national average)',
      );
    },
  ],
  cities: [
    '/cities',
    async (page) => {
      await page.getByRole('radio', { name: /^Married filing jointly/ }).check();
      await page.getByRole('radio', { name: '2025', exact: true }).check();
      await page.getByLabel('Pay to compare').selectOption('salary');
      await page.getByLabel('Salary (USD a year)').fill('$180k');
    },
  ],
};

/**
 * Changes made on a screen before its islands' code arrives (held back here for 1.5 s): the islands are
 * then drawn with the new state, as on a page drawn anew with the same changes.
 */
async function changeEarly(page: Page, [path, change]: [string, (page: Page) => Promise<void>]) {
  await page.route(/\/(EstimateResults|CityTable|FactorList|RangeChart)-[\w-]+\.js$/, async (r) => {
    await new Promise((done) => setTimeout(done, 1_500));
    await r.continue();
  });
  await page.goto(path);
  await page.waitForFunction(() => performance.getEntriesByName('ml-comp:interactive').length > 0);
  await change(page);
  return drawn(page);
}

for (const [name, how] of Object.entries(changes)) {
  test(`${name}: changed before its islands arrive, hydrated, it ends as drawn anew`, async ({ browser }) => {
    const first = await browser.newContext();
    const page = await first.newPage();
    const html = await changeEarly(page, how);
    expect(await hydrated(page)).toBe(true);
    const again = await browser.newContext();
    await drawAnew(again);
    const other = await again.newPage();
    expect(await changeEarly(other, how)).toBe(html);
    await Promise.all([first.close(), again.close()]);
  });
}

test('a field the browser put back before the script ran: drawn anew, the field and the numbers agree', async ({
  page,
}) => {
  // As Firefox does on a reload: the Level select holds "Senior" while the HTML says "Mid-level".
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      const level = document.getElementById('level') as HTMLSelectElement | null;
      if (level) level.value = 'senior';
    }),
  );
  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('ml-comp:islands').length > 0);
  expect(await hydrated(page)).toBe(false);
  await expect(page.getByLabel('Level')).toHaveValue('mid');
});
