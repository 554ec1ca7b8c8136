// Issue 12's Series B offer: 60,000 ISOs (0.15% of 40,000,000 shares), strike and 409A $4.10, preferred
// $12.50, weighed against Amazon in Seattle. Options are an outcome at an exit, never yearly pay.
import { expect, test } from '@playwright/test';
import { offerOnBasis } from '../../src/model/compare';
import { equityOnBasis, exitToBeat } from '../../src/model/equity/compareEquity';
import { offerYears } from '../../src/model/offer';
import { emptyOfferFields } from '../../src/model/offerFields';
import { parseOffer } from '../../src/model/offerForm';
import { usd } from '../../src/ui/shared/format';
import { addOffer } from './offer';

const seriesB = {
  Location: 'San Francisco',
  'Company tier': 'startup',
  'Base salary (USD a year)': '$210k',
  'Kind of equity': 'options',
  'Options (shares)': '0.15%',
  'Fully diluted shares (the company’s total)': '40,000,000',
  'Strike price (USD a share)': '$4.10',
  '409A price (USD a share)': '$4.10',
  'Latest preferred price (USD a share)': '$12.50',
  'Dilution from later rounds (%)': '30%',
  'Fails: exit value (USD)': '0',
  'Fails: probability (%)': '50%',
  'Modest exit: exit value (USD)': '$500M',
  'Modest exit: probability (%)': '35%',
  'Strong exit: exit value (USD)': '$2B',
  'Strong exit: probability (%)': '15%',
};

test('the Series B offer: no tax at vest, the exercise cost, the outcomes, and the exit that beats Amazon', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Level', { exact: true }).selectOption('senior');
  await addOffer(page, 'Series B', seriesB);
  const outcome = page.getByTestId('equity-outcome');
  await expect(outcome).toContainText('Options are not taxed when they vest');
  await expect(outcome).toContainText('60,000 ISO options at a $4.10 strike of 40,000,000 shares (0.15%');
  // 60,000 × $4.10 = $246,000.
  await expect(page.getByTestId('exercise-cost')).toContainText('$246,000');
  // On paper, options are worth the price less the strike: 60,000 × (12.50 − 4.10) = $504,000 (of
  // $750,000 of stock); at the 409A price, the strike itself: $0 over it.
  await expect(outcome).toContainText(
    'On paper at the latest preferred price ($12.50): $504,000 over the strike ($750,000 of stock); at the 409A price ($4.10): $0 over the strike ($246,000 of stock).',
  );
  const rows = page.getByTestId('exit-table').locator('tbody tr');
  // $2B × (1 − 30%) ÷ 40,000,000 = $35.00 a share; 60,000 × (35 − 4.10) = $1,854,000.
  await expect(rows.nth(2)).toContainText('$35.00');
  await expect(rows.nth(2).locator('[data-col="payout"]')).toHaveText('$1,854,000');
  // $500M × 0.7 ÷ 40,000,000 = $8.75; 60,000 × (8.75 − 4.10) = $279,000.
  await expect(rows.nth(1).locator('[data-col="payout"]')).toHaveText('$279,000');
  await expect(rows.nth(0).locator('[data-col="payout"]')).toHaveText('$0');
  // 0.35 × 279,000 + 0.15 × 1,854,000 = 97,650 + 278,100 = $375,750.
  await expect(page.getByTestId('expected-payout')).toHaveText('$375,750');
  // What the taxes leave out is said (the qualified small business stock exclusion among them).
  await outcome.getByText('What these taxes leave out').click();
  await expect(page.getByTestId('equity-left-out')).toContainText('IRC §1202');
  // Not yearly pay: the first year is the base alone.
  await expect(page.getByTestId('offer-first-year')).toContainText('$210,000');
  // After tax: each exit taxed in its year in San Francisco (ISOs sold at the exit: ordinary income).
  const sf = parseOffer(
    { level: 'senior', location: 'san-francisco', tier: 'startup', specialization: 'general' },
    {
      ...emptyOfferFields,
      base: '$210k',
      equityKind: 'options',
      shares: '0.15%',
      fullyDiluted: '40,000,000',
      strike: '4.10',
      fmv409a: '4.10',
      dilutionPct: '30',
      failValue: '0',
      failProb: '50',
      modestValue: '$500M',
      modestProb: '35',
      strongValue: '$2B',
      strongProb: '15',
    },
  );
  if (!sf.ok) throw new Error('the Series B fields do not parse');
  const afterTax = equityOnBasis(sf.offer, { basis: 'after-tax', filingStatus: 'single', year: 2026 }, 4);
  await expect(rows.nth(2).locator('[data-col="after-tax"]')).toHaveText(
    usd(Math.round(afterTax?.scenarios[2]?.value ?? 0)),
  );
  await expect(page.getByTestId('expected-after-tax')).toHaveText(usd(afterTax?.expected ?? 0));
  // Early exercise: all 60,000 bought at grant for $246,000, no 83(b) income (strike = 409A); a failure
  // now loses that: 0.5 × −246,000 + 0.35 × 279,000 + 0.15 × 1,854,000 = $252,750.
  await page.getByLabel('Early exercise with an 83(b) election').selectOption('yes');
  await expect(page.getByTestId('out-of-pocket')).toContainText('Out of pocket in year 1: $246,000.');
  await expect(page.getByTestId('expected-payout')).toHaveText('$252,750');
  await page.getByLabel('Early exercise with an 83(b) election').selectOption('no');
  await expect(page.getByTestId('expected-payout')).toHaveText('$375,750');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('group', { name: 'Equity' }).screenshot({
      path: `test-results/screenshots/options-form-${scheme}-390x844.png`,
    });
    await outcome.screenshot({ path: `test-results/screenshots/options-outcome-${scheme}-390x844.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await addOffer(page, 'Amazon', {
    Location: 'Seattle',
    'Company tier': 'top-tech',
    'Base salary (USD a year)': '185000',
    'Sign-on bonus, year 1 (USD)': '60000',
    'Sign-on bonus, year 2 (USD)': '45000',
    'Equity grant (USD value at grant)': '400000',
    'Vesting schedule': 'back-5-15-40-40',
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Offers' }).click();
  await page.getByLabel('Compare Series B').check();
  await page.getByLabel('Compare Amazon').check();
  await page.getByRole('link', { name: 'Compare 2 offers' }).click();
  await expect(page.getByTestId('compare-verdict')).toContainText(
    'Best in pay (startup equity apart, below), after tax and prices: Amazon',
  );

  // The exit at which the Series B's equity makes up Amazon's cash lead over 4 years, on the same basis.
  const profile = {
    level: 'senior',
    location: 'san-francisco',
    tier: 'startup',
    specialization: 'general',
  } as const;
  const parsed = parseOffer(profile, {
    ...emptyOfferFields,
    base: '$210k',
    equityKind: 'options',
    shares: '0.15%',
    fullyDiluted: '40,000,000',
    strike: '4.10',
    dilutionPct: '30',
  });
  if (!parsed.ok) throw new Error('the Series B fields do not parse');
  const opts = { basis: 'after-tax-and-prices', filingStatus: 'single', year: 2026 } as const;
  const amazonYears = offerYears({
    profile: { ...profile, location: 'seattle', tier: 'top-tech' },
    base: 185_000,
    bonusTargetPct: 0,
    signOn: { year1: 60_000, year2: 45_000 },
    equity: { grant: 400_000, vesting: { kind: 'preset', id: 'back-5-15-40-40' }, growthPct: 0 },
  });
  const cash = (o: typeof parsed.offer, ys = offerYears(o)) =>
    offerOnBasis(o, opts, ys)
      .years.slice(0, 4)
      .reduce((s, y) => s + y.value, 0);
  const amazonOffer = {
    profile: { ...profile, location: 'seattle', tier: 'top-tech' } as const,
    base: 185_000,
    bonusTargetPct: 0,
    signOn: { year1: 60_000, year2: 45_000 },
    equity: { grant: 400_000, vesting: { kind: 'preset', id: 'back-5-15-40-40' } as const, growthPct: 0 },
  };
  const gap = cash(amazonOffer, amazonYears) - cash(parsed.offer);
  expect(gap).toBeGreaterThan(0);
  const needed = exitToBeat(parsed.offer, opts, 4, gap);
  expect(needed).not.toBeNull();
  await expect(page.getByTestId('exit-to-beat')).toContainText(
    `Series B makes up Amazon’s ${usd(gap)} lead in pay over 4 years (after tax and prices) if the company exits in year 4 at ${usd(needed ?? 0)}`,
  );
  await expect(page.getByTestId('cash-equity-table')).toContainText('—');
  // The footnote names the basis as its own words ("…and HSA, after tax and prices, years 1 to 4").
  await expect(page.getByTestId('compare-equity')).toContainText(
    '401(k) match and HSA, after tax and prices, years 1',
  );
  // The years chosen here are this section's: the verdict at the top stays on the first 4, and says so.
  await page.getByLabel('Years of pay and equity').selectOption('6');
  await expect(page.getByRole('heading', { name: 'Pay and startup equity over 6 years' })).toBeVisible();
  await expect(page.getByTestId('compare-verdict')).toContainText('over 4 years');
  await expect(page.getByTestId('horizon-scope')).toContainText(
    'the verdict at the top and the year-by-year table weigh the first 4 years',
  );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('compare-equity').screenshot({
      path: `test-results/screenshots/compare-equity-${scheme}-390x844.png`,
    });
  }
  // Printed, the years are in the heading, not in a select; no link back to the list.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Years of pay and equity')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Pay and startup equity over 6 years' })).toBeVisible();
  await expect(page.getByRole('link', { name: '← All offers' })).toBeHidden();
});

test('an ESPP, an employer HSA and a prorated clawback count in the offer', async ({ page }) => {
  await page.goto('/');
  await addOffer(page, 'Public co', {
    Location: 'Texas',
    'Base salary (USD a year)': '200000',
    'Sign-on bonus, year 1 (USD)': '40000',
    'Sign-on clawback': 'prorated-12',
    'ESPP contribution (% of base)': '10%',
    'ESPP discount (%)': '15%',
    'Employer HSA contribution (USD a year)': '$1,000',
  });
  // 10% of $200,000 buys at 85%: 23,529.41 shares worth $23,529.41, a $3,529 gain a year.
  const row = page.getByTestId('year-table').locator('tbody tr').first();
  await expect(row.locator('[data-label="ESPP"]')).toHaveText('$3,529');
  await expect(row.locator('[data-label="HSA"]')).toHaveText('$1,000');
  // 200,000 + 40,000 + 3,529 + 1,000 = $244,529.
  await expect(row.locator('[data-label="Total"]')).toHaveText('$244,529');
  // How the gain is taxed: sold at purchase (disqualifying), with the qualifying case explained.
  await page.getByText('ESPP: how its gain is taxed').click();
  await expect(page.getByTestId('espp-tax')).toContainText('not to Social Security or Medicare');
  await expect(page.getByTestId('espp-tax')).toContainText('a qualifying disposition');
  // Leaving at month 9: 150,000 of base, 9/12 of the ESPP and HSA (2,647 + 750), and 30,000 of the
  // sign-on kept (3/12 of 40,000 repaid: $10,000).
  await page.getByLabel('Leave after (months)').fill('9');
  await expect(page.getByTestId('leave-result')).toContainText('$183,397 before tax and leave');
  await expect(page.locator('.leave .note')).toContainText('you repay $10,000');
  // An HSA contribution above the limit is refused, with the limit.
  await page.getByLabel('Employer HSA contribution (USD a year)', { exact: true }).fill('$5,000');
  await expect(page.locator('#offer-hsa-error')).toHaveText(
    'Above the 2026 HSA limit for self-only coverage ($4,400).',
  );
});

test('on a phone the offer’s first year stays in view while typing, above the tab bar', async ({ page }) => {
  await page.goto('/offers');
  await page.getByRole('button', { name: 'Add an offer' }).click();
  const base = page.getByLabel('Base salary (USD a year)');
  await base.fill('$180k');
  await base.scrollIntoViewIfNeeded();
  const bar = page.getByTestId('offer-summary-bar');
  await expect(bar).toContainText('First year $180,000');
  // In the viewport, and not under the tab bar.
  const box = await bar.boundingBox();
  const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  expect(box && nav && box.y + box.height <= nav.y + 1 && box.y >= 0).toBe(true);
  await page.getByLabel('Target bonus (% of base)').fill('10');
  await expect(bar).toContainText('First year $198,000');
  await page.screenshot({ path: 'test-results/screenshots/offer-typing-390x844.png' });
});

test('on a 360 px phone, Tab through the offer form: every field lands above the summary bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await addOffer(page, 'Series B', seriesB);
  const bar = page.getByTestId('offer-summary-bar');
  // The longest bar: three lines at 360 px.
  await expect(bar).toContainText('equity expected');
  await page.getByLabel('Company', { exact: true }).focus();
  const hidden: string[] = [];
  for (let i = 0; i < 45; i++) {
    await page.keyboard.press('Tab');
    // Covered: under the bar (sticky, or in its place at the end of the form), or under the tab bar.
    const covered = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.matches('input, select, textarea')) return null;
      const r = el.getBoundingClientRect();
      const over = ['[data-testid="offer-summary-bar"]', 'nav[aria-label="Main"]'].some((q) => {
        const b = document.querySelector(q)?.getBoundingClientRect();
        return b && r.bottom > b.top + 1 && r.top < b.bottom - 1;
      });
      return over || r.top < 0 ? el.id || (el.getAttribute('aria-label') ?? '?') : null;
    });
    if (covered) hidden.push(covered);
  }
  expect(hidden).toEqual([]);
});
