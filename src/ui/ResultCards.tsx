import type { Estimate, Range } from '../model';
import { usd } from './format';
import { ordinal } from './ordinal';

interface Props {
  estimate: Estimate;
}

const rows: { key: 'base' | 'additional' | 'total'; label: string }[] = [
  { key: 'total', label: 'Total compensation' },
  { key: 'base', label: 'Base salary' },
  { key: 'additional', label: 'Additional (bonus, equity)' },
];

function RangeText({ r, big }: { r: Range; big?: boolean }) {
  return (
    <>
      <p class={big ? 'typical big' : 'typical'} data-testid="typical">
        {usd(r.typical)}
      </p>
      <p class="span">
        <span data-testid="low">{usd(r.low)}</span> – <span data-testid="high">{usd(r.high)}</span>
      </p>
    </>
  );
}

/** Total, base and additional pay as ranges, the typical value large. */
export function ResultCards({ estimate }: Props) {
  const { low, high } = estimate.percentiles;
  return (
    <section class="results" aria-labelledby="results-title" aria-live="polite">
      <h2 id="results-title">Market estimate, per year</h2>
      <div class="cards">
        {rows.map((row) => (
          <article class={`card card-${row.key}`} key={row.key} data-testid={`result-${row.key}`}>
            <h3>{row.label}</h3>
            <RangeText r={estimate[row.key]} big={row.key === 'total'} />
          </article>
        ))}
      </div>
      <p class="note">
        Typical is the median; the range runs from the {ordinal(low)} to the {ordinal(high)} percentile (an
        assumption you can change in <a href="/settings">Settings</a>).
      </p>
      {estimate.confidence === 'extrapolated' && (
        <p class="warn" data-testid="low-confidence">
          Lower confidence: the seed has no pay band for this level, so it is extrapolated from the senior
          band.
        </p>
      )}
    </section>
  );
}
