import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { equivalentWages, takeHome } from '../../src/model';

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const denver = 'metro-denver-aurora-lakewood-co';
const raleigh = 'metro-raleigh-cary-nc';
const austin = 'metro-austin-round-rock-georgetown-tx';
const philly = 'metro-philadelphia-camden-wilmington-pa-nj-de-md';

test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });

/** Adds a place on Cities as a user would: type a few letters in "Add a place", tap the option. */
async function addPlace(page: Page, query: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: 'Add a place' });
  await box.click();
  await box.fill(query);
  await page.getByRole('option', { name: option }).first().click();
  await expect(page.getByTestId('place-status')).toContainText('Added');
}

async function compareSalary(page: Page, text: string) {
  await page.goto('/cities');
  await page.getByLabel('Pay to compare').selectOption('salary');
  await page.getByLabel('Salary (USD a year)').fill(text);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('Denver, Raleigh, Austin and Philadelphia at $250k (2026), kept after an offline reload', async ({
  page,
}) => {
  await compareSalary(page, '$250k');
  await expect(page.getByRole('radio', { name: /^2026/ })).toBeChecked();
  await expect(page.getByTestId('tax-label')).toContainText('Tax year 2026 rules');
  await expect(page.getByTestId('projection-note')).toContainText(
    'a projection is used and the data says so',
  );

  // Four seed places by default: two more, then the defaults out (never fewer than two), then two more.
  await addPlace(page, 'denver', /^Denver-Aurora-Lakewood, CO/);
  await addPlace(page, 'rale', /^Raleigh-Cary, NC/);
  await expect(page.getByRole('combobox', { name: 'Add a place' })).toHaveCount(0);
  for (const name of ['San Francisco-Oakland-Berkeley, CA', 'Seattle-Tacoma-Bellevue, WA', 'Texas']) {
    await page.getByRole('button', { name: `Remove ${name}` }).click();
  }
  await page.getByRole('button', { name: /^Remove New York-Newark-Jersey City/ }).click();
  await expect(page.getByRole('button', { name: /^Remove / }).first()).toBeDisabled();
  await addPlace(page, 'austin', /^Austin-Round Rock-Georgetown, TX/);
  await addPlace(page, 'philadelphia', /^Philadelphia-Camden-Wilmington/);
  // Picking one already compared says so and adds nothing.
  const box = page.getByRole('combobox', { name: 'Add a place' });
  await box.click();
  await box.fill('denver');
  await page
    .getByRole('option', { name: /^Denver-Aurora-Lakewood/ })
    .first()
    .click();
  await expect(page.getByTestId('place-status')).toHaveText(
    'Denver-Aurora-Lakewood, CO is already compared.',
  );

  const places = [denver, raleigh, austin, philly];
  await expect(page.locator('[data-testid="city-table"] tbody tr')).toHaveCount(4);
  const single = { wages: 250_000, filingStatus: 'single', year: 2026 } as const;
  const check = async () => {
    for (const id of places) {
      const row = page.getByTestId(`city-${id}`);
      await expect(row.locator('[data-col="gross"]')).toHaveText('$250,000');
      const t = takeHome({ ...single, location: id });
      await expect(row.locator('[data-col="net"]')).toHaveText(usd(t.net));
      await expect(row.locator('[data-col="state"]')).toHaveText(usd(t.stateIncomeTax));
    }
    // Philadelphia's wage tax is on by default (the principal city), as its own line.
    const wage = takeHome({ ...single, location: philly }).localTaxes.find((l) => l.id === 'philadelphia');
    expect(wage?.amount).toBeGreaterThan(0);
    await expect(page.getByTestId(`city-${philly}`).getByTestId('local-lines')).toHaveText(
      `Philadelphia Wage Tax ${usd(wage?.amount ?? 0)}`,
    );
    // Denver is the reference (the first place left); Raleigh needs this much for the same take-home.
    await expect(page.getByTestId(`city-${denver}`).locator('th')).toContainText('(reference)');
    const needed = equivalentWages(250_000, denver, raleigh, { filingStatus: 'single', year: 2026 });
    await expect(page.getByTestId(`city-${raleigh}`).locator('[data-col="needed"]')).toHaveText(usd(needed));
  };
  await check();
  const wageTax = page.getByRole('combobox', { name: /Philadelphia Wage Tax/ });
  await expect(wageTax).toHaveValue('live-work');

  // Living in the New Jersey part: New Jersey's taxes, no wage tax; back to Pennsylvania.
  const phillyItem = page.getByTestId(`place-${philly}`);
  await phillyItem.getByRole('radio', { name: 'New Jersey' }).check();
  await expect(page.getByTestId(`city-${philly}`).locator('[data-col="net"]')).toHaveText(
    usd(takeHome({ ...single, location: philly, state: 'NJ' }).net),
  );
  await expect(page.getByTestId(`city-${philly}`).locator('th')).toContainText('Living in New Jersey');
  await phillyItem.getByRole('radio', { name: 'Pennsylvania' }).check();
  await expect(wageTax).toHaveValue('live-work');
  // Working in Philadelphia, living elsewhere in Pennsylvania: the non-resident rate, named as such.
  await wageTax.selectOption({ label: 'I work there, living elsewhere' });
  await expect(page.getByTestId(`city-${philly}`).getByTestId('local-lines')).toHaveText(
    `Philadelphia Wage Tax (non-resident) ${usd(
      takeHome({ ...single, location: philly, cityTaxes: ['philadelphia:work'] }).localIncomeTax,
    )}`,
  );
  await wageTax.selectOption({ label: 'I live there' });
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  // Offline after a reload: the picks, the salary and the numbers are kept.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForTimeout(600);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByLabel('Salary (USD a year)')).toHaveValue('$250k');
  await check();
  await expect(page.getByTestId('city-texas')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('six places: no sideways scrolling at 320 px, no axe-core violations; screenshots of the picker and of Cities', async ({
  page,
}) => {
  await compareSalary(page, '$250k');
  await addPlace(page, 'denver', /^Denver-Aurora-Lakewood/);
  const sizes = [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ];
  // The picker open, with "phil" typed.
  for (const size of sizes) {
    await page.setViewportSize(size);
    const box = page.getByRole('combobox', { name: 'Add a place' });
    await box.click();
    await box.fill('phil');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: `test-results/screenshots/cities-picker-${scheme}-${size.width}x${size.height}.png`,
      });
    }
    await box.press('Escape');
  }
  await addPlace(page, 'philadelphia', /^Philadelphia-Camden-Wilmington/);
  await expect(page.locator('[data-testid="city-table"] tbody tr')).toHaveCount(6);
  // At 320 px, loaded there (the chart is drawn for the width it has).
  await page.setViewportSize({ width: 320, height: 700 });
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.locator('[data-testid="city-table"] tbody tr')).toHaveCount(6);
  await page.getByTestId('city-chart').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('city-chart')).toHaveAttribute('data-state', 'ready');
  await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expect.poll(() => overflow(page)).toBeLessThanOrEqual(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      await page.screenshot({
        path: `test-results/screenshots/cities-six-${scheme}-${size.width}x${size.height}.png`,
        fullPage: true,
      });
    }
  }
});
