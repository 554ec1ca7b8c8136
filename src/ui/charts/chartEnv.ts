// Where a chart is drawn: on the page (chart.js sizes the canvas to its box and answers the pointer) or
// in the charts' worker on an OffscreenCanvas (sized from the page's messages, drawn still: no pointer).

export interface ChartEnv {
  /** The user asked for reduced motion. */
  reduced: boolean;
  /** In the worker: the page's device pixel ratio (absent on the page, where chart.js reads it). */
  dpr?: number;
}

/** Drawing on the page. */
export const hereEnv = (): ChartEnv => ({
  reduced: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
});

/** chart.js's sizing options for where the chart is drawn. */
export const canvasOptions = (env: ChartEnv) =>
  env.dpr === undefined
    ? { responsive: true, maintainAspectRatio: false }
    : { responsive: false, maintainAspectRatio: false, devicePixelRatio: env.dpr, events: [] };
