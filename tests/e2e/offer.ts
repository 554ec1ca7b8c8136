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

/** Two offers (One $150,000, Two $160,000) ticked and compared after tax each year, from the estimate screen. */
export async function compareTwoAfterTax(page: Page) {
  await page.goto('/');
  await addOffer(page, 'One', { 'Base salary (USD a year)': '150000' });
  await addOffer(page, 'Two', { 'Base salary (USD a year)': '160000' });
  await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
  await page.getByLabel('Compare One').check();
  await page.getByLabel('Compare Two').check();
  await page.getByRole('link', { name: 'Compare 2 offers' }).click();
  await page.getByRole('radio', { name: /^After tax each/ }).check();
}
