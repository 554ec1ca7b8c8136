// Printing (and Save as PDF): Compare on one clean page with its numbers, basis, sources and date.
import { expect, test } from '@playwright/test';
import { addOffer, compareTwoAfterTax } from './offer';

test('Compare prints its numbers, the basis and the sources, charts as tables, no navigation', async ({
  page,
}) => {
  await page.goto('/');
  await addOffer(page, 'Startup', {
    'Base salary (USD a year)': '$210k',
    'Equity grant (USD value at grant)': '504,000',
  });
  await addOffer(page, 'Amazon', { Location: 'Seattle', 'Base salary (USD a year)': '185000' });
  await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
  await page.getByLabel('Compare Startup').check();
  await page.getByLabel('Compare Amazon').check();
  await page.getByRole('link', { name: 'Compare 2 offers' }).click();
  await expect(page.getByTestId('compare-verdict')).toBeVisible();
  // A link made before printing stays on the screen, not on the paper.
  await page.getByRole('button', { name: 'Share this comparison' }).click();
  await expect(page.getByTestId('share-link')).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByTestId('share-link')).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download as CSV' })).toBeHidden();
  await expect(page.getByTestId('compare-verdict')).toContainText('after tax and prices');
  // The basis and household as a line, not as the radios and boxes that choose them.
  await expect(page.getByTestId('compare-basis-printed')).toHaveText(
    'Compared after tax and prices (after tax, at US-average prices): single, tax year 2026 rules, no pre-tax 401(k).',
  );
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /Pre-tax 401\(k\)/ })).toHaveCount(0);
  await expect(page.getByTestId('print-note')).toBeVisible();
  await expect(page.getByTestId('print-note')).toContainText(/From ML Comp on \d{4}-\d{2}-\d{2}/);
  // A chart prints as its table: the bars' table is beside them, the figure itself is left out.
  await expect(page.getByTestId('compare-chart')).toBeHidden();
  await expect(page.getByTestId('compare-years')).toBeVisible();
  // Printed light on white, whatever the screen's theme.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  await page.screenshot({ path: 'test-results/screenshots/compare-print.png', fullPage: true });
});

test('Compare keeps its basis and years in the address: a reload keeps them', async ({ page }) => {
  await compareTwoAfterTax(page);
  await expect(page).toHaveURL(/basis=after-tax&years=4/);
  await page.reload();
  await expect(page.getByRole('radio', { name: /^After tax each/ })).toBeChecked();
  await expect(page.getByTestId('compare-verdict')).toContainText('Best after tax:');
});

test('Compare lists the projected tax figures of the offers’ own places, not the Cities screen’s', async ({
  page,
}) => {
  await page.goto('/');
  await addOffer(page, 'Twin Cities', { 'Base salary (USD a year)': '185000', Location: 'Minneapolis' });
  await addOffer(page, 'Mile High', { 'Base salary (USD a year)': '165000', Location: 'Denver' });
  await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
  await page.getByLabel('Compare Twin Cities').check();
  await page.getByLabel('Compare Mile High').check();
  await page.getByRole('link', { name: 'Compare 2 offers' }).click();
  await page.getByRole('radio', { name: /^After tax each/ }).check();
  // Cities still has its defaults (San Francisco, Seattle, New York City, Texas).
  const summary = page.locator('details.projections summary');
  await expect(summary).toContainText(/Minnesota|MN/);
  await expect(summary).not.toContainText(/California|CA\b/);
});
