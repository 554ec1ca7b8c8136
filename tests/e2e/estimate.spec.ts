import { expect, type Page, test } from '@playwright/test';
import { estimate, type Profile } from '../../src/model';
import { chartReady } from './charts';
import { pickPlace } from './place';

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

async function expectShows(page: Page, profile: Profile) {
  const e = estimate(profile);
  for (const key of ['total', 'base', 'additional'] as const) {
    const card = page.getByTestId(`result-${key}`);
    await expect(card.getByTestId('typical')).toHaveText(usd(e[key].typical));
    await expect(card.getByTestId('low')).toHaveText(usd(e[key].low));
    await expect(card.getByTestId('high')).toHaveText(usd(e[key].high));
  }
}

test('the first screen shows the model’s estimate and follows every input', async ({ page }) => {
  await page.goto('/');
  for (const label of ['Level', 'Years of experience', 'Location', 'Company tier', 'Specialization']) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expectShows(page, { level: 'mid', location: 'us', tier: 'market', specialization: 'general' });
  const before = await page.getByTestId('result-total').getByTestId('typical').textContent();

  await page.getByLabel('Level', { exact: true }).selectOption('senior');
  await pickPlace(page, 'Location', 'seattle', /^Seattle-Tacoma/);
  await page.getByLabel('Company tier').selectOption('top-tech');
  await page.getByLabel('Specialization').selectOption('generative-ai');
  await page.getByLabel('Years of experience').pressSequentially('7');
  const profile: Profile = {
    level: 'senior',
    years: 7,
    location: 'seattle',
    tier: 'top-tech',
    specialization: 'generative-ai',
  };
  await expectShows(page, profile);
  expect(await page.getByTestId('result-total').getByTestId('typical').textContent()).not.toBe(before);

  // The breakdown names each factor's source.
  await expect(page.getByTestId('factor-location')).toContainText('×1.098');
  await expect(page.getByTestId('factor-location')).toContainText(
    'from data: Salary Ranges (US Market, 2024) › Location-Based Average Salaries',
  );
  await expect(page.getByTestId('factor-years')).toContainText('assumption');
});

test('bad years get an inline message and never a NaN', async ({ page }) => {
  await page.goto('/');
  const years = page.getByLabel('Years of experience');
  const cases: [string, string][] = [
    ['abc', 'Years of experience must be a number.'],
    ['-3', 'Years of experience can’t be negative.'],
    ['1e12', 'Years of experience must be a number.'],
    ['$150,000', 'Years of experience must be a number.'],
    ['80', 'Years of experience must be between 0 and 50.'],
  ];
  for (const [typed, message] of cases) {
    await years.fill(typed);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(years).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('body')).not.toContainText('NaN');
    // The estimate stays on screen, computed without the invalid years.
    await expectShows(page, { level: 'mid', location: 'us', tier: 'market', specialization: 'general' });
  }
  await years.fill('');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an estimate beyond the seed says so next to the numbers, and by how much', async ({ page }) => {
  await page.goto('/');
  // Mid, US, all companies: inside the seed, no notice.
  await expect(page.getByTestId('result-total').getByTestId('typical')).toBeVisible();
  await expect(page.getByTestId('beyond-seed')).toHaveCount(0);
  await page.getByLabel('Level', { exact: true }).selectOption('distinguished');
  await pickPlace(page, 'Location', 'seattle', /^Seattle-Tacoma/);
  await page.getByLabel('Company tier').selectOption('top-tech');
  await page.getByLabel('Specialization').selectOption('generative-ai');
  const p = {
    level: 'distinguished',
    location: 'seattle',
    tier: 'top-tech',
    specialization: 'generative-ai',
  } as const;
  const e = estimate(p);
  const notice = page.getByTestId('beyond-seed');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('an extrapolation');
  await expect(notice.getByTestId('beyond-level')).toBeVisible();
  await expect(notice.getByTestId('beyond-base-high')).toContainText(usd(e.base.high - 289000));
  await expect(notice.getByTestId('beyond-total-high')).toContainText(usd(e.total.high - 338000));
  await expectShows(page, p);
  // The factor list claims no cap on the final number.
  await expect(page.getByTestId('factor-level')).toContainText('before location, tier and specialization');
});

test('the range chart loads and has a table equivalent', async ({ page }) => {
  await page.goto('/');
  await chartReady(page.locator('figure.chart'));
  await page.getByText('Chart as a table').click();
  const e = estimate({ level: 'mid', location: 'us', tier: 'market', specialization: 'general' });
  await expect(page.locator('.band-table tbody tr').first()).toContainText(usd(e.total.typical));
});

test('the chart is drawn again when the estimate changes (drawn in a worker, it once kept its first numbers)', async ({
  page,
}) => {
  await page.goto('/');
  const chart = page.locator('figure.chart');
  await chartReady(chart);
  const canvas = chart.locator('canvas');
  const before = await canvas.screenshot();
  await page.getByLabel('Level').selectOption('senior');
  await expect(page.getByTestId('result-total').getByTestId('typical')).not.toHaveText(
    usd(estimate({ level: 'mid', location: 'us', tier: 'market', specialization: 'general' }).total.typical),
  );
  await expect.poll(async () => (await canvas.screenshot()).equals(before), { timeout: 5000 }).toBe(false);
});

test('a changed assumption in Settings changes the estimate and is labelled', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Company tier').selectOption('startup');
  await expect(page.getByTestId('factor-tier')).toContainText('assumption');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  const field = page.getByLabel('Startup pay vs the all-company market');
  await field.fill('abc');
  await expect(page.getByTestId('a-tier-startup').getByRole('alert')).toHaveText(
    'Startup pay vs the all-company market must be a number.',
  );
  await field.fill('0.9');
  await page.getByRole('navigation').getByRole('link', { name: 'Estimate' }).click();
  const e = estimate(
    { level: 'mid', location: 'us', tier: 'startup', specialization: 'general' },
    (await import('../../src/model')).resolveAssumptions({ 'tier-startup': 0.9 }),
  );
  await expect(page.getByTestId('result-base').getByTestId('typical')).toHaveText(usd(e.base.typical));
});

test('About the data shows the calibration table with every seed figure', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
  const { calibrate } = await import('../../src/model/calibration');
  const rows = calibrate();
  await expect(page.getByTestId('calibration-row')).toHaveCount(rows.length);
  // Misses stay visible as misses; construction rows are marked as not evidence.
  const misses = rows.filter((r) => r.status === 'miss');
  await expect(page.locator('[data-testid="calibration-row"][data-status="miss"]')).toHaveCount(
    misses.length,
  );
  expect(misses.length).toBeGreaterThan(0);
  await expect(
    page.locator('[data-testid="calibration-row"][data-kind="construction"]').first(),
  ).toContainText('not evidence');
  await expect(page.getByTestId('calibration-summary')).toContainText('6 hold and 3 are misses');
  await expect(page.getByTestId('about-source')).toContainText('cites no underlying survey');
  await expect(page.locator('.about')).toContainText('Seattle, WA');
  await expect(page.locator('.about')).not.toContainText('NaN');
});

test('an unknown address shows a way back', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
