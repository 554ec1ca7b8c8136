import { useEffect, useRef } from 'preact/hooks';
import { equityToDo, expectedEquity, type OfferView } from '../../state/offers';
import { usd } from '../shared/format';

/** The bar whose height `--summary-bar` holds. */
let owner: HTMLElement | undefined;

/**
 * The offer's headline numbers, kept in view on a phone while its fields are typed (sticky above the
 * tab bar), with a way down to the rest; on a wide screen the results sit beside the form instead.
 */
export function OfferSummaryBar({ view }: { view: OfferView }) {
  const bar = useRef<HTMLDivElement>(null);
  // Its height (two or three lines on a phone, none where it is hidden) keeps a field brought into view
  // by Tab or focus clear of it: the page's scroll-padding (app.css) reads it.
  useEffect(() => {
    const el = bar.current;
    const root = document.documentElement.style;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const o = new ResizeObserver(() => {
      owner = el;
      root.setProperty('--summary-bar', `${Math.ceil(el.offsetHeight)}px`);
    });
    o.observe(el);
    return () => {
      o.disconnect();
      // Another offer's bar drawn before this one left keeps its own height.
      if (owner === el) root.removeProperty('--summary-bar');
    };
  }, []);
  const equity = view.ok ? expectedEquity(view) : undefined;
  return (
    <div class="offer-summary-bar" aria-live="polite" data-testid="offer-summary-bar" ref={bar}>
      {view.ok ? (
        <p>
          First year <strong>{usd(view.summary.firstYear)}</strong> · 4-year average{' '}
          <strong>{usd(view.summary.fourYearAverage)}</strong>
          {equity === 'no-exit' ? ' · equity: add an exit to weigh it' : null}
          {typeof equity === 'number' ? (
            <>
              {' '}
              · equity expected <strong>{usd(equity)}</strong>
            </>
          ) : null}
          {view.equityErrors ? ` · equity left out: ${equityToDo(view)} its fields` : null}
        </p>
      ) : (
        <p>Fix the marked fields to see the numbers.</p>
      )}
      <a href="#worth-title">Details ↓</a>
    </div>
  );
}
