import { type Offer, type OfferYear, offerAfterTax, payrollTotal, steadyYear } from '../../model';
import { samePlace } from '../../model/cityComparison';
import { livesIn } from '../../model/placeTax';
import { cities } from '../../state/app';
import { household } from '../../state/cities';
import { placeName } from '../../state/places';
import { usd } from '../shared/format';
import { SALT_TEXT } from '../shared/household';
import { AprilBill } from './AprilBill';

interface Props {
  offer: Offer;
  years: readonly OfferYear[];
}

/** The offer's years after tax in its location, and what withholding leaves due at filing. */
export function AfterTaxTable({ offer, years }: Props) {
  const set = cities.value;
  const opts = { location: offer.profile.location, ...household.value };
  const rows = offerAfterTax(years, opts);
  const hsa = rows.some((r) => r.hsa > 0);
  const steady = steadyYear(offer);
  const lives = livesIn(offer.profile.location, rows[0]?.tax.state);
  return (
    <>
      <table class="years stacked" data-testid="after-tax-table">
        <caption>
          After tax, year by year (USD; tax year {cities.value.taxYear} rules for every year
          {cities.value.taxYear === 2026
            ? ': later years’ rules are not published yet)'
            : ', as chosen on Cities)'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Wages</th>
            <th scope="col">Deduction</th>
            <th scope="col">Federal</th>
            <th scope="col">FICA</th>
            <th scope="col">State, city and payroll programs</th>
            {opts.pretax401k > 0 && <th scope="col">Your 401(k)</th>}
            <th scope="col">Take-home</th>
            <th scope="col">{hsa ? '+ match and HSA' : '+ 401(k) match'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">
                Year {r.year}
                {r.year === steady ? ' (steady state)' : ''}
              </th>
              <td data-label="Wages">{usd(r.wages)}</td>
              <td data-label="Deduction">
                {usd(r.tax.federalDeduction.amount)}{' '}
                <small class="kind">{r.tax.federalDeduction.kind === 'salt' ? 'itemized' : 'standard'}</small>
              </td>
              <td data-label="Federal">{usd(r.tax.federalIncomeTax)}</td>
              <td data-label="FICA">{usd(r.tax.socialSecurity + r.tax.medicare)}</td>
              <td data-label="State, city and payroll programs">
                {usd(r.tax.stateIncomeTax + r.tax.localIncomeTax + payrollTotal(r.tax))}
              </td>
              {opts.pretax401k > 0 && <td data-label="Your 401(k)">{usd(r.tax.pretax401k)}</td>}
              <td data-label="Take-home" class="total">
                {usd(r.net)}
              </td>
              <td data-label={hsa ? '+ match and HSA' : '+ 401(k) match'}>{usd(r.match + r.hsa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="note" data-testid="after-tax-household">
        {set.filingStatus === 'single' ? 'Single' : 'Married filing jointly (one earner)'}, the larger of the
        standard deduction and {SALT_TEXT}
        {opts.pretax401k ? `, ${usd(opts.pretax401k)} pre-tax 401(k)` : ''}
        {lives ? `, living in ${lives} (tax another state charges for working there is left out)` : ''}:
        change these on the <a href="/cities">Cities screen</a>
        {lives && !set.locations.some((l) => samePlace(l, offer.profile.location))
          ? ` (add ${placeName(offer.profile.location)} there to choose where in it you live)`
          : ''}
        .
      </p>
      <AprilBill offer={offer} years={years} />
    </>
  );
}
