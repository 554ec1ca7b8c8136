// Other parts of an offer: an employee stock purchase plan (IRC §423), a sign-on bonus's clawback on
// leaving early, and the employer's HSA contribution (IRC §223).
import benefitsJson from '../../../data/benefits.json' with { type: 'json' };
import type { ClawbackRule as OfferClawback } from '../offerFields';

const espp = benefitsJson.espp;
const cents = (x: number): number => Math.round(x * 100) / 100;

function check(values: Record<string, number>): void {
  for (const [name, v] of Object.entries(values))
    if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`${name} must be a number of 0 or more`);
}

/** Why ESPP income is wages without payroll tax or withholding, with the law relied on. */
export const esppPayrollTaxNote =
  'ESPP income is ordinary income reported as wages (W-2), subject to income tax, but not to Social Security or Medicare (IRC §3121(a)(22); FUTA §3306(b)(19); written into law by the American Jobs Creation Act of 2004 §251 after the moratorium of IRS Notice 2002-47) and nothing is withheld on it (IRC §§421(b), 423(c)), so its tax is paid with the return or in estimated payments.';

/** A sale before the holding periods end: the disqualifying disposition. */
export const esppDisqualifyingExplanation =
  'Sold before 2 years from the offering date and 1 year from the purchase (a disqualifying disposition, IRC §421(b); Treas. Reg. §1.421-2(b)): the spread at purchase (fair market value at purchase − price paid) is ordinary income in the year of the sale; the basis is the price paid plus that income, so a sale at the purchase-date value has no capital gain, and any later rise or fall is a capital gain or loss, short- or long-term by how long the shares were held after purchase.';

/** A sale after both holding periods: the qualifying disposition. */
export const esppQualifyingExplanation =
  'Held 2 years from the offering date and 1 year from the purchase (a qualifying disposition, IRC §423(a), (c); Treas. Reg. §1.423-2(k)): ordinary income is the lesser of the actual gain (sale price − price paid) and the discount at the offering date (the discount percentage × the offering-date price, as if bought then), never below 0; the rest of the gain (or a loss) is a long-term capital gain (or loss).';

export interface EsppInput {
  /** What the employee puts in over the year (USD). */
  contributionUsd: number;
  /** The plan's discount, 0 to 15 (IRC §423(b)(6)). */
  discountPct: number;
  /** Price paid on the lower of the offering-date and purchase-date prices. */
  lookback: boolean;
  /** Fair market value a share at the offering (grant) date. */
  offeringPrice: number;
  /** Fair market value a share at the purchase date. */
  purchasePrice: number;
  year: number;
  /** The sale: by default at purchase, at the purchase-date price, a disqualifying disposition. */
  sale?: { price: number; qualifying: boolean };
}

export interface EsppYear {
  year: number;
  /** Price paid a share: (1 − discount) × (lookback ? min(offering, purchase) : purchase). */
  pricePaid: number;
  /** The §423(b)(8) cap: $25,000 ÷ the offering-date price. */
  maxShares: number;
  shares: number;
  capped: boolean;
  /** The contribution that bought shares; the rest over the cap is refunded. */
  contributionUsed: number;
  refunded: number;
  valueAtPurchase: number;
  /** (Purchase-date value − price paid) × shares. */
  spread: number;
  disposition: 'disqualifying' | 'qualifying';
  salePrice: number;
  proceeds: number;
  /** Wages for income tax, without payroll tax (esppPayrollTaxNote). */
  ordinaryIncome: number;
  /** Proceeds − price paid − ordinary income; negative is a loss. */
  capitalGain: number;
  capitalGainTerm: 'none' | 'long' | 'short-or-long';
  /** Social Security and Medicare on the income: none. */
  payrollTax: 0;
  explanation: string;
}

/**
 * A year of an ESPP with one purchase: the shares bought at the discounted (and, with a lookback, lower)
 * price, capped by IRC §423(b)(8); the income on selling them. Fractional shares are bought.
 */
export function esppYear(input: EsppInput): EsppYear {
  const { contributionUsd, discountPct, offeringPrice, purchasePrice } = input;
  check({ contributionUsd, discountPct });
  if (!(offeringPrice > 0 && purchasePrice > 0 && Number.isFinite(offeringPrice + purchasePrice)))
    throw new RangeError('share prices must be more than 0');
  if (discountPct > espp.maxDiscountPct)
    throw new RangeError(`a §423 plan's discount is at most ${espp.maxDiscountPct}%`);
  const sale = input.sale ?? { price: purchasePrice, qualifying: false };
  check({ salePrice: sale.price });

  const priceBase = input.lookback ? Math.min(offeringPrice, purchasePrice) : purchasePrice;
  const pricePaid = (priceBase * (100 - discountPct)) / 100;
  const maxShares = espp.annualLimitUsd / offeringPrice;
  const wanted = contributionUsd / pricePaid;
  const capped = wanted > maxShares;
  const shares = capped ? maxShares : wanted;
  const contributionUsed = capped ? shares * pricePaid : contributionUsd;
  const cost = shares * pricePaid;
  const spread = shares * (purchasePrice - pricePaid);
  const proceeds = shares * sale.price;
  const gain = proceeds - cost;
  const discountAtOffering = (shares * offeringPrice * discountPct) / 100;
  const ordinaryIncome = sale.qualifying ? Math.max(0, Math.min(gain, discountAtOffering)) : spread;
  const capitalGain = gain - ordinaryIncome;
  const atPurchase = !sale.qualifying && sale.price === purchasePrice;
  return {
    year: input.year,
    pricePaid: cents(pricePaid),
    maxShares,
    shares,
    capped,
    contributionUsed: cents(contributionUsed),
    refunded: cents(contributionUsd - contributionUsed),
    valueAtPurchase: cents(shares * purchasePrice),
    spread: cents(spread),
    disposition: sale.qualifying ? 'qualifying' : 'disqualifying',
    salePrice: sale.price,
    proceeds: cents(proceeds),
    ordinaryIncome: cents(ordinaryIncome),
    capitalGain: cents(capitalGain),
    capitalGainTerm: sale.qualifying ? 'long' : atPurchase ? 'none' : 'short-or-long',
    payrollTax: 0,
    explanation: sale.qualifying ? esppQualifyingExplanation : esppDisqualifyingExplanation,
  };
}

/** A repayment rule (the offer form's other two: no clawback, and not stated). */
export type ClawbackRule = Exclude<OfferClawback, 'per-year' | 'none'>;

/** The clawback rules an offer letter may carry: the window, and whether the repayment is prorated. */
export const clawbackRules: Readonly<
  Record<ClawbackRule, { label: string; windowMonths: 12 | 24; prorated: boolean }>
> = {
  'full-12': { label: 'Repay all if leaving within 12 months', windowMonths: 12, prorated: false },
  'prorated-12': { label: 'Repay a prorated part within 12 months', windowMonths: 12, prorated: true },
  'full-24': { label: 'Repay all if leaving within 24 months', windowMonths: 24, prorated: false },
  'prorated-24': { label: 'Repay a prorated part within 24 months', windowMonths: 24, prorated: true },
};

/** What the clawback model assumes. */
export const clawbackNote =
  'The year-1 sign-on is paid at the start, the year-2 one at month 12; only what was paid is repaid. Prorated: the sign-on paid is earned evenly month by month over the window, and the months not yet worked are repaid. The tax on a repayment (wages repaid in a later year: a deduction, or the IRC §1341 credit above $3,000) is not modelled.';

export interface Clawback {
  /** The sign-on paid by the time of leaving. */
  received: number;
  repay: number;
  /** Received − repay. */
  keep: number;
  windowMonths: 12 | 24;
}

/** What is repaid of a sign-on bonus when leaving after `leaveAfterMonths` whole months. */
export function clawback(input: {
  signOn: { year1: number; year2: number };
  leaveAfterMonths: number;
  rule: ClawbackRule;
}): Clawback {
  const { signOn, leaveAfterMonths: m, rule } = input;
  check({ year1: signOn.year1, year2: signOn.year2 });
  if (!Number.isInteger(m) || m < 0)
    throw new RangeError('months worked must be a whole number of 0 or more');
  const r = clawbackRules[rule];
  if (!r) throw new RangeError(`Unknown clawback rule: ${String(rule)}`);
  const received = signOn.year1 + (m >= 12 ? signOn.year2 : 0);
  const within = m < r.windowMonths;
  const share = !within ? 0 : r.prorated ? (r.windowMonths - m) / r.windowMonths : 1;
  const repay = cents(received * share);
  return { received, repay, keep: cents(received - repay), windowMonths: r.windowMonths };
}

export type HsaCoverage = 'self' | 'family';

/** What the HSA model assumes and leaves out. */
export const hsaNote =
  'An employer’s HSA contribution is not income and not subject to Social Security or Medicare up to the year’s limit (IRC §106(d); IRS Pub. 969). Contributions above the limit are not allowed (IRC §223(b)): the excess is taxable income and, unless withdrawn with its earnings by the return’s due date, draws a 6% excise tax each year it stays (IRC §4973(g)). The limit is shared with the employee’s own contributions; the $1,000 catch-up from age 55 (IRC §223(b)(3)) and the high-deductible plan the account requires are not modelled.';

export interface HsaContribution {
  coverage: HsaCoverage;
  limit: number;
  /** The year whose limit applies: the year itself, or the latest published for a later year. */
  limitYear: number;
  taxFree: number;
  /** The part above the limit: not allowed, taxable. */
  taxable: number;
  overLimit: boolean;
  source: string;
}

type HsaYear = { year: number; self: number; family: number; source: string };
const hsaYears = benefitsJson.hsaLimits as Record<string, HsaYear>;
const hsaKnown = Object.keys(hsaYears).map(Number);

/** The employer's HSA contribution against the year's limit (a later year takes the latest published). */
export function hsaContribution(input: {
  amount: number;
  coverage: HsaCoverage;
  year: number;
}): HsaContribution {
  const { amount, coverage, year } = input;
  check({ amount });
  if (coverage !== 'self' && coverage !== 'family') throw new RangeError('coverage is self or family');
  const limitYear = Math.max(...hsaKnown.filter((y) => y <= year));
  const y = hsaYears[String(limitYear)];
  if (!y) throw new RangeError(`No HSA limit for ${year} (first known: ${Math.min(...hsaKnown)})`);
  const limit = y[coverage];
  const taxable = Math.max(0, amount - limit);
  return {
    coverage,
    limit,
    limitYear,
    taxFree: amount - taxable,
    taxable,
    overLimit: taxable > 0,
    source: y.source,
  };
}
