import { expect, type Page, test } from '@playwright/test';
import { screenReady } from './charts';

// Keyboard only: Tab reaches every control of each screen in document order, each with a visible focus
// ring, and focus leaves the page's controls again (no trap).
const screens = [
  { name: 'estimate', path: '/', ready: 'figure.chart[data-state="ready"]' },
  { name: 'offers', path: '/offers', ready: 'h1:has-text("Offers")' },
  { name: 'cities', path: '/cities', ready: '[data-testid="city-chart"][data-state="ready"]' },
  { name: 'settings', path: '/settings', ready: 'h1:has-text("Settings")' },
  { name: 'about', path: '/about', ready: '[data-testid="calibration-row"]' },
];

async function walk(page: Page) {
  return page.evaluate(async () => {
    const focusable = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex="0"]',
      ),
    ].filter((el) => el.offsetParent !== null || el.getClientRects().length > 0);
    // A radio group is one Tab stop.
    const radioGroups = new Set<string>();
    const stops = focusable.filter((el) => {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
      if (radioGroups.has(el.name)) return false;
      radioGroups.add(el.name);
      return true;
    });
    return { count: stops.length };
  });
}

for (const s of screens) {
  test(`${s.name}: Tab reaches every control in order with a visible focus, and no trap`, async ({
    page,
  }) => {
    await page.goto(s.path);
    await screenReady(page, s.ready);
    const { count } = await walk(page);
    const seen: { index: number; outline: string }[] = [];
    let wrapped = false;
    for (let i = 0; i < count + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const all = [...document.querySelectorAll('*')];
        const cs = getComputedStyle(el);
        return { index: all.indexOf(el), outline: `${cs.outlineStyle} ${cs.outlineWidth}`, tag: el.tagName };
      });
      if (!info) {
        wrapped = true;
        break;
      }
      if (seen.length && info.index < (seen.at(-1)?.index ?? 0)) {
        wrapped = true;
        break;
      }
      seen.push(info);
    }
    // Focus moved forward through the page, reached every control, and then left it (no trap).
    expect(seen.length).toBeGreaterThanOrEqual(count);
    expect(wrapped).toBe(true);
    for (const f of seen) expect(f.outline, 'visible focus ring').not.toMatch(/^none|0px$/);
  });
}
