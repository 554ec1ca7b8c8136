import { useEffect, useRef, useState } from 'preact/hooks';

export interface ChartHandle<S> {
  update(spec: S): void;
  destroy(): void;
}

export type ChartState = 'loading' | 'ready' | 'failed';

/**
 * Loads a chart module with import(), draws on the canvas once it arrives, and redraws with a fresh
 * spec whenever `deps` change. Until then (or if loading fails) the page shows the numbers in a table.
 */
export function useLazyChart<S>(
  load: () => Promise<(canvas: HTMLCanvasElement, spec: S) => ChartHandle<S>>,
  makeSpec: (canvas: HTMLCanvasElement) => S,
  deps: unknown[],
) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<ChartHandle<S> | null>(null);
  const [state, setState] = useState<ChartState>('loading');

  useEffect(() => {
    let cancelled = false;
    load()
      .then((draw) => {
        if (cancelled || !canvas.current) return;
        handle.current = draw(canvas.current, makeSpec(canvas.current));
        setState('ready');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  useEffect(() => {
    if (handle.current && canvas.current) handle.current.update(makeSpec(canvas.current));
  }, deps);

  return { canvas, state };
}
