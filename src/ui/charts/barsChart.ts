// Bar charts (stacked or grouped); loaded with import() like the range chart, sharing the chart.js chunk.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { usdShort } from '../shared/format';

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
  destroy(): void;
}

function config(s: BarsSpec, reduced: boolean) {
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
      responsive: true,
      maintainAspectRatio: false,
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

/** Draws a bar chart with one bar (or stack) per label. */
export function drawBars(canvas: HTMLCanvasElement, spec: BarsSpec): BarsHandle {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Drawn at once the first time (an animation is frames of work as the screen comes up); changes animate.
  const chart = new Chart(canvas, config(spec, true) as never);
  return {
    update(next) {
      const c = config(next, reduced);
      chart.data = c.data as never;
      chart.options = c.options as never;
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
