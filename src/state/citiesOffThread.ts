import { computed, effect, signal } from '@preact/signals';
import { type CityResult, cityComparison, comparisonRequest, comparisonResult } from './cities';
import type { CityAnswer, CityAsk } from './cities.worker';

// The Cities comparison is computed in a Web Worker where the browser has one: on the main thread it was
// the longest task of the screen (every place's taxes and the gross that matches, 100 ms and more on a
// phone), the screen frozen meanwhile. While a new comparison is computed the last one stays on screen
// (`computing` says so). Without a worker (component tests, a worker that fails to start or to answer in
// time), the same function runs here.

const here = signal(typeof Worker === 'undefined' || import.meta.env.MODE === 'test');
const answer = signal<{ result: CityResult; seq: number } | undefined>(undefined);
/** The latest ask's number. */
const asked = signal(0);
type Ask = CityAsk & { sourceLabel: string };
let worker: Worker | undefined;
let sent: Ask | undefined; // the ask the worker is on
let next: Ask | undefined; // the latest ask, once the worker is free
let arrived: () => void = () => {};
const first = new Promise<void>((r) => {
  arrived = r;
});

const fallBack = () => {
  here.value = true;
  worker?.terminate();
  arrived();
};

function send({ sourceLabel, ...ask }: Ask) {
  if (!worker) return;
  if (sent) {
    next = { sourceLabel, ...ask }; // asked while busy: only the latest is computed next
    return;
  }
  sent = { sourceLabel, ...ask };
  worker.postMessage(ask);
}

function start() {
  try {
    worker = new Worker(new URL('./cities.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    fallBack();
    return;
  }
  worker.onerror = fallBack;
  worker.onmessage = ({ data }: MessageEvent<CityAnswer>) => {
    const label = sent?.sourceLabel ?? '';
    sent = undefined;
    if (!data.ok) {
      fallBack(); // it threw: computed here, its error is shown by the screen
      return;
    }
    answer.value = { result: comparisonResult(data.comparison, label), seq: data.seq };
    arrived();
    const n = next;
    next = undefined;
    if (n) send(n);
  };
  effect(() => {
    const q = comparisonRequest.value;
    if (here.value) return;
    if (!q.ok) {
      arrived(); // nothing to compute: the screen says what is missing
      return;
    }
    const seq = asked.peek() + 1;
    asked.value = seq;
    send({ seq, pay: q.pay, options: q.options, sourceLabel: q.sourceLabel });
  });
  // A worker that does not answer in time: the comparison is made here.
  setTimeout(() => {
    if (!answer.value) fallBack();
  }, 5000);
}

/** Resolves once the first comparison can be shown (the Cities island waits for it before drawing). */
export function firstComparison(): Promise<void> {
  if (!worker && !here.value) start();
  return here.value ? Promise.resolve() : first;
}

/** What the screen says while the first comparison is being made: a wait, not a problem. */
export const COMPARING = 'Comparing…';

/** The comparison on screen: the worker's latest, or what keeps a comparison from being made. */
export const shownComparison = computed<CityResult>(() => {
  if (here.value) return cityComparison.value;
  const q = comparisonRequest.value;
  if (!q.ok) return q;
  return answer.value?.result ?? { ok: false, message: COMPARING };
});

/** Whether the comparison on screen is older than the inputs (a new one is being computed). */
export const computing = computed(
  () =>
    !here.value &&
    comparisonRequest.value.ok &&
    answer.value !== undefined &&
    answer.value.seq !== asked.value,
);
