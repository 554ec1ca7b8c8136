// Offers with startup equity compared: cash over the horizon on the basis, the equity's outcome at each
// exit on the same basis (taxed in the exit's year where the offer is), the two combined, and the exit
// value at which the equity makes up another offer's cash lead.
import type { BasisOpts } from '../compare';
import { priceParity } from '../equivalent';
import { type Offer, schedule, vestedFraction } from '../offer';
import { eightyThreeBTax, isoExerciseTax, nsoExerciseTax, saleTax } from './equityTax';
import { type LeavingWithEquity, leavingWithEquity } from './leave';
import type { PrivateEquity } from './offerEquity';
import {
  earlyExerciseCost,
  earlyExercised,
  exitPlanOf,
  householdIn,
  offerExitOutcome,
  windowLength,
} from './plan';
import {
  EXIT_VALUE_STEP,
  type ExitOutcome,
  exitOutcome,
  exitValueToBeat,
  MAX_EXIT_VALUE,
  windowYears,
} from './scenarios';

/** How an exit's payout is taxed, in words for the screen. */
export function exitTaxText(pe: PrivateEquity): string {
  if (pe.kind === 'private-rsu')
    return 'RSUs settle at the exit: wages that year (income and payroll taxes).';
  if (pe.earlyExercise)
    return 'Exercised early, at grant, with an 83(b) election (taxed then on the 409A price over the strike, usually nothing): the gain at the exit is a capital gain, long-term after the first year.';
  return pe.optionType === 'nso'
    ? 'NSOs exercised at the exit: the spread is wages that year (income and payroll taxes).'
    : 'ISOs exercised and sold at the exit (a disqualifying disposition): the spread is ordinary income that year, with no payroll tax.';
}

/** An after-tax amount on the basis: itself, or in US-average dollars after the place's prices. */
const priced = (offer: Offer, net: number, o: BasisOpts) =>
  o.basis === 'after-tax-and-prices' ? net / (priceParity(offer.profile.location) / 100) : net;

/**
 * The value of an exit's payout on the basis: before tax; or less the tax it adds in its year (÷ prices).
 * Options exercised early: the gain over what was paid and taxed at grant (`taxedAtGrant`, the 83(b)
 * income of the shares counted) is a capital gain, long-term after a year. A loss is not taxed (capital
 * losses are left out).
 */
export function payoutOnBasis(
  offer: Offer,
  payout: number,
  exitYear: number,
  o: BasisOpts,
  taxedAtGrant = 0,
): number {
  if (o.basis === 'pre-tax') return payout;
  if (payout <= 0) return priced(offer, payout, o);
  const pe = offer.privateEquity;
  const household = householdIn(offer, exitYear, o);
  let tax: number;
  if (earlyExercised(pe)) {
    const gain = Math.max(0, payout - taxedAtGrant);
    tax = saleTax({ ...household, gain, holding: exitYear >= 2 ? 'long' : 'short' }).total;
  } else if (!pe || pe.kind === 'private-rsu' || pe.optionType === 'nso')
    tax = nsoExerciseTax({ ...household, spread: payout }).total;
  else tax = saleTax({ ...household, gain: 0, holding: 'short', ordinaryIncome: payout }).total;
  return priced(offer, payout - tax, o);
}

/**
 * Early exercise at grant: the cost of every option and the tax of the 83(b) election in year 1 (an NSO's
 * spread as wages; an ISO's as an AMT adjustment), or null for anything else.
 */
export function atGrant(offer: Offer, o: BasisOpts): { cost: number; income: number; tax: number } | null {
  const pe = offer.privateEquity;
  if (!pe || !earlyExercised(pe)) return null;
  const { cost, income83b } = earlyExerciseCost(pe);
  if (o.basis === 'pre-tax' || income83b === 0) return { cost, income: income83b, tax: 0 };
  const household = householdIn(offer, 1, o);
  const tax =
    pe.optionType === 'iso'
      ? isoExerciseTax({ ...household, spread: income83b }).amt
      : eightyThreeBTax({
          ...household,
          shares: pe.shares,
          fmvPerShare: pe.fmv409a,
          strikePerShare: pe.strike,
        }).tax.total;
  return { cost, income: income83b, tax };
}

/**
 * Options vested at the horizon, for an exit after it: bought on leaving (worth more at the exits weighed,
 * after their cost and, after tax, the capital-gain rate a later sale gets), left to lapse (an exit after
 * the window pays them nothing), or held within a window long enough for every exit, exercised at it.
 */
export type LeavingChoice = 'bought' | 'lapsed' | 'held';

export interface EquityOnBasis {
  /** Each scenario's payout on the basis (its probability-weighted part in `expected`). */
  scenarios: { label: string; probability: number; year: number; payout: number; value: number }[];
  /** Probability-weighted, the "nothing" outcome and any tax paid at grant or on leaving included. */
  expected: number;
  /** Early exercise: what was paid at grant (the cost is inside each payout; the tax is taken off here). */
  grant: { cost: number; income: number; tax: number } | null;
  /**
   * Leaving at the horizon with options an exit after their window would need bought (`leaveAtHorizon`):
   * the vested options, their cost and the tax on their spread, and whether buying them is worth it (else
   * they lapse and such an exit pays them nothing).
   */
  leaving: (LeavingWithEquity & { choice: LeavingChoice; taxOnBasis: number }) | null;
}

/**
 * Options bought on leaving, sold at a later exit: the gain over what they cost (and, for NSOs, the
 * spread taxed at exercise) is a capital gain, long-term when held a year or more past leaving (the
 * exit at a year's end, the exercise just after leaving; an ISO's sale then qualifies, as its grant is
 * over two years old). A loss is not taxed.
 */
function boughtValue(
  offer: Offer,
  payout: number,
  exitYear: number,
  o: BasisOpts,
  l: LeavingWithEquity,
  horizon: number,
) {
  if (o.basis === 'pre-tax' || payout <= 0) return priced(offer, payout, o);
  const basisUp = offer.privateEquity?.optionType === 'nso' ? l.spread : 0;
  const gain = Math.max(0, payout - basisUp);
  const holding = exitYear - horizon >= 2 ? 'long' : 'short';
  return priced(offer, payout - saleTax({ ...householdIn(offer, exitYear, o), gain, holding }).total, o);
}

/** Options kept after leaving, not bought, exercised at an exit within the window: an NSO's spread (an ISO turns NSO three months after leaving, IRC 422(a)(2)). */
function afterLeavingValue(offer: Offer, payout: number, exitYear: number, o: BasisOpts) {
  if (o.basis === 'pre-tax' || payout <= 0) return priced(offer, payout, o);
  const tax = nsoExerciseTax({ ...householdIn(offer, exitYear, o), spread: payout }).total;
  return priced(offer, payout - tax, o);
}

/**
 * The equity's outcome over the offer's scenarios on the basis, counting what vests by the horizon.
 * `leaveAtHorizon` (Compare, whose years end there): an exit after the horizon finds the user gone. Where
 * an exit falls after the options' window, the vested options are bought on leaving if that is worth more
 * on the basis than letting them lapse (the cost and its tax paid unless the company exited by the
 * horizon, "nothing" included); an exit within the window exercises them then. Private RSUs and options
 * bought at grant are kept as they are.
 */
export function equityOnBasis(
  offer: Offer,
  o: BasisOpts,
  horizon: number,
  leaveAtHorizon = false,
): EquityOnBasis | null {
  const pe = offer.privateEquity;
  const plan = exitPlanOf(offer, horizon);
  if (!pe || !plan) return null;
  // Staying (the offer page), anything but options not yet bought, or no exit after the horizon.
  const leaves = leaveAtHorizon && pe.kind === 'options' && !earlyExercised(pe);
  const vested = leaves ? leavingWithEquity(offer, 12 * horizon, o.basis === 'pre-tax' ? null : o) : null;
  if (!vested || !pe.scenarios.some((s) => s.year > horizon))
    return onBasis(offer, o, horizon, offerExitOutcome(offer, horizon), null);
  const left = (choice: LeavingChoice) =>
    onBasis(
      offer,
      o,
      horizon,
      exitOutcome({ ...plan, leaveAfterYears: horizon, exerciseOnLeave: choice === 'bought' }, pe.scenarios),
      { ...vested, choice },
    );
  // Not bought: kept where the window outlasts every exit, else they lapse. Bought if worth more.
  const span = windowYears(windowLength(pe.exerciseWindow));
  const keep = left(pe.scenarios.some((s) => s.year > horizon + span) ? 'lapsed' : 'held');
  const buy = left('bought');
  return buy && keep && buy.expected > keep.expected ? buy : keep;
}

/** `equityOnBasis` for one exit outcome: each scenario on the basis, the expected value. */
function onBasis(
  offer: Offer,
  o: BasisOpts,
  horizon: number,
  out: ExitOutcome | null,
  leaving: (LeavingWithEquity & { choice: LeavingChoice }) | null,
): EquityOnBasis | null {
  const pe = offer.privateEquity;
  if (!out || !pe) return null;
  const grant = atGrant(offer, o);
  const perShare83b = Math.max(0, pe.fmv409a - pe.strike);
  const scenarios = out.scenarios.map((s) => {
    const value =
      !leaving || s.year <= horizon
        ? payoutOnBasis(offer, s.payout, s.year, o, perShare83b * s.vestedShares)
        : leaving.choice === 'bought'
          ? boughtValue(offer, s.payout, s.year, o, leaving, horizon)
          : afterLeavingValue(offer, s.payout, s.year, o);
    return { label: s.label, probability: s.probability, year: s.year, payout: s.payout, value };
  });
  // The tax on buying at leaving is paid unless an exit came first.
  const taxOnBasis =
    leaving?.choice === 'bought' && o.basis !== 'pre-tax' ? priced(offer, leaving.tax, o) : 0;
  const exitedFirst = scenarios.reduce((p, s) => p + (s.year <= horizon ? s.probability : 0), 0);
  const expected =
    scenarios.reduce((sum, s) => sum + s.probability * s.value, 0) +
    out.nothing.probability * priced(offer, out.nothing.payout, o) -
    priced(offer, grant?.tax ?? 0, o) -
    (1 - exitedFirst) * taxOnBasis;
  return {
    scenarios,
    expected: Math.round(expected),
    grant,
    leaving: leaving ? { ...leaving, taxOnBasis: Math.round(taxOnBasis) } : null,
  };
}

/**
 * The exit value (whole thousands of dollars) at which this offer's equity, exiting at the horizon with
 * what has vested by then, is worth `gap` on the basis: another offer's cash lead over the horizon. 0
 * when there is no lead; null when not even $1 trillion makes it up. The payout needed is found first
 * (the value on the basis never falls as the payout rises), then the exit value that pays it.
 */
export function exitToBeat(offer: Offer, o: BasisOpts, horizon: number, gap: number): number | null {
  const plan = exitPlanOf(offer, horizon);
  if (!plan) return null;
  if (gap <= 0) return 0;
  // Early exercise: the exit must also pay back the 83(b) tax paid at grant; the shares' 83(b) income
  // is not taxed again at the exit.
  const pe = offer.privateEquity;
  const taxedAtGrant = pe
    ? Math.max(0, pe.fmv409a - pe.strike) * pe.shares * vestedFraction(schedule(plan.vesting), 12 * horizon)
    : 0;
  const need = gap + priced(offer, atGrant(offer, o)?.tax ?? 0, o);
  const worth = (payout: number) => payoutOnBasis(offer, payout, horizon, o, taxedAtGrant);
  let lo = 0;
  let hi = Math.max(need, 1);
  while (worth(hi) < need) {
    hi *= 2;
    if (hi > MAX_EXIT_VALUE) return null;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (worth(mid) >= need) hi = mid;
    else lo = mid;
  }
  const value = exitValueToBeat(hi, plan, { year: horizon });
  if (value === null) return null;
  // The payout at that exit is a fraction of a dollar from `hi` either way; step up to the first $1,000
  // whose payout, taxed, does reach the gap (at most a step or two).
  const paid = (v: number) =>
    exitOutcome(plan, [{ label: 'exit', exitValue: v, probability: 1, year: horizon }]).scenarios[0]
      ?.payout ?? 0;
  let v = value;
  while (worth(paid(v)) < need && v <= MAX_EXIT_VALUE) v += EXIT_VALUE_STEP;
  return v <= MAX_EXIT_VALUE ? v : null;
}
