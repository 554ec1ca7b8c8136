import type { Estimate, Range } from '../../model';
import { usd } from '../shared/format';
import { ordinal } from '../shared/ordinal';

interface Props {
  estimate: Estimate;
}

const rows = (e: Estimate): { key: 'base' | 'additional' | 'total'; label: string }[] => [
  { key: 'total', label: 'Total compensation' },
  { key: 'base', label: 'Base salary' },
  {
    key: 'additional',
    label: e.additionalKind === 'cash' ? 'Additional cash (bonus)' : 'Additional (bonus and stock)',
  },
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

/** Where the estimate passes the seed's figures, said next to the numbers. */
function BeyondSeed({ estimate }: Props) {
  if (!estimate.extrapolated) return null;
  return (
    <div class="warn beyond" data-testid="beyond-seed" role="note">
      <p>
        <strong>Beyond the seed’s figures: an extrapolation.</strong> The seed supports no figure this high or
        no band at this level, so these numbers are the model’s multipliers carried past its data:
      </p>
      <ul>
        {estimate.extrapolation.map((x) => (
          <li key={x.limit} data-testid={`beyond-${x.limit}`}>
            {x.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Years of experience outside the level's span: why changing them moves nothing. */
function YearsOutside({ estimate }: Props) {
  const y = estimate.yearsOutside;
  if (!y) return null;
  const past = y.years > y.to;
  return (
    <p class="note" data-testid="years-outside">
      {y.years} {y.years === 1 ? 'year is' : 'years are'} {past ? 'past' : 'short of'} {y.levelLabel}’s
      typical {y.from}–{y.to} years
      {y.assumed && (
        <>
          {' '}
          (an assumption, in <a href="/settings">Settings</a>)
        </>
      )}
      : pay is held at the span’s {past ? 'top' : 'start'}, so {past ? 'more' : 'fewer'} years change nothing
      here.
      {y.where && ` They count at ${y.where}.`}
    </p>
  );
}

/** Total, base and additional pay as ranges, the typical value large. */
export function ResultCards({ estimate }: Props) {
  const { low, high } = estimate.percentiles;
  return (
    <section class="results" aria-labelledby="results-title" aria-live="polite">
      <h2 id="results-title">Market estimate, per year</h2>
      <div class="cards">
        {rows(estimate).map((row) => (
          <article class={`card card-${row.key}`} key={row.key} data-testid={`result-${row.key}`}>
            <h3>{row.label}</h3>
            <RangeText r={estimate[row.key]} big={row.key === 'total'} />
          </article>
        ))}
      </div>
      <BeyondSeed estimate={estimate} />
      <YearsOutside estimate={estimate} />
      <p class="note">
        Typical is the model’s median. Low and high are the seed’s ranges carried through the factors; they
        are read as the {ordinal(low)} and {ordinal(high)} percentiles (an assumption, in{' '}
        <a href="/settings">Settings</a>) only to place an offer in the range — changing that moves no dollar
        amount here.
      </p>
    </section>
  );
}
