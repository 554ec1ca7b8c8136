import { clawback, esppYear } from './equity/benefits';
import type { Extras } from './equity/offerEquity';
import { type VestingPreset, vestingPresetIds } from './offerFields';
import type { Profile } from './types';

export type { VestingPreset };
export { vestingPresetIds };

export type Vesting =
  | { kind: 'preset'; id: VestingPreset }
  | { kind: 'custom'; yearlyPct: number[]; cliffMonths: number };

/**
 * A job offer. Money in whole USD a year unless the name says otherwise. `Extras`: private equity (an
 * outcome at an exit, not in the years' totals), an ESPP, an employer HSA contribution, the clawback.
 */
export interface Offer extends Extras {
  profile: Profile;
  base: number;
  bonusTargetPct: number;
  signOn: { year1: number; year2: number };
  /** `grant`: value in USD at grant; `growthPct`: yearly change of the share price (may be negative). */
  equity: { grant: number; vesting: Vesting; growthPct?: number };
  /** A new grant of `annualGrant` at every anniversary, each vesting on its own schedule. */
  refresher?: { annualGrant: number; vesting: Vesting };
  retirementMatch?: { pct: number; capUsd?: number };
}

export interface OfferYear {
  year: number;
  base: number;
  bonus: number;
  signOn: number;
  equity: number;
  retirement: number;
  /** ESPP: the discount's gain on the shares bought that year, sold at purchase (wages, no payroll tax). */
  espp: number;
  /** The employer's HSA contribution (not income, within the year's limit). */
  hsa: number;
  total: number;
}

/** What of a year is W-2 wages (all but the 401(k) match and the HSA), and the part no payroll tax reaches. */
export const yearWages = (y: OfferYear): { wages: number; payrollExempt: number } => ({
  wages: y.total - y.retirement - y.hsa,
  payrollExempt: y.espp,
});

/**
 * A year's ESPP gain: the contribution (a share of base) buys at the plan's discount once a year, at the
 * start-of-year price with a lookback when lower; the share price moves by the equity growth assumption
 * (0 if empty). Sold at purchase, the gain is the discount: wages for income tax (./equity/benefits).
 */
function esppGain(offer: Offer, growth: number): number {
  const e = offer.espp;
  if (!e) return 0;
  const y = esppYear({
    contributionUsd: (offer.base * e.contributionPct) / 100,
    discountPct: e.discountPct,
    lookback: e.lookback,
    offeringPrice: 1,
    purchasePrice: 1 + growth,
    year: 2026,
  });
  return Math.round(y.ordinaryIncome);
}

export const vestingPresets: Readonly<
  Record<VestingPreset, { label: string; yearlyPct: readonly number[] }>
> = {
  'even-4y-cliff': { label: '4 years, even, 1-year cliff', yearlyPct: [25, 25, 25, 25] },
  'back-5-15-40-40': { label: '4 years, back-loaded 5/15/40/40', yearlyPct: [5, 15, 40, 40] },
  'front-40-30-20-10': { label: '4 years, front-loaded 40/30/20/10', yearlyPct: [40, 30, 20, 10] },
  'front-38-32-20-10': { label: '4 years, front-loaded 38/32/20/10', yearlyPct: [38, 32, 20, 10] },
  'even-3y': { label: '3 years, even, 1-year cliff', yearlyPct: [100 / 3, 100 / 3, 100 / 3] },
};

export interface Schedule {
  yearlyPct: readonly number[];
  cliffMonths: number;
}

/** Why a vesting schedule is unusable, or null when it is fine. */
export function vestingError(v: Vesting): string | null {
  if (v.kind === 'preset') return vestingPresets[v.id] ? null : `Unknown vesting preset: ${String(v.id)}`;
  const p = v.yearlyPct;
  if (p.length < 1 || p.length > 10) return 'A vesting schedule has 1 to 10 years.';
  if (p.some((x) => !Number.isFinite(x) || x < 0))
    return 'Each year’s vesting must be a number of 0 or more.';
  const sum = p.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > 0.01)
    return `The yearly percentages must add up to 100 (they add up to ${Number(sum.toFixed(2))}).`;
  if (!Number.isInteger(v.cliffMonths) || v.cliffMonths < 0 || v.cliffMonths > p.length * 12) {
    return `The cliff must be a whole number of months from 0 to ${p.length * 12}.`;
  }
  return null;
}

/** The yearly percentages and cliff of a vesting schedule; throws RangeError on an invalid one. */
export function schedule(v: Vesting): Schedule {
  const err = vestingError(v);
  if (err) throw new RangeError(err);
  return v.kind === 'preset'
    ? { yearlyPct: vestingPresets[v.id].yearlyPct, cliffMonths: 12 }
    : { yearlyPct: v.yearlyPct, cliffMonths: v.cliffMonths };
}

/**
 * Share of a grant vested `months` after it was granted: nothing before the cliff; after it, each
 * year's percentage vests evenly month by month, so at a 12-month cliff the first year vests at once.
 */
export function vestedFraction(s: Schedule, months: number): number {
  if (months < s.cliffMonths || months <= 0) return 0;
  const full = Math.min(Math.floor(months / 12), s.yearlyPct.length);
  let pct = 0;
  for (let i = 0; i < full; i++) pct += s.yearlyPct[i] as number;
  if (full < s.yearlyPct.length) pct += ((s.yearlyPct[full] as number) * (months % 12)) / 12;
  return Math.min(1, pct / 100);
}

interface Grant {
  amount: number;
  schedule: Schedule;
  /** Month (from the start date) the grant is made. */
  at: number;
}

/** Value vested from one grant between two months from the start; each vest is valued at (1+g)^(its year of the grant). */
function vestedValue(g: Grant, from: number, to: number, growth: number): number {
  let value = 0;
  const a = Math.max(0, from - g.at);
  const b = to - g.at;
  if (b <= a) return value;
  for (let k = Math.floor(a / 12) + 1; (k - 1) * 12 < b; k++) {
    const lo = Math.max(a, (k - 1) * 12);
    const hi = Math.min(b, k * 12);
    value += g.amount * (vestedFraction(g.schedule, hi) - vestedFraction(g.schedule, lo)) * (1 + growth) ** k;
  }
  return value;
}

function grants(offer: Offer, untilMonth: number): Grant[] {
  const list: Grant[] = [{ amount: offer.equity.grant, schedule: schedule(offer.equity.vesting), at: 0 }];
  if (offer.refresher && offer.refresher.annualGrant > 0) {
    const s = schedule(offer.refresher.vesting);
    for (let j = 1; 12 * j < untilMonth; j++)
      list.push({ amount: offer.refresher.annualGrant, schedule: s, at: 12 * j });
  }
  return list;
}

function check(offer: Offer) {
  const nums: [string, number][] = [
    ['base', offer.base],
    ['bonus target', offer.bonusTargetPct],
    ['sign-on year 1', offer.signOn.year1],
    ['sign-on year 2', offer.signOn.year2],
    ['equity grant', offer.equity.grant],
    ['refresher', offer.refresher?.annualGrant ?? 0],
    ['retirement match', offer.retirementMatch?.pct ?? 0],
    ['match cap', offer.retirementMatch?.capUsd ?? 0],
  ];
  for (const [name, x] of nums)
    if (!(Number.isFinite(x) && x >= 0)) throw new RangeError(`${name} must be 0 or more`);
  const g = offer.equity.growthPct ?? 0;
  if (!(Number.isFinite(g) && g > -100)) throw new RangeError('equity growth must be above −100%');
}

const retirementOf = (offer: Offer) => {
  const m = offer.retirementMatch;
  if (!m) return 0;
  const v = (offer.base * m.pct) / 100;
  return m.capUsd === undefined ? v : Math.min(v, m.capUsd);
};

/** The year the offer settles: once the initial grant (and a first refresher) have fully vested, and
 * the sign-on (a year-2 part included) is paid. */
export function steadyYear(offer: Offer): number {
  const initial = schedule(offer.equity.vesting).yearlyPct.length;
  const refresh =
    offer.refresher && offer.refresher.annualGrant > 0
      ? schedule(offer.refresher.vesting).yearlyPct.length
      : 0;
  return Math.max(initial, refresh, offer.signOn.year2 > 0 ? 2 : 1) + 1;
}

/** Compensation year by year (default: through the steady year, at least 4). Whole dollars. */
export function offerYears(offer: Offer, years?: number): OfferYear[] {
  check(offer);
  const n = years ?? Math.max(4, steadyYear(offer));
  const growth = (offer.equity.growthPct ?? 0) / 100;
  const all = grants(offer, 12 * n);
  const base = Math.round(offer.base);
  const bonus = Math.round((offer.base * offer.bonusTargetPct) / 100);
  const retirement = Math.round(retirementOf(offer));
  const espp = esppGain(offer, growth);
  const hsa = Math.round(offer.hsa?.amount ?? 0);
  const out: OfferYear[] = [];
  for (let y = 1; y <= n; y++) {
    const signOn = Math.round(y === 1 ? offer.signOn.year1 : y === 2 ? offer.signOn.year2 : 0);
    const equity = Math.round(all.reduce((s, g) => s + vestedValue(g, 12 * (y - 1), 12 * y, growth), 0));
    out.push({
      year: y,
      base,
      bonus,
      signOn,
      equity,
      retirement,
      espp,
      hsa,
      total: base + bonus + signOn + equity + retirement + espp + hsa,
    });
  }
  return out;
}

/**
 * First year, the average of years 1–4, and the steady state (the year after the grants have vested).
 * `years` is `offerYears(offer)` when the caller already has it.
 */
export function summarizeOffer(
  offer: Offer,
  years: readonly OfferYear[] = offerYears(offer),
): {
  firstYear: number;
  fourYearAverage: number;
  steadyState: number;
} {
  const four = years.slice(0, 4).reduce((s, y) => s + y.total, 0) / 4;
  return {
    firstYear: (years[0] as OfferYear).total,
    fourYearAverage: Math.round(four),
    steadyState: (years[steadyYear(offer) - 1] as OfferYear).total,
  };
}

/**
 * What you take away if you leave `months` after starting, and the equity you leave behind. Assumed:
 * base, the retirement match, the ESPP gain and the HSA contribution accrue monthly; the bonus is paid at
 * each anniversary; the sign-on follows the offer's clawback rule, or without one each year's is kept only
 * if you stay through that year; unvested equity is forfeited (valued as if it had vested).
 */
export function leaveAfter(offer: Offer, months: number): { earned: number; forfeitedEquity: number } {
  check(offer);
  if (!(Number.isFinite(months) && months >= 0)) throw new RangeError('months must be 0 or more');
  const growth = (offer.equity.growthPct ?? 0) / 100;
  const years = Math.floor(months / 12);
  // Year 1's sign-on is paid at the start, year 2's at month 12. No clawback: kept once paid; a rule:
  // repaid by it; not stated: each year's assumed kept once that year is worked.
  const rule = offer.clawback;
  const signOn =
    rule === 'none'
      ? offer.signOn.year1 + (months >= 12 ? offer.signOn.year2 : 0)
      : rule
        ? clawback({ signOn: offer.signOn, leaveAfterMonths: Math.floor(months), rule }).keep
        : (months >= 12 ? offer.signOn.year1 : 0) + (months >= 24 ? offer.signOn.year2 : 0);
  const cash =
    (offer.base * months) / 12 +
    ((offer.base * offer.bonusTargetPct) / 100) * years +
    signOn +
    ((retirementOf(offer) + esppGain(offer, (offer.equity.growthPct ?? 0) / 100) + (offer.hsa?.amount ?? 0)) *
      months) /
      12;
  let vested = 0;
  let forfeited = 0;
  for (const g of grants(offer, months)) {
    vested += vestedValue(g, 0, months, growth);
    forfeited += vestedValue(g, months, g.at + 12 * g.schedule.yearlyPct.length, growth);
  }
  return { earned: Math.round(cash + vested), forfeitedEquity: Math.round(forfeited) };
}
