// Bar charts (stacked or grouped); loaded with import() like the range chart, sharing the chart.js chunk.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { usdShort } from '../shared/format';
import { type ChartEnv, canvasOptions, hereEnv } from './chartEnv';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  values: number[];
  color: string;
}

export interface BarsSpec {
  labels: string[];
  series: BarSeries[];
  stacked: boolean;
  text: string;
  grid: string;
}

export interface BarsHandle {
  update(spec: BarsSpec): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

function config(s: BarsSpec, reduced: boolean, env: ChartEnv) {
  return {
    type: 'bar' as const,
    data: {
      labels: s.labels,
      datasets: s.series.map((x) => ({
        label: x.label,
        data: x.values,
        backgroundColor: x.color,
        ...(s.stacked ? { stack: 'pay' } : {}),
      })),
    },
    options: {
      ...canvasOptions(env),
      animation: reduced ? (false as const) : { duration: 200 },
      scales: {
        x: { stacked: s.stacked, ticks: { color: s.text }, grid: { display: false } },
        y: {
          stacked: s.stacked,
          ticks: { color: s.text, callback: (v: number | string) => usdShort(Number(v)) },
          grid: { color: s.grid },
        },
      },
      plugins: { legend: { labels: { color: s.text, boxWidth: 14 } } },
    },
  };
}

/** Draws a bar chart with one bar (or stack) per label (on the page, or in the charts' worker). */
export function drawBars(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  spec: BarsSpec,
  env: ChartEnv = hereEnv(),
): BarsHandle {
  const { reduced } = env;
  // Drawn at once the first time (an animation is frames of work as the screen comes up); changes animate.
  // chart.js draws on an OffscreenCanvas too (its typings name only the page's canvas).
  const chart = new Chart(canvas as HTMLCanvasElement, config(spec, true, env) as never);
  return {
    update(next) {
      const c = config(next, reduced, env);
      chart.data = c.data as never;
      chart.options = c.options as never;
      chart.update();
    },
    resize: (width, height) => chart.resize(width, height),
    destroy: () => chart.destroy(),
  };
}
