import { employee401kLimit, k401Rules, normalizedText, taxSources, taxYears } from '../../model';
import { cities } from '../../state/app';
import { projections, projectionsFor, setCities } from '../../state/cities';
import { usd } from './format';
import { NumField } from './NumField';

interface Props {
  /** Makes the fields' ids and radio names unique on the page ("city", "compare"). */
  idPrefix: string;
  /** What is wrong with the 401(k) amount, if anything. */
  k401Error: string | undefined;
  /** Said after each legend where the same choices are also used elsewhere, e.g. "also used on Cities". */
  shared?: string;
  /** The places whose projected figures to list (default: the places chosen on Cities). */
  places?: readonly string[];
}

/**
 * The household's tax facts, set once for Cities and Compare: the tax year (and which figures are
 * projections), the filing status, the pre-tax 401(k) held to the year's limit, and the catch-up age.
 */
export function HouseholdFields({ idPrefix, k401Error, shared, places }: Props) {
  const set = cities.value;
  const limit = employee401kLimit(set.taxYear);
  const proj = places ? projectionsFor(places) : projections.value;
  const also = shared ? ` (${shared})` : '';
  return (
    <>
      <fieldset>
        <legend>Tax year{also}</legend>
        {taxYears.map((y) => (
          <label class="radio" key={y}>
            <input
              type="radio"
              name={`${idPrefix}-tax-year`}
              checked={set.taxYear === y}
              onChange={() => setCities({ taxYear: y })}
            />
            {y}
            {y === taxSources.year ? ' (the latest rules; later years use them too)' : ''}
          </label>
        ))}
        {set.taxYear === 2026 && (
          <p class="hint" data-testid="projection-note">
            Where a 2026 figure was not yet published, a projection is used and the data says so, with how it
            was projected{proj.length ? ':' : '.'}
          </p>
        )}
        {set.taxYear === 2026 && proj.length > 0 && (
          <details class="projections">
            <summary>Projected 2026 figures for these places ({proj.map((p) => p.state).join(', ')})</summary>
            <ul>
              {proj.map((p) => (
                <li key={p.state}>
                  {p.state}: {p.notes.join('; ')}
                </li>
              ))}
            </ul>
          </details>
        )}
      </fieldset>
      <fieldset>
        <legend>Filing status{also}</legend>
        <label class="radio">
          <input
            type="radio"
            name={`${idPrefix}-filing`}
            checked={set.filingStatus === 'single'}
            onChange={() => setCities({ filingStatus: 'single' })}
          />
          Single
        </label>
        <label class="radio">
          <input
            type="radio"
            name={`${idPrefix}-filing`}
            checked={set.filingStatus === 'married-joint'}
            onChange={() => setCities({ filingStatus: 'married-joint' })}
          />
          Married filing jointly (one earner)
        </label>
      </fieldset>
      <NumField
        id={`${idPrefix}-401k`}
        label={`Pre-tax 401(k) contribution (USD a year)${also}`}
        hint={`Lowers income tax, not Social Security or Medicare; it stays your money. Up to ${usd(limit.employee)} in ${limit.year} (${limit.source}).`}
        value={set.pretax401kText}
        error={k401Error}
        reads={normalizedText(set.pretax401kText, k401Rules)}
        onInput={(pretax401kText) => setCities({ pretax401kText })}
      />
      <label class="radio">
        <input
          type="checkbox"
          checked={set.age50OrOver}
          onChange={(e) => setCities({ age50OrOver: e.currentTarget.checked })}
        />
        50 or older by the end of {limit.year} (adds the {usd(limit.catchUp50)} catch-up)
      </label>
    </>
  );
}
