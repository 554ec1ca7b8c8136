import { computed, signal } from '@preact/signals';
import { Component, type ComponentType } from 'preact';
import { ErrorBoundary, lazy } from 'preact-iso';
import { changedSinceHydrate } from '../../state/saved';

// Parts of a screen whose code loads once the screen is interactive ("islands"): until then their
// prerendered HTML stays on screen as it is (Preact keeps the DOM of a part that suspends while it
// renders over the prerendered page). The first screen's JavaScript is what is left.

let ready: () => void = () => {};
const interactive =
  typeof window === 'undefined' || import.meta.env.MODE === 'test'
    ? Promise.resolve() // prerendering and component tests: at once
    : new Promise<void>((r) => {
        ready = r;
      });
const loading: Promise<unknown>[] = [];

/**
 * Whether the screen answers input. Until then the prerendered screen is inert (the App marks <main>):
 * a choice made in it before its code arrived would be drawn over and lost.
 */
export const live = signal(import.meta.env.MODE === 'test');
/**
 * `<main inert={inert}>`: the signal itself, bound to the attribute, so its change re-renders nothing. A
 * re-render of the app while an island waits for its code would draw the island beside its prerendered
 * HTML instead of over it.
 */
export const inert = computed(() => !live.value);

/**
 * Once the next frame is on screen: in a task after the start of the frame after it (a page in the
 * background paints nothing: it waits until it is shown). Work started sooner would count against that
 * frame's paint (a prerendered screen's, a shared link's numbers).
 */
export const afterPaint = (fn: () => void): void => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(fn)));
};

/**
 * main.tsx: the screen is up and answers input; the islands' code may load once it has been painted
 * (fetched before, it would hold up the paint of a screen drawn from its code, a shared link's).
 */
export function markInteractive(): void {
  performance.mark('ml-comp:interactive');
  live.value = true;
  afterPaint(ready);
}

/** Resolves once every island asked for so far has its code. */
export const islandsLoaded = (): Promise<unknown> => interactive.then(() => Promise.all(loading));

const fresh: (() => void)[] = [];

/**
 * Prerendering (src/prerender.tsx), before each page: every island waits for its code once more, so each
 * page's HTML marks it as a part that loads later (<!--$s-->). Without the mark, the browser's first render
 * would draw the part again beside its prerendered HTML instead of keeping that.
 */
export const freshIslands = (): void => {
  for (const f of fresh) f();
};

/**
 * A component whose code loads after the screen is interactive, in a `display: contents` wrapper
 * (`.island`) that a returning user's reload keeps hidden until it is drawn with the saved data, and
 * its own boundary (where it waits for its code: the StatusBar sits outside the screens' boundary).
 */
export function island<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let Lazy: ComponentType<P>;
  let arrived: Promise<unknown> = Promise.resolve();
  let done = false;
  const make = () => {
    done = false;
    Lazy = lazy(() => {
      // Each island is drawn in a task of its own (a timer after its code): drawn together, they would be
      // one long task, the screen unresponsive meanwhile.
      const p = interactive.then(load).then((c) => new Promise<typeof c>((r) => setTimeout(() => r(c))));
      loading.push(p);
      // Settled either way: on a failure its boundary shows it.
      arrived = p.then(
        () => {
          done = true;
        },
        () => {},
      );
      return p;
    }) as ComponentType<P>;
  };
  make();
  fresh.push(make);
  return class Island extends Component<P> {
    here = done;
    /** Its key: changed to draw the part anew, not over its prerendered HTML (see `stateChanged`). */
    anew = 0;
    override componentDidMount() {
      const come = () => {
        this.here = true;
        // Hydrated while the state was the prerendered one: since changed, it is drawn anew instead.
        if (changedSinceHydrate()) this.anew = 1;
        this.forceUpdate();
      };
      if (!this.here) arrived.then(come);
    }
    // Until its code has arrived, a re-render of the screen does not reach the waiting part: drawn over
    // while it waits, it would be drawn again beside its prerendered HTML. Then it is drawn with the
    // latest props.
    override shouldComponentUpdate() {
      return this.here;
    }
    // Inert until then: its prerendered buttons and fields would take a click or a keystroke and do
    // nothing (a CSV download clicked at once was lost).
    override render(props: P) {
      return (
        <div class="island" inert={!this.here}>
          <ErrorBoundary>
            <Lazy key={this.anew} {...props} />
          </ErrorBoundary>
        </div>
      );
    }
  };
}
