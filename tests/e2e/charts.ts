import { expect, type Locator, type Page } from '@playwright/test';

/** Charts load when they near the viewport: scroll one into view, then wait until it is drawn. */
export async function chartReady(chart: Locator) {
  await chart.first().scrollIntoViewIfNeeded();
  await expect(chart.first()).toHaveAttribute('data-state', 'ready');
}

/** Waits for a screen's ready selector; a chart's `[data-state="ready"]` is scrolled to first. */
export async function screenReady(page: Page, ready: string) {
  const chart = ready.replace('[data-state="ready"]', '');
  if (chart !== ready) await chartReady(page.locator(chart));
  else await page.locator(ready).first().waitFor();
}
