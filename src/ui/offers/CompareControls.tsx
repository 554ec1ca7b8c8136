import { bases } from '../../model';
import { cities } from '../../state/app';
import { pretax401k } from '../../state/cities';
import { basisLabels, compareBasis } from '../../state/compare';
import { HouseholdFields } from '../shared/HouseholdFields';
import { householdText } from '../shared/household';

export const basisHints = {
  'pre-tax': 'pay as offered',
  'after-tax': 'each offer taxed where it is',
  'after-tax-and-prices': 'after tax, at US-average prices',
} as const;

/**
 * How offers are compared: the basis, and the household's filing status and 401(k) (shared with Cities).
 * `places`: the compared offers' places (their projected tax figures are the ones listed).
 */
export function CompareControls({ places }: { places: readonly string[] }) {
  const set = cities.value;
  const k = pretax401k.value;
  return (
    <form class="compare-controls" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Compare on</legend>
        {bases.map((b) => (
          <label class="radio" key={b}>
            <input
              type="radio"
              name="compare-basis"
              value={b}
              checked={compareBasis.value === b}
              onChange={() => {
                compareBasis.value = b;
              }}
            />
            <span>
              {basisLabels[b][0]?.toUpperCase()}
              {basisLabels[b].slice(1)} <span class="sub">{basisHints[b]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {/* On paper the choices are a line that states them, not radios and boxes. */}
      <p class="print-only note" data-testid="compare-basis-printed">
        Compared {basisLabels[compareBasis.value]} ({basisHints[compareBasis.value]})
        {compareBasis.value === 'pre-tax' ? '.' : `: ${householdText()}.`}
      </p>
      {compareBasis.value !== 'pre-tax' && (
        <div class="household">
          <HouseholdFields
            idPrefix="compare"
            k401Error={k.ok ? undefined : k.message}
            shared="also used on Cities"
            places={places}
          />
          <p class="note" data-testid="compare-tax-year">
            Tax year {set.taxYear} rules for every year of every offer
            {set.taxYear === 2026
              ? ' (the latest known: later years’ rules are not published yet).'
              : ' (as you chose; 2026’s are the latest known).'}
          </p>
        </div>
      )}
    </form>
  );
}
