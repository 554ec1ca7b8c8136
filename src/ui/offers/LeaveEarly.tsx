import { useState } from 'preact/hooks';
import { leaveAfter, type Offer, parseNumber } from '../../model';
import { clawback } from '../../model/equity/benefits';
import { leavingWith } from '../../state/compare';
import { usd } from '../shared/format';
import { NumField } from '../shared/NumField';

interface Props {
  offer: Offer;
  /** Its startup equity's fields are still to fill in or fix: that equity is not counted here either. */
  equityPending?: 'fill in' | 'fix' | undefined;
}

/** "If I leave after N months": what I take away and the equity I leave behind. */
export function LeaveEarly({ offer, equityPending }: Props) {
  const [text, setText] = useState('18');
  const r = parseNumber(text, { label: 'Months', min: 0, max: 120, integer: true });
  // Empty: nothing to say yet (not "after 0 months").
  const months = r.ok ? r.value : undefined;
  const result = months === undefined ? undefined : leaveAfter(offer, months);
  const startup = months === undefined ? null : leavingWith(offer, months);
  const count = (n: number) => usd(n).replace('$', '');
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
      {r.ok && months === undefined && <p class="hint">Enter the months to see what you would take away.</p>}
      {result && (
        <p data-testid="leave-result">
          After {months} months you take away <strong>{usd(result.earned)}</strong> before tax
          {startup ? (
            ' in pay.'
          ) : equityPending ? (
            ` in pay; the startup equity is left out until ${equityPending === 'fix' ? 'its marked fields are fixed' : 'its fields are filled in'}.`
          ) : (
            <>
              {' '}
              and leave <strong>{usd(result.forfeitedEquity)}</strong> of unvested equity behind.
            </>
          )}
        </p>
      )}
      {startup && (
        <p data-testid="leave-startup">
          {startup.vested === 0
            ? `None of the ${count(startup.forfeited)} ${startup.kind === 'options' ? 'options' : 'RSUs'} has vested yet${startup.boughtAtGrant ? `: the company buys them all back at the strike (${usd(startup.buyBack)} back)` : ': all are forfeited'}.`
            : startup.boughtAtGrant
              ? `${count(startup.vested)} of the shares bought at grant have vested and are yours; the company buys back the ${count(startup.forfeited)} unvested at the strike (${usd(startup.buyBack)} back).`
              : startup.kind === 'private-rsu'
                ? `${count(startup.vested)} RSUs have vested: you keep them, and they pay at an exit; ${count(startup.forfeited)} unvested are forfeited.`
                : `${count(startup.vested)} options have vested (${count(startup.forfeited)} unvested are forfeited). To keep them, buy them within ${startup.window} of leaving: ${usd(startup.exerciseCost)} at the strike${startup.spread > 0 ? `, plus ${usd(startup.tax)} of tax on the ${usd(startup.spread)} spread at the 409A price` : offer.privateEquity?.fmv409a ? ' (no spread at the 409A price, so no tax at exercise)' : ' (no 409A price entered, so any tax on the spread at exercise is left out: enter it above)'}. Not bought in time, they are worth nothing.`}
        </p>
      )}
      <p class="note">
        Assumed: base, the 401(k) match, the ESPP gain and the HSA contribution accrue monthly; the bonus is
        paid at each anniversary; the sign-on follows the clawback chosen (not stated: each year’s is assumed
        kept once that year is worked; year 2’s is paid at month 12)
        {result && offer.clawback && offer.clawback !== 'none' && months !== undefined
          ? `: leaving now, you repay ${usd(clawback({ signOn: offer.signOn, leaveAfterMonths: months, rule: offer.clawback }).repay)}`
          : ''}
        ; after the cliff, equity vests monthly.
      </p>
    </section>
  );
}
