// An offer's private equity as the exit model takes it, and its outcome over the offer's scenarios.
import { type Offer, offerYears, schedule, vestedFraction, yearWages } from '../offer';
import { type PlaceChoices, placeIn } from '../placeTax';
import type { FilingStatus, TaxYear } from '../tax';
import type { PrivateEquity } from './offerEquity';
import { type ExerciseWindowLength, type ExitOutcome, type ExitPlan, exitOutcome } from './scenarios';

/** The exit window as the exit model counts it. */
export function windowLength(w: PrivateEquity['exerciseWindow']): ExerciseWindowLength {
  return w === '90-days' ? { kind: 'days', days: 90 } : { kind: 'years', years: Number.parseInt(w, 10) };
}

/** The exit plan of an offer with private equity, over a horizon (years compared), staying throughout. */
export function exitPlanOf(offer: Offer, horizonYears = 4): ExitPlan | null {
  const pe = offer.privateEquity;
  if (!pe) return null;
  return {
    equity:
      pe.kind === 'options'
        ? { kind: 'options', shares: pe.shares, strike: pe.strike, fullyDilutedShares: pe.fullyDilutedShares }
        : { kind: 'private-rsu', shares: pe.shares, fullyDilutedShares: pe.fullyDilutedShares },
    vesting: offer.equity.vesting,
    dilution: pe.dilution,
    preferenceStack: pe.preferenceStack,
    ...(pe.preferredShares ? { preferredShares: pe.preferredShares } : {}),
    horizonYears,
    exerciseWindow: windowLength(pe.exerciseWindow),
  };
}

/** Options exercised early (at grant, with an 83(b) election): bought then, so their cost is sunk. */
export const earlyExercised = (pe: PrivateEquity | undefined): boolean =>
  pe?.kind === 'options' && pe.earlyExercise;

/**
 * What early exercise costs at grant (whole dollars): every option bought at the strike (unvested shares the company
 * buys back at cost if you leave before they vest; you are assumed to stay), and the 83(b) income,
 * (409A price − strike) × shares, usually 0.
 */
export function earlyExerciseCost(pe: PrivateEquity): { cost: number; income83b: number } {
  return {
    cost: Math.round(pe.shares * pe.strike),
    income83b: Math.round(Math.max(0, pe.fmv409a - pe.strike) * pe.shares),
  };
}

/**
 * The offer's equity outcome over its scenarios (before tax), or null without private equity. Options
 * exercised early were paid for at grant: each exit pays the vested shares' gross less what they cost
 * (below 0 when the exit pays less than the strike), and "nothing" loses their cost.
 */
export function offerExitOutcome(offer: Offer, horizonYears = 4): ExitOutcome | null {
  const plan = exitPlanOf(offer, horizonYears);
  const pe = offer.privateEquity;
  if (!plan || !pe) return null;
  const out = exitOutcome(plan, pe.scenarios);
  if (!earlyExercised(pe)) return out;
  const scenarios = out.scenarios.map((s) => {
    const payout = s.gross - s.exerciseCost;
    return { ...s, payout, expectedPayout: s.probability * payout };
  });
  const vested = pe.shares * vestedFraction(schedule(offer.equity.vesting), 12 * horizonYears);
  const nothing = { probability: out.nothing.probability, payout: -vested * pe.strike };
  return {
    scenarios,
    nothing,
    expectedPayout:
      scenarios.reduce((a, s) => a + s.expectedPayout, 0) + nothing.probability * nothing.payout,
  };
}

/** The household as taxed in one year of the offer (1-based): that year's wages, the place, the choices. */
export function householdIn(
  offer: Offer,
  year: number,
  o: { filingStatus: FilingStatus; year: TaxYear; pretax401k?: number; places?: PlaceChoices },
) {
  const y = offerYears(offer, Math.max(4, year))[year - 1];
  return {
    ...(y ? yearWages(y) : { wages: offer.base }),
    ...placeIn(offer.profile.location, o.places),
    filingStatus: o.filingStatus,
    year: o.year,
    pretax401k: o.pretax401k ?? 0,
  };
}
