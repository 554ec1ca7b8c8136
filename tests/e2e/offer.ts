import { expect, type Page } from '@playwright/test';
import { pickPlace } from './place';

/** Adds an offer as a user would: Offers → Add an offer → the company and each field by its label. */
export async function addOffer(page: Page, company: string, f: Record<string, string>) {
  await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
  await page.getByRole('button', { name: 'Add an offer' }).click();
  await expect(page.getByLabel('Company', { exact: true })).toBeVisible();
  await page.getByLabel('Company', { exact: true }).fill(company);
  for (const [label, value] of Object.entries(f)) {
    if (label === 'Location') {
      await pickPlace(page, 'Location', value, new RegExp(`^${value}`, 'i'));
      continue;
    }
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Two offers (`first` at $150,000, Two at $160,000) added, ticked on Offers and opened in Compare. */
export async function compareTwo(page: Page, first = 'One') {
  await addOffer(page, first, { 'Base salary (USD a year)': '150000' });
  await addOffer(page, 'Two', { 'Base salary (USD a year)': '160000' });
  await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
  await page.getByLabel(`Compare ${first}`).check();
  await page.getByLabel('Compare Two').check();
  await page.getByRole('link', { name: 'Compare 2 offers' }).click();
}

/** The same two offers compared after tax each year, from the estimate screen. */
export async function compareTwoAfterTax(page: Page) {
  await page.goto('/');
  await compareTwo(page);
  await page.getByRole('radio', { name: /^After tax each/ }).check();
}
