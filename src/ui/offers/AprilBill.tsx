import { type Offer, type OfferYear, parseNumber } from '../../model';
import { aprilBill } from '../../model/equity/withholding';
import { placeIn } from '../../model/placeTax';
import { cities } from '../../state/app';
import { household, setCities } from '../../state/cities';
import { usd } from '../shared/format';
import { NumField } from '../shared/NumField';

interface Props {
  offer: Offer;
  years: readonly OfferYear[];
}

const dueText = (due: number) => (due >= 0 ? `${usd(due)} due` : `${usd(-due)} back`);

/**
 * Cash flow by year: what payroll withholds (the base as it owes, bonus, sign-on and vested RSUs at the
 * supplemental rates) against the tax owed, the balance at filing, and year 1's safe-harbor payments.
 */
export function AprilBill({ offer, years }: Props) {
  const set = cities.value;
  // Last year's tax and AGI belong to the household: kept with the Cities choices, like the 401(k).
  const taxText = set.priorTaxText;
  const agiText = set.priorAgiText;
  const setTaxText = (priorTaxText: string) => setCities({ priorTaxText });
  const setAgiText = (priorAgiText: string) => setCities({ priorAgiText });
  const money = (label: string) => ({ label, min: 0, max: 100_000_000, money: true });
  const tax = parseNumber(taxText, money('Last year’s federal income tax'));
  const agi = parseNumber(agiText, money('Last year’s AGI'));
  // Last year's tax and AGI, when both are given, set year 1's safe harbor.
  const prior =
    tax.ok && agi.ok && tax.value !== undefined && agi.value !== undefined
      ? { tax: tax.value, agi: agi.value }
      : undefined;
  // Every year of the after-tax table above, so the two tables read row by row.
  const bills = years.map((y, i) =>
    aprilBill({
      ...household.value,
      ...placeIn(offer.profile.location, household.value.places),
      base: y.base,
      supplemental: y.bonus + y.signOn + y.equity,
      notWithheld: y.espp,
      ...(i === 0 && prior ? { priorYear: prior } : {}),
    }),
  );
  const first = bills[0];
  if (!first) return null;
  const sh = first.safeHarbor;
  return (
    <section class="april-bill" aria-labelledby="april-title" data-testid="april-bill">
      <h3 id="april-title">The tax bill in April</h3>
      <table class="years stacked">
        <caption>
          Withheld from pay against the tax owed (federal, state and city), tax year {set.taxYear} rules for
          every year
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Withheld</th>
            <th scope="col">Owed</th>
            <th scope="col">At filing</th>
          </tr>
        </thead>
        <tbody>
          {bills.map((b, i) => (
            <tr key={years[i]?.year}>
              <th scope="row">Year {years[i]?.year}</th>
              <td data-label="Withheld">{usd(b.withheld)}</td>
              <td data-label="Owed">{usd(b.owed)}</td>
              <td data-label="At filing" class="total">
                {dueText(b.due)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NumField
        id="prior-tax"
        label="Last year’s federal income tax (optional)"
        hint="From last year’s return: for the safe harbor"
        value={taxText}
        error={tax.ok ? undefined : tax.message}
        onInput={setTaxText}
      />
      <NumField
        id="prior-agi"
        label="Last year’s AGI (optional)"
        hint="Above $150,000, the safe harbor asks for 110% of last year’s tax"
        value={agiText}
        error={agi.ok ? undefined : agi.message}
        onInput={setAgiText}
      />
      <p class="note" data-testid="safe-harbor">
        Year 1, federal: withholding {usd(sh.withheld)} against the {usd(sh.required)} that avoids an
        underpayment penalty (the smaller of 90% of the year’s tax and {sh.priorYearPct}% of last year’s
        {sh.priorYearAssumed ? ', here this year’s tax standing in for last year’s' : ''}).{' '}
        {sh.withholdingMeets || sh.underThreshold
          ? 'Withholding is enough: no estimated payments needed.'
          : `Pay ${usd(sh.quarterly[0]?.amount ?? 0)} by each of April 15, June 15 and September 15 of the year and January 15 of the next.`}
      </p>
      {offer.privateEquity && (
        <p class="note" data-testid="april-exit">
          Startup equity is not in this table: an exit’s tax is owed in the exit’s year (see “Equity at an
          exit”).{' '}
          {offer.privateEquity.kind === 'options' && offer.privateEquity.optionType === 'iso'
            ? 'Nothing is withheld on ISOs exercised and sold at it.'
            : 'What the employer withholds on it (as supplemental wages) is not here either.'}
        </p>
      )}
      <ul class="note">
        {first.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
