import { type AssumptionValues, defaultAssumptions } from './assumptions';
import { estimate } from './estimate';
import { type Offer, type OfferYear, offerYears } from './offer';
import { tiers } from './options';
import { percentileInRange } from './stats';

/** An offer's place in its own market: base against market base, pay against market pay, like with like. */
export interface MarketPosition {
  /** Percentile (0–100) of the offer's pay, first year and the average of years 1–4. */
  firstYear: number;
  fourYearAverage: number;
  /** Percentile of the offer's base against the market base for its profile. */
  base: number;
  /**
   * Which parts of the offer were held against the market's total pay: the seed's market additional pay
   * is cash (base + bonus is compared); the Meta example's includes stock (base + bonus + equity).
   */
  compared: 'base+bonus' | 'base+bonus+equity';
  /** Parts that are compared but were not entered (0): the position is then below what it would be. */
  missing: ('bonus' | 'equity')[];
}

/**
 * Where the offer sits in the market estimate for its own profile (level, location, tier,
 * specialization). Sign-on, a one-time payment, and the 401(k) match are never compared: the market
 * figures are yearly pay without them.
 */
export function offerPercentile(
  offer: Offer,
  a: AssumptionValues = defaultAssumptions,
  years: readonly OfferYear[] = offerYears(offer, 4),
): MarketPosition {
  const e = estimate(offer.profile, a);
  const tier = tiers.find((t) => t.id === offer.profile.tier);
  const withStock = tier?.additionalKind === 'cash-and-stock';
  const pay = years.slice(0, 4).map((y) => y.base + y.bonus + (withStock ? y.equity : 0));
  const p = (x: number, r = e.total) => percentileInRange(x, r, e.percentiles.low, e.percentiles.high);
  const missing: MarketPosition['missing'] = [];
  if (offer.bonusTargetPct === 0) missing.push('bonus');
  if (withStock && offer.equity.grant === 0 && !(offer.refresher && offer.refresher.annualGrant > 0)) {
    missing.push('equity');
  }
  return {
    firstYear: p(pay[0] as number),
    fourYearAverage: p(pay.reduce((s, x) => s + x, 0) / pay.length),
    base: p(offer.base, e.base),
    compared: withStock ? 'base+bonus+equity' : 'base+bonus',
    missing,
  };
}
