import { expect, type Page, test } from '@playwright/test';
import { equivalentWages, estimate, takeHome, taxSources } from '../../src/model';
import { chartReady } from './charts';
import { pickPlace } from './place';

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const profile = { level: 'mid', location: 'us', tier: 'market', specialization: 'general' } as const;

test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });

/** Adds a place on Cities as a user would: type a few letters in "Add a place", tap the option. */
async function addPlace(page: Page, query: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: 'Add a place' });
  await box.click();
  await box.fill(query);
  await page.getByRole('option', { name: option }).first().click();
}

/** The Cities tax year (2026 by default; these worked numbers are 2025's). */
const taxYear2025 = (page: Page) => page.getByRole('radio', { name: '2025', exact: true }).check();

test('four cities at phone width: every tax line, filing status, and offline after a reload', async ({
  page,
  context,
}) => {
  await page.goto('/cities');
  await expect(page.getByTestId('tax-label')).toContainText('Tax year 2026 rules, wages only');
  await taxYear2025(page);
  await expect(page.getByTestId('tax-label')).toContainText('Tax year 2025 rules, wages only');
  await expect(page.getByTestId('projection-note')).toHaveCount(0);
  const cities = ['san-francisco', 'seattle', 'new-york-city', 'texas'];
  for (const c of cities) await expect(page.getByTestId(`city-${c}`)).toBeVisible();

  const check = async (fs: 'single' | 'married-joint') => {
    for (const c of cities) {
      const gross = estimate({ ...profile, location: c }).total.typical;
      const t = takeHome({ wages: gross, location: c, filingStatus: fs, year: 2025 });
      const row = page.getByTestId(`city-${c}`);
      await expect(row.locator('[data-col="gross"]')).toContainText(usd(gross));
      await expect(row.locator('[data-col="federal"]')).toContainText(usd(t.federalIncomeTax));
      await expect(row.locator('[data-col="state"]')).toContainText(usd(t.stateIncomeTax));
      await expect(row.locator('[data-col="local"]')).toContainText(usd(t.localIncomeTax));
      await expect(row.locator('[data-col="net"]')).toContainText(usd(t.net));
      const ref = estimate({ ...profile, location: 'san-francisco' }).total.typical;
      const needed =
        c === 'san-francisco'
          ? gross
          : equivalentWages(ref, 'san-francisco', c, { filingStatus: fs, year: 2025 });
      await expect(row.locator('[data-col="needed"]')).toContainText(usd(needed));
    }
  };
  await check('single');
  await page.getByLabel('Married filing jointly (one earner)').check();
  await check('married-joint');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);

  // Sort by take-home, lowest first: the first card is the lowest take-home.
  await page.getByLabel('Sort by').selectOption('net');
  await page.getByRole('button', { name: 'Highest first' }).click();
  const firstNet = await page
    .getByTestId('city-table')
    .locator('tbody tr')
    .first()
    .getAttribute('data-testid');
  const nets = cities.map(
    (c) =>
      [
        c,
        takeHome({
          wages: estimate({ ...profile, location: c }).total.typical,
          location: c,
          filingStatus: 'married-joint',
          year: 2025,
        }).net,
      ] as const,
  );
  expect(firstNet).toBe(`city-${[...nets].sort((a, b) => a[1] - b[1])[0]?.[0]}`);

  // Swap a place; the choice is kept across reloads and offline.
  await addPlace(page, 'chicago', /^Chicago-Naperville-Elgin/);
  await page.getByRole('button', { name: 'Remove Texas' }).click();
  const chicagoRow = page.locator('[data-testid="city-table"] tbody tr', {
    hasText: 'Chicago-Naperville-Elgin',
  });
  await expect(chicagoRow).toBeVisible();
  await expect(page.getByTestId('city-texas')).toHaveCount(0);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForTimeout(600);
  await page.reload();
  await context.setOffline(true);
  await page.reload();
  await expect(chicagoRow).toBeVisible();
  await expect(page.getByTestId('city-texas')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: '2025', exact: true })).toBeChecked();
  await expect(page.getByLabel('Married filing jointly (one earner)')).toBeChecked();
  await chartReady(page.getByTestId('city-chart'));

  // A pre-tax 401(k) shows as its own line, and take-home is what is left after it: lower.
  await expect(page.getByTestId('city-san-francisco').locator('[data-col="k401"]')).toHaveCount(0);
  await page.getByLabel('Pre-tax 401(k) contribution (USD a year)').fill('$23.5k');
  await expect(page.getByTestId('city-401k-reads')).toHaveText('Reads as $23,500');
  const sfGross = estimate({ ...profile, location: 'san-francisco' }).total.typical;
  const sf = {
    wages: sfGross,
    location: 'san-francisco',
    filingStatus: 'married-joint',
    year: 2025,
  } as const;
  const withK = takeHome({ ...sf, pretax401k: 23_500 });
  expect(withK.net).toBeLessThan(takeHome(sf).net);
  const sfRow = page.getByTestId('city-san-francisco');
  await expect(sfRow.locator('[data-col="k401"]')).toContainText('$23,500');
  await expect(sfRow.locator('[data-col="net"]')).toContainText(usd(withK.net));

  // Over the year's limit: a message naming it; 50 or older adds the catch-up, and the choice is kept.
  await page.getByLabel('Pre-tax 401(k) contribution (USD a year)').fill('31,000');
  await expect(page.locator('#city-401k-error')).toHaveText(
    '401(k) contribution can’t be more than $23,500, the 2025 employee limit ($31,000 at 50 or older).',
  );
  await page.getByLabel('50 or older by the end of 2025 (adds the $7,500 catch-up)').check();
  await expect(page.locator('#city-401k-error')).toHaveCount(0);
  await expect(sfRow.locator('[data-col="k401"]')).toContainText('$31,000');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByLabel('50 or older by the end of 2025 (adds the $7,500 catch-up)')).toBeChecked();
  await expect(page.getByLabel('Pre-tax 401(k) contribution (USD a year)')).toHaveValue('31,000');

  // Bad 401(k) input gets a message, never a NaN.
  for (const bad of ['lots', '12..5', '1e12', '1.2.3k', 'k', '$']) {
    await page.getByLabel('Pre-tax 401(k) contribution (USD a year)').fill(bad);
    await expect(page.locator('#city-401k-error')).toHaveText(
      '401(k) contribution must be a number, like 23500 or $23.5k.',
    );
  }
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('an offer’s years after tax, with the April bill', async ({ page }) => {
  // The offer's tax year is the one picked on Cities.
  await page.goto('/cities');
  await taxYear2025(page);
  // A first visit reads storage after the screen is up, then saves the change: wait for it to be kept
  // (the flag is set on IndexedDB's success), as a fixed wait under load did not.
  await page.waitForFunction(() => localStorage.getItem('ml-comp-saved') === '1');
  await page.goto('/offers');
  await page.getByRole('button', { name: 'Add an offer' }).click();
  await pickPlace(page, 'Location', 'texas', /^Texas/);
  await page.getByLabel('Base salary (USD a year)').fill('150000');
  await page.getByLabel('Equity grant (USD value at grant)').fill('400000');
  await page.getByLabel('After tax (take-home)').check();
  // Year 1: 150,000 base + 100,000 vested in Texas, single.
  const t = takeHome({ wages: 250_000, location: 'texas', filingStatus: 'single', year: 2025 });
  await expect(page.getByTestId('after-tax-table').locator('tbody tr').first()).toContainText(usd(t.net));
  // Year 1 in Texas (no state tax): the base withholds what it owes; the 100,000 vested is withheld at the
  // flat 22% federal rate, $22,000, against the federal tax it adds: $4,956 left to pay at filing.
  const bill = page.getByTestId('april-bill');
  await expect(bill.locator('tbody tr').first()).toContainText('$4,956 due');
  // A row for each year of the after-tax table (a stranger saw years 1-4 under a table of 5).
  await expect(bill.locator('tbody tr')).toHaveCount(
    await page.getByTestId('after-tax-table').locator('tbody tr').count(),
  );
  expect(await bill.locator('tbody tr').count()).toBeGreaterThan(4);
  await expect(page.getByTestId('safe-harbor')).toContainText('Year 1, federal');
  // Last year's tax given (AGI $140,000: 100% of it, IRC 6654(d)): the smaller of 90% of this year's
  // $52,023 (46,821) and $20,000 is $20,000, which the $47,067 withheld already covers.
  await page.getByLabel('Last year’s federal income tax (optional)').fill('$20,000');
  await page.getByLabel('Last year’s AGI (optional)').fill('$140k');
  await expect(page.getByTestId('safe-harbor')).toContainText('against the $20,000 that avoids');
  await expect(page.getByTestId('safe-harbor')).toContainText('100% of last year’s)');
  await expect(page.getByTestId('safe-harbor')).toContainText('Withholding is enough');
  // Kept with the household's choices: after a reload the fields and the safe harbor are the same.
  await page.waitForTimeout(600);
  await page.reload();
  await page.getByLabel('After tax (take-home)').check();
  await expect(page.getByLabel('Last year’s federal income tax (optional)')).toHaveValue('$20,000');
  await expect(page.getByTestId('safe-harbor')).toContainText('against the $20,000 that avoids');
});

test('a typed salary ($250k) compared across four places, kept across a reload', async ({ page }) => {
  await page.goto('/cities');
  await page.getByLabel('Pay to compare').selectOption('salary');
  await expect(page.getByRole('alert')).toHaveText('Type the salary to compare above, like $250k.');
  const salary = page.getByLabel('Salary (USD a year)');
  // Typed one after another faster than a comparison is made (off the main thread): the last one shows.
  for (const s of ['$9', '$90k', '$120k', '$25', '$250k']) await salary.fill(s);
  await expect(page.getByTestId('city-salary-reads')).toHaveText('Reads as $250,000');
  const places = ['san-francisco', 'seattle', 'new-york-city', 'texas'];
  for (const c of places) {
    const row = page.getByTestId(`city-${c}`);
    await expect(row.locator('[data-col="gross"]')).toHaveText('$250,000');
  }
  const ny = takeHome({
    wages: 250_000,
    location: 'new-york-city',
    filingStatus: 'single',
    year: taxSources.year,
  });
  await expect(page.getByTestId('city-new-york-city').locator('[data-col="net"]')).toHaveText(usd(ny.net));
  await expect(page.getByText('Comparing a salary of $250,000 in every city.')).toBeVisible();
  await expect(page.locator('.city-results')).toHaveAttribute('aria-busy', 'false');
  // It was made by the comparison's worker: the main thread stays free while it is computed.
  expect(
    await page.evaluate(() =>
      performance.getEntriesByType('resource').some((r) => /cities\.worker-.*\.js$/.test(r.name)),
    ),
  ).toBe(true);

  // Text that is not pay: a message on the field, no table and never a NaN.
  for (const bad of ['lots', '12..5', '1e12', '$']) {
    await salary.fill(bad);
    await expect(page.locator('#city-salary-error')).toHaveText(
      'Salary must be a number, like 150000 or $150k.',
    );
    await expect(salary).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('city-table')).toHaveCount(0);
  }
  await expect(page.locator('body')).not.toContainText('NaN');

  // The choice and the salary are kept.
  await salary.fill('1.2M');
  await expect(page.getByTestId('city-texas').locator('[data-col="gross"]')).toHaveText('$1,200,000');
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByLabel('Pay to compare')).toHaveValue('salary');
  await expect(page.getByLabel('Salary (USD a year)')).toHaveValue('1.2M');
  await expect(page.getByTestId('city-texas').locator('[data-col="gross"]')).toHaveText('$1,200,000');
});

test('while the first comparison is being made, the screen says so as a wait, not as an error', async ({
  page,
}) => {
  // The comparison's worker arrives late (a slow phone): a salary typed meanwhile waits for it.
  await page.route(/cities\.worker-[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.continue();
  });
  await page.goto('/cities');
  await page.getByLabel('Pay to compare').selectOption('salary');
  await expect(page.getByRole('alert')).toHaveText('Type the salary to compare above, like $250k.');
  await page.getByLabel('Salary (USD a year)').fill('$250k');
  const wait = page.getByRole('status').filter({ hasText: 'Comparing…' });
  await expect(wait).toBeVisible();
  await expect(wait).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('city-seattle').locator('[data-col="gross"]')).toHaveText('$250,000');
  await expect(wait).toHaveCount(0);
});
