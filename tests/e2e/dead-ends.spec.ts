import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { emptyOfferFields, parseOffer, summarizeOffer } from '../../src/model';

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const profile = { level: 'mid', yearsText: '', location: 'us', tier: 'market', specialization: 'general' };
// A share link as the app writes it, with its JSON edited by hand.
const link = (o: unknown) => `/share#1.${Buffer.from(JSON.stringify({ o })).toString('base64url')}`;

test('backing out of “Add an offer” leaves no offer behind, also after a reload', async ({ page }) => {
  await page.goto('/offers');
  await expect(page.getByText('No offers yet.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Add an offer' }).click();
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Offer 1');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Offers' })).toBeVisible();
  await expect(page.getByTestId('offer-card')).toHaveCount(0);
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByText('No offers yet.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('offer-card')).toHaveCount(0);

  // Going elsewhere from a new offer leaves nothing either; a change keeps it, and Back lists it once.
  await page.getByRole('button', { name: 'Add an offer' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Cities' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
  await expect(page.getByTestId('offer-card')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add an offer' }).click();
  await page.getByLabel('Company', { exact: true }).fill('Kept');
  await expect(page).toHaveURL(/\/offers\/(?!new)[\w-]+$/);
  await page.goBack();
  await expect(page.getByTestId('offer-card')).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Kept', exact: true })).toBeVisible();
});

test('a hand-edited share link with base “abc” opens the form with Base marked; fixing it shows the numbers', async ({
  page,
}) => {
  await page.goto(link([{ company: 'Acme', profile, fields: { base: 'abc', bonusPct: '10' } }]));
  await expect(page.getByRole('heading', { name: 'Shared offer: Acme' })).toBeVisible();
  const base = page.getByLabel('Base salary (USD a year)');
  await expect(base).toHaveValue('abc');
  await expect(base).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#offer-base-error')).toHaveText(
    'Base salary must be a number, like 150000 or $150k.',
  );
  await expect(page.getByTestId('offer-first-year')).toHaveCount(0);

  await base.fill('$200k');
  await expect(base).not.toHaveAttribute('aria-invalid', 'true');
  const parsed = parseOffer(
    { level: 'mid', location: 'us', tier: 'market', specialization: 'general' },
    { ...emptyOfferFields, base: '200000', bonusPct: '10' },
  );
  if (!parsed.ok) throw new Error('the fixed offer should parse');
  await expect(page.getByTestId('offer-first-year')).toContainText(
    usd(summarizeOffer(parsed.offer).firstYear),
  );

  // Saved as fixed.
  await page.getByRole('button', { name: 'Save to my offers' }).click();
  await expect(page.getByRole('heading', { name: 'Acme' })).toBeVisible();
  await expect(page.getByLabel('Base salary (USD a year)')).toHaveValue('$200k');

  // What cannot be read at all still gets its message.
  await page.goto('/share#1.bm90IGpzb24');
  await expect(page.getByTestId('share-error')).toHaveText(
    'This share link is damaged or was changed, so it was not opened. Nothing you saved was changed.',
  );
  await page.goto('/share#3.abc');
  await expect(page.getByTestId('share-error')).toContainText('newer version of ML Comp');
});

test('a shared comparison with bad values: each bad offer gets its form, no axe-core violations', async ({
  page,
}) => {
  const bad = { company: 'Bad one', profile, fields: { base: 'abc', bonusPct: '-5' } };
  const worse = { company: 'Worse one', profile, fields: { base: '150000', grant: '1e9' } };
  const good = { company: 'Good one', profile, fields: { base: '180000' } };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(link([bad, good, worse]));
    await expect(page.getByRole('heading', { name: 'Shared comparison' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Fix Bad one' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Fix Worse one' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Fix Good one' })).toHaveCount(0);
    // Each form has its own field ids: the labels find one field each.
    await expect(page.locator('#shared-0-base')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#shared-0-bonusPct')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#shared-2-grant')).toHaveAttribute('aria-invalid', 'true');
    // The comparison names what it leaves out, each linked to its form above.
    const skipped = page.getByTestId('compare-skipped');
    await expect(skipped).toHaveText('Left out until their marked fields are fixed: Bad one, Worse one.');
    await expect(skipped.getByRole('link', { name: 'Worse one' })).toHaveAttribute('href', '#shared-2-title');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: `test-results/screenshots/share-fix-${scheme}-390x844.png`,
      fullPage: true,
    });
  }
  // Its link goes to the offer's first marked field, and the address keeps the link's offers: a reload
  // opens the same comparison, never "damaged".
  const address = page.url();
  await page.getByTestId('compare-skipped').getByRole('link', { name: 'Worse one' }).click();
  await expect(page.locator('#shared-2-grant')).toBeFocused();
  expect(page.url()).toBe(address);
  await page.goto('about:blank');
  await page.goto(address);
  await expect(page.getByRole('heading', { name: 'Fix Worse one' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(page.url()).toBe(address);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Shared comparison' })).toBeVisible();
  await expect(page.getByTestId('share-error')).toHaveCount(0);
  await page.locator('#shared-0-base').fill('200000');
  await page.locator('#shared-0-bonusPct').fill('10');
  await page.locator('#shared-2-grant').fill('100000');
  await expect(page.locator('#shared-0-base')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('compare-skipped')).toHaveCount(0);
});
