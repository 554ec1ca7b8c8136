import { bases, k401Rules, normalizedText, taxYears } from '../../model';
import { cities } from '../../state/app';
import { pretax401k, setCities } from '../../state/cities';
import { basisLabels, compareBasis } from '../../state/compare';
import { NumField } from '../shared/NumField';

const basisHints = {
  'pre-tax': 'pay as offered',
  'after-tax': 'each offer taxed where it is',
  'after-tax-and-prices': 'after tax, at US-average prices',
} as const;

/** How offers are compared: the basis, and the household's filing status and 401(k) (shared with Cities). */
export function CompareControls() {
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
      {compareBasis.value !== 'pre-tax' && (
        <div class="household">
          <fieldset>
            <legend>Filing status (also used on Cities)</legend>
            <label class="radio">
              <input
                type="radio"
                name="compare-filing"
                checked={set.filingStatus === 'single'}
                onChange={() => setCities({ filingStatus: 'single' })}
              />
              Single
            </label>
            <label class="radio">
              <input
                type="radio"
                name="compare-filing"
                checked={set.filingStatus === 'married-joint'}
                onChange={() => setCities({ filingStatus: 'married-joint' })}
              />
              Married filing jointly (one earner)
            </label>
          </fieldset>
          <NumField
            id="compare-401k"
            label="Your pre-tax 401(k), USD a year (also used on Cities)"
            hint="Lowers income tax; it stays your money, so it is not taken off."
            value={set.pretax401kText}
            error={k.ok ? undefined : k.message}
            reads={normalizedText(set.pretax401kText, k401Rules)}
            onInput={(pretax401kText) => setCities({ pretax401kText })}
          />
          <fieldset>
            <legend>Tax year (also used on Cities)</legend>
            {taxYears.map((y) => (
              <label class="radio" key={y}>
                <input
                  type="radio"
                  name="compare-tax-year"
                  checked={set.taxYear === y}
                  onChange={() => setCities({ taxYear: y })}
                />
                {y}
              </label>
            ))}
          </fieldset>
          <p class="note" data-testid="compare-tax-year">
            Tax year {set.taxYear} rules for every year of every offer (the latest known; later years’ rules
            are not published yet).
          </p>
        </div>
      )}
    </form>
  );
}
