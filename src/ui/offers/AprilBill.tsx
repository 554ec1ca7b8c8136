import type { Offer, OfferYear } from '../../model';
import { aprilBill } from '../../model/equity/withholding';
import { cities } from '../../state/app';
import { pretax401kAmount } from '../../state/cities';
import { usd } from '../shared/format';

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
  const bills = years.slice(0, 4).map((y) =>
    aprilBill({
      year: set.taxYear,
      location: offer.profile.location,
      filingStatus: set.filingStatus,
      pretax401k: pretax401kAmount.value,
      base: y.base,
      supplemental: y.bonus + y.signOn + y.equity,
      notWithheld: y.espp,
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
      <p class="note" data-testid="safe-harbor">
        Year 1, federal: withholding {usd(sh.withheld)} against the {usd(sh.required)} that avoids an
        underpayment penalty (the smaller of 90% of the year’s tax and {sh.priorYearPct}% of last year’s
        {sh.priorYearAssumed ? ', here this year’s tax standing in for last year’s' : ''}).{' '}
        {sh.withholdingMeets || sh.underThreshold
          ? 'Withholding is enough: no estimated payments needed.'
          : `Pay ${usd(sh.quarterly[0]?.amount ?? 0)} by each of ${sh.quarterly.map((q) => q.due).join(', ')}.`}
      </p>
      <ul class="note">
        {first.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
