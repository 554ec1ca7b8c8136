// CSV export of the Cities and Compare tables: the file opens with the numbers the table shows.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { compareTwo } from './offer';

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

async function download(page: Page, table: string) {
  const d = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const file = await d;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^ml-comp-${table}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  return parseCsv(readFileSync((await file.path()) as string, 'utf8'));
}

/** Every money cell of the table's body rows as the number it shows, by row. */
async function shownNumbers(page: Page, testId: string): Promise<number[][]> {
  return page.getByTestId(testId).evaluate((t) =>
    [...((t as HTMLTableElement).tBodies[0]?.rows ?? [])].map((r) =>
      [...r.cells]
        .map((c) => {
          const own = c.cloneNode(true) as Element;
          for (const s of own.querySelectorAll('.sub')) s.remove();
          return (own.textContent ?? '').trim();
        })
        .filter((x) => /^[-−]?\$[\d,]+$/.test(x))
        .map((x) => Number(x.replace(/[$,]/g, '').replace('−', '-'))),
    ),
  );
}

test('Cities and Compare download as CSV with the same numbers as their tables', async ({ page }) => {
  await page.goto('/cities');
  // The table and its button are an island: prerendered, they answer once their code has arrived.
  await page.waitForFunction(() => performance.getEntriesByName('ml-comp:islands').length > 0);
  await page.getByLabel('Pay to compare').selectOption('salary');
  await page.getByLabel('Salary (USD a year)').fill('$250k');
  await expect(page.getByTestId('city-table').locator('tbody tr').first()).toContainText('$');
  const cities = await download(page, 'cities');
  expect(cities[0]?.[0]).toContain('Per year, USD');
  const shown = await shownNumbers(page, 'city-table');
  // Body rows follow the caption and the header row; each shown amount is a number in the file.
  shown.forEach((nums, i) => {
    const fileRow = (cities[i + 2] ?? []).filter((x) => /^-?\d+$/.test(x)).map(Number);
    expect(fileRow).toEqual(nums);
  });
  expect(shown.length).toBeGreaterThan(1);
  // The small print under the numbers follows: each row's payroll programs and local taxes as on screen.
  const details = cities.findIndex((r) => r[0] === 'Details');
  expect(cities[details]).toEqual(['Details', 'Column', 'Small print']);
  const seattlePayroll = await page
    .locator('[data-testid="city-seattle"] td[data-col="payroll"] .sub')
    .evaluate((e) => (e.textContent ?? '').trim());
  expect(seattlePayroll).toMatch(/^WA Cares \$[\d,]+, WA PFML \$[\d,]+$/);
  expect(cities.slice(details)).toContainEqual([
    'Seattle-Tacoma-Bellevue, WA',
    'State payroll programs',
    seattlePayroll,
  ]);
  // After the rows, what they assume and when they were made: a file read later says its basis.
  // The user's own day (the browser's time zone), as the page names it.
  const date = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  expect(cities.slice(-2)).toEqual([
    [
      'Comparing a salary of $250,000 in every city. Take-home from wages only: single, tax year 2026 rules, no pre-tax 401(k).',
    ],
    [`From ML Comp on ${date}`],
  ]);

  await compareTwo(page, '=HYPERLINK("x")');
  const compare = await download(page, 'compare');
  // A company named like a formula stays text: a leading apostrophe.
  expect(compare.flat()).toContain(`'=HYPERLINK("x")`);
  const compareShown = await page
    .getByTestId('compare-table')
    .evaluate((t) =>
      [...((t as HTMLTableElement).tBodies[0]?.rows ?? [])].map((r) =>
        [...r.cells].map((c) => (c.textContent ?? '').trim()),
      ),
    );
  // Every amount as a plain number, the best offer's (marked ★ on screen) too.
  const money = compareShown.flat().filter((x) => /^\$[\d,]+( ★)?$/.test(x));
  expect(money.some((x) => x.endsWith('★'))).toBe(true);
  for (const x of money) expect(compare.flat()).toContain(x.replace(/[$,★\s]/g, ''));
  // "Base needed to match the best" is a number in the file; "(now $…)" stays on screen only.
  const breakEven = compare.find((r) => r[0]?.startsWith('Base needed to match the best'));
  expect(breakEven?.slice(1).some((x) => /^\d+$/.test(x))).toBe(true);
  // The year-by-year table follows, after an empty row, with the numbers it shows.
  const yearsAt = compare.findIndex((r) => r[0] === 'Year by year, after tax and prices');
  expect(compare[yearsAt - 1]).toEqual(['']);
  const years = await shownNumbers(page, 'compare-years');
  expect(years.length).toBeGreaterThan(3);
  years.forEach((nums, i) => {
    expect((compare[yearsAt + 2 + i] ?? []).filter((x) => /^-?\d+$/.test(x)).map(Number)).toEqual(nums);
  });
  expect(compare.slice(-2)).toEqual([
    [
      'Compared after tax and prices (after tax, at US-average prices): single, tax year 2026 rules, no pre-tax 401(k).',
    ],
    [`From ML Comp on ${date}`],
  ]);
});

test('a download asked for on the prerendered Cities screen before its code arrived is not lost', async ({
  page,
}) => {
  // Every script but the first screen's arrives a second late: the window in which the prerendered
  // table's button is on screen without its code.
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    if (!/\/assets\/index-[^/]*\.js$/.test(route.request().url()))
      await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.goto('/cities');
  // No wait for the screen to be whole: the click is taken as soon as the button answers.
  const rows = await download(page, 'cities');
  expect(rows[0]?.[0]).toContain('Per year, USD');
});
