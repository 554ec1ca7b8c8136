// An offer's private equity as the exit model takes it, and its outcome over the offer's scenarios.
import type { Offer } from '../offer';
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
    horizonYears,
    exerciseWindow: windowLength(pe.exerciseWindow),
  };
}

/** The offer's equity outcome over its scenarios (before tax), or null without private equity. */
export function offerExitOutcome(offer: Offer, horizonYears = 4): ExitOutcome | null {
  const plan = exitPlanOf(offer, horizonYears);
  return plan && offer.privateEquity ? exitOutcome(plan, offer.privateEquity.scenarios) : null;
}
