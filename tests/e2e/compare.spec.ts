import { expect, test } from '@playwright/test';
import { type Offer, offerOnBasis } from '../../src/model';
import { chartReady } from './charts';
import { addOffer } from './offer';
import { pickPlace } from './place';

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

// Issue 10's two offers: a San Francisco startup and Amazon in Seattle.
const startup: Offer = {
  profile: { level: 'senior', location: 'san-francisco', tier: 'startup', specialization: 'general' },
  base: 210_000,
  bonusTargetPct: 0,
  signOn: { year1: 0, year2: 0 },
  equity: { grant: 504_000, vesting: { kind: 'preset', id: 'even-4y-cliff' }, growthPct: 0 },
};
const amazon: Offer = {
  profile: { level: 'senior', location: 'seattle', tier: 'top-tech', specialization: 'general' },
  base: 185_000,
  bonusTargetPct: 0,
  signOn: { year1: 60_000, year2: 45_000 },
  equity: { grant: 400_000, vesting: { kind: 'preset', id: 'back-5-15-40-40' }, growthPct: 0 },
};

for (const width of [320, 390]) {
  test(`Compare at ${width} px: Amazon best after tax and prices, the startup best before tax`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/');
    await page.getByLabel('Level', { exact: true }).selectOption('senior');
    await addOffer(page, 'Startup', {
      Location: 'San Francisco',
      'Company tier': 'startup',
      'Base salary (USD a year)': '$210k',
      'Target bonus (% of base)': '0',
      'Equity grant (USD value at grant)': '504,000',
      'Vesting schedule': 'even-4y-cliff',
    });
    await addOffer(page, 'Amazon', {
      Location: 'Seattle',
      'Company tier': 'top-tech',
      'Base salary (USD a year)': '185000',
      'Target bonus (% of base)': '0',
      'Sign-on bonus, year 1 (USD)': '60000',
      'Sign-on bonus, year 2 (USD)': '45000',
      'Equity grant (USD value at grant)': '400000',
      'Vesting schedule': 'back-5-15-40-40',
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
    await page.getByLabel('Compare Startup').check();
    await page.getByLabel('Compare Amazon').check();
    await page.getByRole('link', { name: 'Compare 2 offers' }).click();

    // The default basis: after tax and prices, single, no 401(k), tax year 2026 (the default).
    const single = { filingStatus: 'single', year: 2026 } as const;
    const a = offerOnBasis(amazon, { basis: 'after-tax-and-prices', ...single });
    const s = offerOnBasis(startup, { basis: 'after-tax-and-prices', ...single });
    await expect(page.getByRole('radio', { name: /^After tax and prices/ })).toBeChecked();
    await expect(page.getByTestId('compare-verdict')).toContainText('Best after tax and prices: Amazon');
    await expect(page.getByTestId('compare-verdict')).toContainText(usd(a.fourYearAverage));
    const table = page.getByTestId('compare-table');
    await expect(table.locator('thead th').nth(2)).toContainText('★ best');
    await expect(table.getByRole('row', { name: /4-year average, after tax and prices/ })).toContainText(
      usd(s.fourYearAverage),
    );
    await expect(page.getByTestId('compare-years')).toContainText(usd(a.years[0]?.value ?? 0));
    await chartReady(page.getByTestId('compare-chart'));
    // What the startup needs to match Amazon on that basis.
    await expect(page.getByTestId('break-even').first()).toContainText('(now $210,000)');

    await page.getByRole('radio', { name: /^Before tax/ }).check();
    await expect(page.getByTestId('compare-verdict')).toContainText('Best before tax: Startup');
    await expect(page.getByTestId('compare-verdict')).toContainText(usd(336_000));
    await expect(table.locator('thead th').nth(1)).toContainText('★ best');

    await page.getByRole('radio', { name: /^After tax each/ }).check();
    await expect(page.getByTestId('compare-verdict')).toContainText('Best after tax: Amazon');
    const after = offerOnBasis(amazon, { basis: 'after-tax', ...single });
    await expect(page.getByTestId('compare-verdict')).toContainText(usd(after.fourYearAverage));

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('radio', { name: /^After tax and prices/ }).check();
    // A 401(k) over the limit (under 50) is refused, and Compare says so rather than dropping it quietly.
    const k401 = page.getByLabel(/^Pre-tax 401\(k\) contribution/);
    await k401.fill('30000');
    await expect(page.getByTestId('compare-401k-blocked')).toBeVisible();
    await k401.fill('$23.5k');
    await expect(page.getByTestId('compare-401k-blocked')).toHaveCount(0);
    await expect(page.getByTestId('compare-verdict')).toBeVisible();
    await k401.fill('');
    for (const size of width === 390
      ? [
          { width: 390, height: 844 },
          { width: 1280, height: 800 },
        ]
      : []) {
      await page.setViewportSize(size);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({
          path: `test-results/screenshots/compare-basis-${scheme}-${size.width}x${size.height}.png`,
          fullPage: true,
        });
      }
    }
  });
}

test('an offer at a place beyond the seed’s ten is named by the place, in its market position', async ({
  page,
}) => {
  await page.goto('/');
  await pickPlace(page, 'Location', 'phila', /^Philadelphia-Camden/);
  await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
  await page.getByRole('button', { name: 'Add an offer' }).click();
  await page.getByLabel('Base salary (USD a year)', { exact: true }).fill('200000');
  await expect(page.getByTestId('offer-position')).toContainText(
    'Philadelphia-Camden-Wilmington, PA-NJ-DE-MD',
  );
  await expect(page.getByTestId('offer-position')).not.toContainText('metro-');
  // No bonus entered: why its pay places so low against a market whose pay includes one.
  await expect(page.getByTestId('offer-position')).toContainText(
    'The market’s pay includes a bonus and this offer has none entered: held against pay it does not count, it places low.',
  );
  await page.getByLabel('Target bonus (% of base)').fill('15');
  await expect(page.getByTestId('offer-position')).not.toContainText('places low');
});
