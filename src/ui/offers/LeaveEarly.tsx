import { useState } from 'preact/hooks';
import { leaveAfter, type Offer, parseNumber } from '../../model';
import { usd } from '../shared/format';
import { NumField } from '../shared/NumField';

interface Props {
  offer: Offer;
}

/** "If I leave after N months": what I take away and the equity I leave behind. */
export function LeaveEarly({ offer }: Props) {
  const [text, setText] = useState('18');
  const r = parseNumber(text, { label: 'Months', min: 0, max: 120, integer: true });
  const months = r.ok ? (r.value ?? 0) : undefined;
  const result = months === undefined ? undefined : leaveAfter(offer, months);
  return (
    <section class="leave" aria-labelledby="leave-title">
      <h2 id="leave-title">If I leave early</h2>
      <NumField
        id="leave-months"
        label="Leave after (months)"
        value={text}
        error={r.ok ? undefined : r.message}
        onInput={setText}
      />
      {result && (
        <p data-testid="leave-result">
          After {months} months you take away <strong>{usd(result.earned)}</strong> and leave{' '}
          <strong>{usd(result.forfeitedEquity)}</strong> of unvested equity behind.
        </p>
      )}
      <p class="note">
        Assumed: base and 401(k) accrue monthly; the bonus is paid at each anniversary; a sign-on is kept only
        if you stay through its year; after the cliff, equity vests monthly.
      </p>
    </section>
  );
}
