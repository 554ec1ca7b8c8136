import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { leaveAfter, offerPercentile, offerYears, summarizeOffer } from '../../src/model';
import { chartReady } from './charts';
import { addOffer } from './offer';
import { pickPlace } from './place';
import { chromiumLaunch } from './playwright.config';

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const profile = {
  level: 'senior',
  location: 'seattle',
  tier: 'top-tech',
  specialization: 'general',
} as const;

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });

  test('create two offers, see the worked numbers, compare them, and share the comparison', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto('/');
    await page.getByLabel('Level', { exact: true }).selectOption('senior');
    await pickPlace(page, 'Location', 'seattle', /^Seattle-Tacoma/);
    await page.getByLabel('Company tier').selectOption('top-tech');

    await addOffer(page, 'Acme', {
      'Base salary (USD a year)': '$200,000',
      'Target bonus (% of base)': '10',
      'Sign-on bonus, year 1 (USD)': '50000',
      'Sign-on bonus, year 2 (USD)': '25000',
      'Equity grant (USD value at grant)': '400000',
    });
    const acme = {
      profile,
      base: 200_000,
      bonusTargetPct: 10,
      signOn: { year1: 50_000, year2: 25_000 },
      equity: { grant: 400_000, vesting: { kind: 'preset', id: 'even-4y-cliff' }, growthPct: 0 },
    } as const;
    const s = summarizeOffer(acme);
    await expect(page.getByTestId('offer-first-year')).toContainText(usd(370_000));
    await expect(page.getByTestId('offer-average')).toContainText(usd(338_750));
    await expect(page.getByTestId('offer-steady')).toContainText(usd(s.steadyState));
    const position = offerPercentile(acme);
    await expect(page.getByTestId('offer-position')).toContainText(
      'Senior, Seattle, WA, Top tech (e.g., Meta), General ML',
    );
    await expect(page.getByTestId('position-base')).toContainText(`${Math.round(position.base)}`);
    await expect(page.getByTestId('position-pay')).toContainText('base + bonus + equity');
    await expect(page.getByTestId('position-pay')).toContainText(`${Math.round(position.fourYearAverage)}`);
    const years = offerYears(acme);
    await expect(page.getByTestId('year-table').locator('tbody tr')).toHaveCount(years.length);
    await chartReady(page.getByTestId('offer-chart'));
    await page.getByLabel('Leave after (months)').fill('11');
    await expect(page.getByTestId('leave-result')).toContainText(usd(leaveAfter(acme, 11).earned));
    await expect(page.getByTestId('leave-result')).toContainText(usd(400_000));

    // A custom schedule that does not add up is explained, not computed.
    await page.getByLabel('Vesting schedule').selectOption('custom');
    await page.getByLabel('Percent vesting each year').fill('30, 30');
    await expect(
      page.getByText('The yearly percentages must add up to 100 (they add up to 60).'),
    ).toBeVisible();
    await page.getByLabel('Vesting schedule').selectOption('even-4y-cliff');
    await page.getByLabel('Base salary (USD a year)').fill('1e12');
    await expect(page.getByText('Base salary must be a number, like 150000 or $150k.')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('NaN');
    // Pay typed the way people write it reads back normalized.
    await page.getByLabel('Base salary (USD a year)').fill('$0.2M');
    await expect(page.getByTestId('offer-base-reads')).toHaveText('Reads as $200,000');
    await page.getByLabel('Base salary (USD a year)').fill('200000');
    await expect(page.getByTestId('offer-base-reads')).toHaveCount(0);

    await addOffer(page, 'Beta', {
      'Base salary (USD a year)': '230000',
      'Target bonus (% of base)': '15',
      'Equity grant (USD value at grant)': '200000',
      'Vesting schedule': 'back-5-15-40-40',
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
    await expect(page.getByTestId('offer-card')).toHaveCount(2);
    await page.getByLabel('Compare Acme').check();
    await page.getByLabel('Compare Beta').check();
    // The ticks outlive a reload of the list (a stranger lost them).
    await page.reload();
    await expect(page.getByLabel('Compare Beta')).toBeChecked();
    await page.getByRole('link', { name: 'Compare 2 offers' }).click();
    const heads = page.getByTestId('compare-table').locator('thead th');
    await expect(heads).toHaveCount(3);
    await expect(heads.nth(1)).toContainText('Acme');
    // The chosen offers travel in the address: a reload keeps the comparison.
    await page.reload();
    await expect(heads).toHaveCount(3);
    await expect(page.locator('.best-mark').first()).toBeVisible();
    await expect(page.getByTestId('break-even')).toHaveCount(2);
    await expect(page.getByTestId('break-even').filter({ hasText: 'Best' })).toHaveCount(1);
    // No sideways scroll of the page itself.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    // Compared after tax for a married couple under 2025's rules: the link carries that choice.
    await page.getByRole('radio', { name: /^After tax each/ }).check();
    await page.getByRole('radio', { name: /^Married filing jointly/ }).check();
    await page.getByRole('radio', { name: '2025', exact: true }).check();
    const sentVerdict = (await page.getByTestId('compare-verdict').textContent()) ?? '';
    expect(sentVerdict).toContain('Best after tax:');
    await page.getByRole('button', { name: 'Share this comparison' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    // What happened is brought into view, above the phone's tab bar.
    const tabsTop = (await page.locator('.top nav').boundingBox())?.y ?? 0;
    const linkBox = async () => {
      const b = await page.getByTestId('share-link').boundingBox();
      return b ? { top: b.y, bottom: b.y + b.height } : { top: -1, bottom: Number.POSITIVE_INFINITY };
    };
    await expect.poll(async () => (await linkBox()).bottom).toBeLessThanOrEqual(tabsTop);
    expect((await linkBox()).top).toBeGreaterThanOrEqual(0);
    expect(link.startsWith(`${baseURL}/share#1.`)).toBe(true);

    // Offline: reload, the offers are still there.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
    await expect(page.getByTestId('offer-card')).toHaveCount(2);
    await page.getByRole('link', { name: 'Acme', exact: true }).click();
    await expect(page.getByTestId('offer-average')).toContainText(usd(338_750));
    await context.setOffline(false);

    // A fresh browser profile opens the link and sees the same comparison.
    const dir = mkdtempSync(join(tmpdir(), 'mlcomp-share-'));
    const other = await chromium.launchPersistentContext(dir, {
      ...chromiumLaunch,
      viewport: { width: 390, height: 844 },
    });
    try {
      const p2 = await other.newPage();
      await p2.goto(link);
      await expect(p2.getByRole('heading', { name: 'Shared comparison' })).toBeVisible();
      await expect(p2.getByTestId('compare-table').locator('thead th')).toHaveCount(3);
      // On the sender's basis; the household stays the recipient's own until they take the sender's.
      await expect(p2.getByRole('radio', { name: /^After tax each/ })).toBeChecked();
      await expect(p2.getByTestId('share-household')).toContainText(
        'The sender’s after-tax figures used married filing jointly and tax year 2025. These use yours: single and tax year 2026',
      );
      await expect(p2.getByTestId('compare-verdict')).not.toHaveText(sentVerdict);
      await p2.getByRole('button', { name: 'Use the sender’s household' }).click();
      await expect(p2.getByTestId('compare-verdict')).toHaveText(sentVerdict);
      await expect(p2.getByTestId('share-household')).toHaveCount(0);
      await p2.getByRole('radio', { name: /^Before tax/ }).check();
      await expect(p2.getByTestId('compare-table')).toContainText(usd(338_750));
      await p2.getByRole('button', { name: 'Save to my offers' }).click();
      await expect(p2.getByRole('heading', { name: 'Compare offers' })).toBeVisible();
      await p2.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
      await expect(p2.getByTestId('offer-card')).toHaveCount(2);

      // A tampered link: a clear error, and the saved offers are untouched.
      const tampered = `${link.slice(0, -6)}A${link.slice(-5)}`;
      await p2.goto(tampered);
      await expect(p2.getByTestId('share-error')).toBeVisible();
      await p2.goto(`${baseURL}/share#1.eyJvIjpbeyJjb21wYW55IjoiWCJ9XX0`);
      await expect(p2.getByTestId('share-error')).toHaveText(
        'This share link is damaged or was changed, so it was not opened. Nothing you saved was changed.',
      );
      await p2.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
      await expect(p2.getByTestId('offer-card')).toHaveCount(2);
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('duplicate and delete an offer', async ({ page }) => {
    await page.goto('/offers');
    await page.getByRole('button', { name: 'Add an offer' }).click();
    await page.getByLabel('Company', { exact: true }).fill('Gamma');
    await page.getByRole('link', { name: '← All offers' }).click();
    await page.getByRole('button', { name: 'Duplicate Gamma' }).click();
    await expect(page.getByTestId('offer-card')).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Gamma (copy)', exact: true })).toBeVisible();
    // By keyboard: the focus follows the question and the answer, never left on the page's body.
    await page.getByRole('button', { name: 'Delete Gamma (copy)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Keep' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Delete Gamma (copy)' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The question takes the focus once it is drawn; a key pressed before that went to the page's body.
    await expect(page.getByRole('button', { name: 'Keep' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Delete “Gamma (copy)”' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('offer-card')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Gamma', exact: true })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText(
      'Deleted “Gamma (copy)”.',
    );
    await page.reload();
    await expect(page.getByTestId('offer-card')).toHaveCount(1);
  });
});
