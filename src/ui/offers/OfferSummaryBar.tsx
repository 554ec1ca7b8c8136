import type { OfferView } from '../../state/offers';
import { usd } from '../shared/format';

/**
 * The offer's headline numbers, kept in view on a phone while its fields are typed (sticky above the
 * tab bar), with a way down to the rest; on a wide screen the results sit beside the form instead.
 */
export function OfferSummaryBar({ view }: { view: OfferView }) {
  return (
    <div class="offer-summary-bar" aria-live="polite" data-testid="offer-summary-bar">
      {view.ok ? (
        <p>
          First year <strong>{usd(view.summary.firstYear)}</strong> · 4-year average{' '}
          <strong>{usd(view.summary.fourYearAverage)}</strong>
          {view.exit && view.exit.scenarios.length === 0 ? ' · equity: add an exit to weigh it' : null}
          {view.exit && view.exit.scenarios.length > 0 ? (
            <>
              {' '}
              · equity expected <strong>{usd(Math.round(view.exit.expectedPayout))}</strong>
            </>
          ) : null}
          {view.equityErrors ? ' · equity left out: fix its fields' : null}
        </p>
      ) : (
        <p>Fix the marked fields to see the numbers.</p>
      )}
      <a href="#worth-title">Details ↓</a>
    </div>
  );
}
