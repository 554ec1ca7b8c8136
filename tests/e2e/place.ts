import type { Page } from '@playwright/test';

/**
 * Picks a place in a place picker as a user would: tap the field (the picker loads if it has not),
 * type a few letters, tap the option.
 */
export async function pickPlace(page: Page, label: string, query: string, option: string | RegExp) {
  await page.getByLabel(label, { exact: true }).click();
  const box = page.getByRole('combobox', { name: label });
  await box.fill(query);
  await page.getByRole('option', { name: option }).first().click();
}
