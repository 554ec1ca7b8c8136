// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { offerYears } from '../../src/model';
import { defaultCitySet } from '../../src/model/domain';
import { cities } from '../../src/state/app';
import { AprilBill } from '../../src/ui/offers/AprilBill';
import { cashOffer } from '../fixtures/offers';

afterEach(cleanup);

it('names the estimated-tax dates by month and day, not dates of a year that may be past', () => {
  cities.value = {
    ...defaultCitySet,
    taxYear: 2026,
    filingStatus: 'single',
    priorTaxText: '',
    priorAgiText: '',
  };
  // $150,000 base and $250,000 a year vesting in Texas: the RSUs are withheld at the flat 22%, well under
  // the 35% bracket they land in, so withholding falls short of 90% of the year's tax.
  const offer = cashOffer('texas', 150_000, 1_000_000);
  render(<AprilBill offer={offer} years={offerYears(offer)} />);
  const text = screen.getByTestId('safe-harbor').textContent ?? '';
  expect(text).toMatch(
    /Pay \$[\d,]+ by each of April 15, June 15 and September 15 of the year and January 15 of the next\.$/,
  );
  expect(text).not.toMatch(/20\d\d-/);
});
