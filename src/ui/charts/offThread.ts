// Charts drawn in a worker where the browser can hand a canvas to one (OffscreenCanvas): the page gets a
// handle that posts what changes. Elsewhere (or if the worker cannot start) they are drawn on the page.
import type { BarsSpec } from './barsChart';
import type { RangeSpec } from './rangeChart';
import type { ChartHandle } from './useLazyChart';

type Kind = { kind: 'bars'; spec: BarsSpec } | { kind: 'range'; spec: RangeSpec };
export type ChartAsk =
  | ({ t: 'draw'; id: number; canvas: OffscreenCanvas; width: number; height: number } & Kind & {
        dpr: number;
      })
  | ({ t: 'update'; id: number } & Kind)
  | { t: 'resize'; id: number; width: number; height: number }
  | { t: 'destroy'; id: number };

/** Whether charts can be drawn off the page's main thread here. */
export const canDrawOffThread = (): boolean =>
  typeof Worker === 'function' &&
  typeof HTMLCanvasElement !== 'undefined' &&
  'transferControlToOffscreen' in HTMLCanvasElement.prototype;

let worker: Worker | undefined;
let ids = 0;
const waiting = new Map<number, (drawn: boolean) => void>();

function chartWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./chart.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; drawn: boolean }>) => {
      waiting.get(e.data.id)?.(e.data.drawn);
      waiting.delete(e.data.id);
    };
    // A worker that fails to start: every chart waiting on it says so (its table has the numbers).
    worker.onerror = () => {
      for (const done of waiting.values()) done(false);
      waiting.clear();
    };
  }
  return worker;
}

/** A draw function for useLazyChart that draws `kind` in the charts' worker. */
export function drawOffThread<S extends BarsSpec | RangeSpec>(kind: Kind['kind']) {
  return (canvas: HTMLCanvasElement, spec: S): ChartHandle<S> => {
    const w = chartWorker();
    const id = ++ids;
    const box = canvas.getBoundingClientRect();
    const drawn = new Promise<boolean>((r) => waiting.set(id, r));
    const offscreen = canvas.transferControlToOffscreen();
    const ask = {
      t: 'draw',
      id,
      canvas: offscreen,
      width: box.width,
      height: box.height,
      dpr: devicePixelRatio,
      kind,
      spec,
    } as ChartAsk;
    w.postMessage(ask, [offscreen]);
    // The page's layout decides the canvas's size: a new width (a rotated phone) is drawn anew.
    let last = `${box.width}x${box.height}`;
    const resized = new ResizeObserver(() => {
      const r = canvas.getBoundingClientRect();
      if (`${r.width}x${r.height}` === last || r.width === 0) return;
      last = `${r.width}x${r.height}`;
      w.postMessage({ t: 'resize', id, width: r.width, height: r.height } satisfies ChartAsk);
    });
    resized.observe(canvas);
    return {
      drawn,
      // `kind` and `S` go together (drawOffThread<BarsSpec>('bars')): the worker checks the pair.
      update: (next) => w.postMessage({ t: 'update', id, kind, spec: next } as ChartAsk),
      destroy() {
        resized.disconnect();
        w.postMessage({ t: 'destroy', id } satisfies ChartAsk);
      },
    };
  };
}
