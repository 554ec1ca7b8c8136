// The charts' worker: chart.js draws here, on the page's canvases handed over as OffscreenCanvas, so its
// work (tens of milliseconds a chart on a phone, more the first time) never holds up the page.
import { drawBars } from './barsChart';
import type { ChartAsk } from './offThread';
import { drawRangeChart } from './rangeChart';

const charts = new Map<
  number,
  { update(spec: never): void; resize(w: number, h: number): void; destroy(): void }
>();

self.onmessage = (e: MessageEvent<ChartAsk>) => {
  const ask = e.data;
  try {
    if (ask.t === 'draw') {
      const { canvas, width, height, dpr, reduced } = ask;
      // chart.js reads the size from the canvas, in CSS pixels; it scales it by the pixel ratio itself.
      canvas.width = Math.max(1, Math.round(width));
      canvas.height = Math.max(1, Math.round(height));
      const env = { reduced, dpr };
      const chart =
        ask.kind === 'bars' ? drawBars(canvas, ask.spec, env) : drawRangeChart(canvas, ask.spec, env);
      charts.set(ask.id, chart as never);
      postMessage({ id: ask.id, drawn: true });
    } else if (ask.t === 'update') charts.get(ask.id)?.update(ask.spec as never);
    else if (ask.t === 'resize') charts.get(ask.id)?.resize(ask.width, ask.height);
    else {
      charts.get(ask.id)?.destroy();
      charts.delete(ask.id);
    }
  } catch {
    postMessage({ id: ask.id, drawn: false });
  }
};
