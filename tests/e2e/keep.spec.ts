// Keeping what is saved: persistent storage asked for on the first save, shown in Settings, and a
// reminder to export when the browser may clear the data and something changed since the last export.
import { expect, test } from '@playwright/test';
import { addOffer } from './offer';

test('Settings says whether storage is persistent and reminds to export until a backup is made', async ({
  page,
}) => {
  // A browser that does not grant persistence (as Safari may not): count the requests.
  await page.addInitScript(() => {
    const w = window as unknown as { persistAsked: number };
    w.persistAsked = 0;
    Object.defineProperty(navigator.storage, 'persist', {
      value: async () => {
        w.persistAsked++;
        return false;
      },
    });
    Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
  });
  await page.goto('/settings');
  await expect(page.getByTestId('persisted')).toContainText('may clear it');
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

  await addOffer(page, 'Acme', { 'Base salary (USD a year)': '150000' });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked))
    .toBe(1);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('backup-reminder')).toContainText('Export a copy');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to a file' }).click();
  await download;
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('persisted')).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});
