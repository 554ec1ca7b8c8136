// Offers with startup equity compared: cash over the horizon on the basis, the equity's outcome at each
// exit on the same basis (taxed in the exit's year where the offer is), the two combined, and the exit
// value at which the equity makes up another offer's cash lead.
import type { BasisOpts } from '../compare';
import { priceParity } from '../equivalent';
import { type Offer, offerYears } from '../offer';
import { nsoExerciseTax, saleTax } from './equityTax';
import type { PrivateEquity } from './offerEquity';
import { exitPlanOf } from './plan';
import { EXIT_VALUE_STEP, exitOutcome, exitValueToBeat, MAX_EXIT_VALUE } from './scenarios';

/** How an exit's payout is taxed, in words for the screen. */
export function exitTaxText(pe: PrivateEquity): string {
  if (pe.kind === 'private-rsu')
    return 'RSUs settle at the exit: wages that year (income and payroll taxes).';
  if (pe.earlyExercise)
    return 'Exercised early with an 83(b) election (no tax when the strike is the 409A price): the gain is a long-term capital gain at the exit.';
  return pe.optionType === 'nso'
    ? 'NSOs exercised at the exit: the spread is wages that year (income and payroll taxes).'
    : 'ISOs exercised and sold at the exit (a disqualifying disposition): the spread is ordinary income that year, with no payroll tax.';
}

/** The value of an exit's payout on the basis: before tax; or less the tax it adds in its year (÷ prices). */
export function payoutOnBasis(offer: Offer, payout: number, exitYear: number, o: BasisOpts): number {
  if (o.basis === 'pre-tax' || payout <= 0) return payout;
  const pe = offer.privateEquity;
  const year = offerYears(offer, Math.max(4, exitYear))[exitYear - 1];
  const wages = year ? year.total - year.retirement : offer.base;
  const household = {
    wages,
    location: offer.profile.location,
    filingStatus: o.filingStatus,
    year: o.year,
    pretax401k: o.pretax401k ?? 0,
  };
  let tax: number;
  if (!pe || pe.kind === 'private-rsu' || (pe.optionType === 'nso' && !pe.earlyExercise))
    tax = nsoExerciseTax({ ...household, spread: payout }).total;
  else if (pe.earlyExercise)
    tax = saleTax({ ...household, gain: payout, holding: exitYear >= 2 ? 'long' : 'short' }).total;
  else tax = saleTax({ ...household, gain: 0, holding: 'short', ordinaryIncome: payout }).total;
  const net = payout - tax;
  return o.basis === 'after-tax' ? net : net / (priceParity(offer.profile.location) / 100);
}

export interface EquityOnBasis {
  /** Each scenario's payout on the basis (its probability-weighted part in `expected`). */
  scenarios: { label: string; probability: number; year: number; payout: number; value: number }[];
  /** Probability-weighted, the "nothing" outcome included. */
  expected: number;
}

/** The equity's outcome over the offer's scenarios on the basis, counting what vests by the horizon. */
export function equityOnBasis(offer: Offer, o: BasisOpts, horizon: number): EquityOnBasis | null {
  const plan = exitPlanOf(offer, horizon);
  const pe = offer.privateEquity;
  if (!plan || !pe) return null;
  const out = exitOutcome(plan, pe.scenarios);
  const scenarios = out.scenarios.map((s) => ({
    label: s.label,
    probability: s.probability,
    year: s.year,
    payout: s.payout,
    value: payoutOnBasis(offer, s.payout, s.year, o),
  }));
  const expected =
    scenarios.reduce((sum, s) => sum + s.probability * s.value, 0) +
    out.nothing.probability * out.nothing.payout;
  return { scenarios, expected: Math.round(expected) };
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
  let lo = 0;
  let hi = Math.max(gap, 1);
  while (payoutOnBasis(offer, hi, horizon, o) < gap) {
    hi *= 2;
    if (hi > MAX_EXIT_VALUE) return null;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (payoutOnBasis(offer, mid, horizon, o) >= gap) hi = mid;
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
  while (payoutOnBasis(offer, paid(v), horizon, o) < gap && v <= MAX_EXIT_VALUE) v += EXIT_VALUE_STEP;
  return v <= MAX_EXIT_VALUE ? v : null;
}
