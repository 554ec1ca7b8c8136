import { useEffect, useRef, useState } from 'preact/hooks';
import { theme } from '../../state/app';
import type { BarsHandle, BarsSpec } from './barsChart';
import { loadBarsChart } from './loadChart';

export interface BarsSeriesInput {
  label: string;
  values: number[];
  /** A CSS custom property holding the colour, e.g. "--series-1". */
  colorVar: string;
}

interface Props {
  labels: string[];
  series: BarsSeriesInput[];
  stacked: boolean;
  caption: string;
  /** What the chart shows, for screen readers; a table on the page carries the numbers. */
  description: string;
  testId: string;
}

function spec(el: Element, p: Props): BarsSpec {
  const s = getComputedStyle(el);
  const v = (n: string) => s.getPropertyValue(n).trim();
  return {
    labels: p.labels,
    series: p.series.map((x) => ({ label: x.label, values: x.values, color: v(x.colorVar) })),
    stacked: p.stacked,
    text: v('--text'),
    grid: v('--border'),
  };
}

/** A lazily loaded bar chart; its numbers are always also in a table next to it. */
export function BarsChart(props: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<BarsHandle | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const themeNow = theme.value;

  useEffect(() => {
    let cancelled = false;
    loadBarsChart()
      .then((m) => {
        if (cancelled || !canvas.current) return;
        handle.current = m.drawBars(canvas.current, spec(canvas.current, props));
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
    if (handle.current && canvas.current) handle.current.update(spec(canvas.current, props));
  }, [props.labels, props.series, themeNow]);

  return (
    <figure class="chart" data-state={state} data-testid={props.testId}>
      <figcaption>{props.caption}</figcaption>
      <div class="chart-box tall">
        <canvas ref={canvas} role="img" aria-label={props.description} />
        {state === 'loading' && <p class="chart-status">Loading chart…</p>}
        {state === 'failed' && (
          <p class="chart-status">The chart could not be loaded; the table has the numbers.</p>
        )}
      </div>
    </figure>
  );
}
