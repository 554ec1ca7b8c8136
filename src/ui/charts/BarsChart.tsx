import './charts.css';
import { theme } from '../../state/app';
import type { BarsSpec } from './barsChart';
import { cssColor } from './cssColor';
import { loadBarsChart } from './loadChart';
import { useLazyChart } from './useLazyChart';

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
  const v = (n: string) => cssColor(el, n);
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
  const { canvas, state } = useLazyChart<BarsSpec>(
    () => loadBarsChart().then((m) => m.drawBars),
    (el) => spec(el, props),
    [props.labels, props.series, theme.value],
  );

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
