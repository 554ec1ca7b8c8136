// One of the two modules that import chart.js (barsChart.ts is the other). Both are loaded with import(),
// so the first screen never waits for chart.js.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import { usdShort } from '../shared/format';
import { type ChartEnv, canvasOptions, hereEnv } from './chartEnv';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
);

export interface BandRow {
  label: string;
  low: number;
  typical: number;
  high: number;
}

export interface ChartColors {
  band: string;
  marker: string;
  text: string;
  grid: string;
}

export interface RangeSpec {
  rows: BandRow[];
  colors: ChartColors;
}

export interface RangeChartHandle {
  update(spec: RangeSpec): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

function config(rows: BandRow[], c: ChartColors, reducedMotion: boolean, env: ChartEnv) {
  return {
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        {
          type: 'bar' as const,
          label: 'Low to high',
          data: rows.map((r) => [r.low, r.high] as [number, number]),
          backgroundColor: c.band,
          borderRadius: 6,
          barPercentage: 0.6,
        },
        {
          type: 'scatter' as const,
          label: 'Typical',
          data: rows.map((r) => ({ x: r.typical, y: r.label as unknown as number })),
          backgroundColor: c.marker,
          borderColor: c.text,
          pointStyle: 'rectRot' as const,
          pointRadius: 8,
        },
      ],
    },
    options: {
      indexAxis: 'y' as const,
      ...canvasOptions(env),
      animation: reducedMotion ? (false as const) : { duration: 200 },
      scales: {
        x: {
          type: 'linear' as const,
          ticks: { color: c.text, callback: (v: number | string) => usdShort(Number(v)) },
          grid: { color: c.grid },
        },
        y: {
          type: 'category' as const,
          ticks: { color: c.text, font: { size: 14 } },
          grid: { display: false },
        },
      },
      plugins: {
        legend: { labels: { color: c.text } },
        tooltip: {
          callbacks: {
            label: (ctx: { raw: unknown }) => {
              const raw = ctx.raw as [number, number] | { x: number };
              return Array.isArray(raw)
                ? `${usdShort(raw[0])} – ${usdShort(raw[1])}`
                : `typical ${usdShort(raw.x)}`;
            },
          },
        },
      },
    },
  };
}

/** Draws low–high bands with a typical marker per row (on the page, or in the charts' worker). */
export function drawRangeChart(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  { rows, colors }: RangeSpec,
  env: ChartEnv = hereEnv(),
): RangeChartHandle {
  const { reduced } = env;
  // Drawn at once the first time (an animation is frames of work as the screen comes up); changes animate.
  // chart.js's mixed-chart typings are loose; the config above is checked field by field.
  const chart = new Chart(canvas as HTMLCanvasElement, config(rows, colors, true, env) as never);
  return {
    update(next) {
      const cfg = config(next.rows, next.colors, reduced, env);
      chart.data = cfg.data as never;
      chart.options = cfg.options as never;
      chart.update();
    },
    resize: (width, height) => chart.resize(width, height),
    destroy: () => chart.destroy(),
  };
}
