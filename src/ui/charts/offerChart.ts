// Stacked bars per year; loaded with import() like the range chart, sharing the chart.js chunk.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface StackSeries {
  label: string;
  values: number[];
  color: string;
}

export interface StackHandle {
  update(labels: string[], series: StackSeries[], text: string, grid: string): void;
  destroy(): void;
}

const money = (n: number) => `$${Math.round(n / 1000)}k`;

function config(labels: string[], series: StackSeries[], text: string, grid: string, reduced: boolean) {
  return {
    type: 'bar' as const,
    data: {
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        stack: 'pay',
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduced ? (false as const) : { duration: 200 },
      scales: {
        x: { stacked: true, ticks: { color: text }, grid: { display: false } },
        y: {
          stacked: true,
          ticks: { color: text, callback: (v: number | string) => money(Number(v)) },
          grid: { color: grid },
        },
      },
      plugins: { legend: { labels: { color: text, boxWidth: 14 } } },
    },
  };
}

/** Draws a stacked bar chart (one bar per year, one colour per kind of pay). */
export function drawStackChart(
  canvas: HTMLCanvasElement,
  labels: string[],
  series: StackSeries[],
  text: string,
  grid: string,
): StackHandle {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const chart = new Chart(canvas, config(labels, series, text, grid, reduced) as never);
  return {
    update(l, s, t, g) {
      const c = config(l, s, t, g, reduced);
      chart.data = c.data as never;
      chart.options = c.options as never;
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
