// The charts' worker: chart.js draws here, on the page's canvases handed over as OffscreenCanvas, so its
// work (tens of milliseconds a chart on a phone, more the first time) never holds up the page.
import { drawBars } from './barsChart';
import type { ChartAsk } from './offThread';
import { drawRangeChart } from './rangeChart';

type Drawn =
  | { kind: 'bars'; chart: ReturnType<typeof drawBars> }
  | { kind: 'range'; chart: ReturnType<typeof drawRangeChart> };
const charts = new Map<number, Drawn>();

self.onmessage = (e: MessageEvent<ChartAsk>) => {
  const ask = e.data;
  try {
    if (ask.t === 'draw') {
      const { canvas, width, height, dpr } = ask;
      // chart.js reads the size from the canvas, in CSS pixels; it scales it by the pixel ratio itself.
      canvas.width = Math.max(1, Math.round(width));
      canvas.height = Math.max(1, Math.round(height));
      // No animation here: chart.js animates through `window.requestAnimationFrame`, and a worker has no
      // `window` (an animated update threw, and the chart kept its first numbers). Changes are drawn at once.
      const env = { reduced: true, dpr };
      charts.set(
        ask.id,
        ask.kind === 'bars'
          ? { kind: 'bars', chart: drawBars(canvas, ask.spec, env) }
          : { kind: 'range', chart: drawRangeChart(canvas, ask.spec, env) },
      );
      postMessage({ id: ask.id, drawn: true });
    } else if (ask.t === 'update') {
      const d = charts.get(ask.id);
      if (d?.kind === 'bars' && ask.kind === 'bars') d.chart.update(ask.spec);
      else if (d?.kind === 'range' && ask.kind === 'range') d.chart.update(ask.spec);
    } else if (ask.t === 'resize') charts.get(ask.id)?.chart.resize(ask.width, ask.height);
    else {
      charts.get(ask.id)?.chart.destroy();
      charts.delete(ask.id);
    }
  } catch {
    postMessage({ id: ask.id, drawn: false });
  }
};
