import { useEffect, useRef, useState } from 'preact/hooks';
import type { OfferYear } from '../../model';
import { theme } from '../../state/app';
import { loadStackChart } from './loadChart';
import type { StackHandle, StackSeries } from './offerChart';

interface Props {
  years: readonly OfferYear[];
}

const parts: { key: 'base' | 'bonus' | 'signOn' | 'equity' | 'retirement'; label: string; color: string }[] =
  [
    { key: 'base', label: 'Base', color: '--series-1' },
    { key: 'bonus', label: 'Bonus', color: '--series-2' },
    { key: 'signOn', label: 'Sign-on', color: '--series-3' },
    { key: 'equity', label: 'Equity', color: '--series-4' },
    { key: 'retirement', label: '401(k)', color: '--series-5' },
  ];

function read(el: Element, years: readonly OfferYear[]) {
  const s = getComputedStyle(el);
  const v = (n: string) => s.getPropertyValue(n).trim();
  const series: StackSeries[] = parts.map((p) => ({
    label: p.label,
    values: years.map((y) => y[p.key]),
    color: v(p.color),
  }));
  return { labels: years.map((y) => `Year ${y.year}`), series, text: v('--text'), grid: v('--border') };
}

/** Stacked bars of pay per year; the year table next to it carries the same numbers. */
export function OfferChart({ years }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<StackHandle | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const themeNow = theme.value;

  useEffect(() => {
    let cancelled = false;
    loadStackChart()
      .then((m) => {
        if (cancelled || !canvas.current) return;
        const d = read(canvas.current, years);
        handle.current = m.drawStackChart(canvas.current, d.labels, d.series, d.text, d.grid);
        setState('ready');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  useEffect(() => {
    if (!handle.current || !canvas.current) return;
    const d = read(canvas.current, years);
    handle.current.update(d.labels, d.series, d.text, d.grid);
  }, [years, themeNow]);

  return (
    <figure class="chart" data-state={state} data-testid="offer-chart">
      <figcaption>Pay per year, by kind</figcaption>
      <div class="chart-box tall">
        <canvas
          ref={canvas}
          role="img"
          aria-label="Stacked bars of base, bonus, sign-on, equity and 401(k) per year; the table has the numbers."
        />
        {state === 'loading' && <p class="chart-status">Loading chart…</p>}
        {state === 'failed' && (
          <p class="chart-status">The chart could not be loaded; the table has the numbers.</p>
        )}
      </div>
    </figure>
  );
}
