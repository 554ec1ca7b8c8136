import { expect, type Locator, type Page } from '@playwright/test';

/** Charts load when they near the viewport: scroll one into view, then wait until it is drawn. */
export async function chartReady(chart: Locator) {
  await chart.first().scrollIntoViewIfNeeded();
  await expect(chart.first()).toHaveAttribute('data-state', 'ready');
}

/** Waits for a screen's ready selector; a chart's `[data-state="ready"]` is scrolled to first. */
export async function screenReady(page: Page, ready: string) {
  // Every part whose code loads after the screen is up has been drawn (src/main.tsx).
  await page.waitForFunction(() => performance.getEntriesByName('ml-comp:islands').length > 0);
  const chart = ready.replace('[data-state="ready"]', '');
  if (chart !== ready) await chartReady(page.locator(chart));
  else await page.locator(ready).first().waitFor();
}
