import { useEffect, useRef, useState } from 'preact/hooks';
import { theme } from '../../state/app';

export interface ChartHandle<S> {
  update(spec: S): void;
  destroy(): void;
  /** Drawn elsewhere (the charts' worker): whether it was drawn, once known. */
  drawn?: Promise<boolean>;
}

export type ChartState = 'loading' | 'ready' | 'failed';

/**
 * Loads a chart module with import() when the canvas nears the viewport, draws on it once it arrives,
 * and redraws with a fresh spec whenever `deps` change. Until then (or if loading fails) the page
 * shows the numbers in a table.
 */
export function useLazyChart<S>(
  load: () => Promise<(canvas: HTMLCanvasElement, spec: S) => ChartHandle<S>>,
  makeSpec: (canvas: HTMLCanvasElement) => S,
  deps: unknown[],
) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<ChartHandle<S> | null>(null);
  const [state, setState] = useState<ChartState>('loading');
  // The latest spec maker: the chart may arrive after the inputs changed (it waits to be scrolled to).
  const latestSpec = useRef(makeSpec);
  latestSpec.current = makeSpec;

  useEffect(() => {
    let cancelled = false;
    const start = () =>
      load()
        // Draw in a task of its own, after the one that evaluated chart.js: two shorter main-thread
        // tasks instead of one long one.
        .then((draw) => new Promise<typeof draw>((resolve) => setTimeout(() => resolve(draw), 0)))
        .then((draw) => {
          if (cancelled || !canvas.current) return;
          handle.current = draw(canvas.current, latestSpec.current(canvas.current));
          const { drawn } = handle.current;
          if (!drawn) return setState('ready');
          void drawn.then((ok) => !cancelled && setState(ok ? 'ready' : 'failed'));
        })
        .catch(() => !cancelled && setState('failed'));
    // chart.js costs the main thread a long task; a chart below the fold waits until it is about to be
    // seen, so the first screen answers input sooner. Without IntersectionObserver, load at once.
    let observer: IntersectionObserver | undefined;
    if (canvas.current && typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer?.disconnect();
          start();
        },
        { rootMargin: '100px 0px' },
      );
      observer.observe(canvas.current);
    } else start();
    return () => {
      cancelled = true;
      observer?.disconnect();
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  // The device's light or dark setting changed with the page open: with the theme left to it, the
  // colours the chart was drawn with are the other scheme's (unreadable text), so it is drawn again.
  const [scheme, setScheme] = useState(0);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    // Only where the page follows the device: a theme chosen in Settings does not change with it.
    const changed = () => theme.peek() === 'system' && setScheme((n) => n + 1);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);

  useEffect(() => {
    if (handle.current && canvas.current) handle.current.update(makeSpec(canvas.current));
  }, [...deps, scheme]);

  return { canvas, state };
}
