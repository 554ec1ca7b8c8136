import { type Schedule, schedule, type Vesting, vestedFraction } from '../offer';
import {
  assertNonNegative,
  assertRange,
  type ExitPayout,
  type ExitTerms,
  optionsAtExit,
  privateSharesAtExit,
} from './exit';

/**
 * One offer's startup equity over exit scenarios, and the exit it needs to make up a cash gap. All
 * before tax, undiscounted and unrounded. Modelling assumptions (choices, not facts):
 *
 * 1. Time. The job starts at year 0 and the grant is made then, vesting on its schedule (`schedule()`
 *    and `vestedFraction()` of the offer model, months from the start). An exit in `year` y happens at
 *    the end of year y (12·y months after the start) and its money is realised in year y.
 * 2. Shares counted = grant × the fraction vested at the earliest of the exit, the horizon and leaving.
 *    Nothing unvested is counted at an exit: no acceleration, and unvested awards an acquirer takes
 *    over are left out (they would be new pay for staying). An exit after the horizon counts what has
 *    vested by the horizon (the comparison ends there), though it is still realised in its own year.
 * 3. Probabilities are each 0–1 and add up to 1 at most; the rest is "nothing": no exit, or one that
 *    leaves common stock nothing. There the equity pays 0, or loses the exercise cost of options
 *    bought on leaving (rule 5).
 * 4. Exercise at the exit, while employed or within the window after leaving, is cashless: the payout
 *    is shares × max(0, price − strike); an option under water is simply not exercised.
 * 5. Leaving at `leaveAfterYears` (from the start, may be fractional; an exit in a later moment comes
 *    after leaving, one at or before it finds the user still there). It applies also after the horizon.
 *    - Private RSUs (double trigger): unvested at leaving are forfeited, vested ones are kept and pay at
 *      the exit, however late (their own expiry date, often 7–10 years, is not modelled).
 *    - Options, `exerciseOnLeave`: the vested options are bought on the day of leaving (the decision
 *      cannot wait for an exit nobody can foresee), so the cost is paid in every outcome, "nothing"
 *      included: payout = gross − exercise cost, negative when the exit pays less than the strike.
 *    - Options, not exercised: they last until the window closes (`{ kind: 'days', days: 90 }` is
 *      90/365 of a year; `{ kind: 'years' }` an extended window); an exit within it is exercised as in
 *      rule 4, a later one finds them expired: 0 shares counted.
 * 6. No tax (exercise, AMT or sale), no discounting to today, no transaction costs.
 */

export interface ExitScenarioInput {
  label: string;
  /** What the exit values the whole company at, USD. */
  exitValue: number;
  /** 0–1; the scenarios' probabilities add up to 1 at most, the rest meaning "nothing". */
  probability: number;
  /** Years after the start, a whole number from 1: the exit is at the end of that year. */
  year: number;
}

export type ExerciseWindowLength = { kind: 'days'; days: 90 } | { kind: 'years'; years: number };

/** The equity: stock options, or double-trigger private RSUs. */
export type StartupEquity =
  | { kind: 'options'; shares: number; strike: number; fullyDilutedShares: number }
  | { kind: 'private-rsu'; shares: number; fullyDilutedShares: number };

export interface ExitPlan {
  equity: StartupEquity;
  vesting: Vesting;
  /** Share of the company later rounds take before the exit, 0 ≤ d < 1. */
  dilution: number;
  /** Total 1× non-participating preference at the exit, USD. */
  preferenceStack: number;
  /** Today's preferred shares (part of fullyDilutedShares); unknown → the cautious reading. */
  preferredShares?: number;
  /** Years compared, a whole number from 1 (default 4). */
  horizonYears?: number;
  /** When the user leaves, in years after the start; absent → stays. */
  leaveAfterYears?: number;
  /** How long options can be exercised after leaving (default 90 days). */
  exerciseWindow?: ExerciseWindowLength;
  /** Whether the user buys the vested options on leaving (default false). */
  exerciseOnLeave?: boolean;
}

export interface ScenarioOutcome extends ExitPayout {
  label: string;
  probability: number;
  /** The year the money is realised: the exit's year. */
  year: number;
  /** Shares counted: vested (rule 2) and not expired (rule 5). */
  vestedShares: number;
  /** probability × payout. */
  expectedPayout: number;
}

export interface ExitOutcome {
  scenarios: ScenarioOutcome[];
  /** The rest of the probability, and what the equity pays there (≤ 0). */
  nothing: { probability: number; payout: number };
  /** Sum of the scenarios' expected payouts and the "nothing" outcome's. */
  expectedPayout: number;
}

/** The largest exit `exitValueToBeat` tries by default: $1 trillion. */
export const MAX_EXIT_VALUE = 1e12;
/** `exitValueToBeat` answers in whole thousands of dollars. */
export const EXIT_VALUE_STEP = 1000;

const DEFAULT_WINDOW: ExerciseWindowLength = { kind: 'days', days: 90 };

function wholeYear(name: string, x: unknown): void {
  assertRange(
    typeof x === 'number' && Number.isInteger(x) && x >= 1,
    `${name} must be a whole number of years from 1, got ${String(x)}`,
  );
}

interface Checked {
  plan: ExitPlan;
  vesting: Schedule;
  horizon: number;
  /** Years after leaving until unexercised options expire. */
  windowYears: number;
}

/** An exercise window in years (90 days is 90/365 of a year). */
export const windowYears = (w: ExerciseWindowLength): number => (w.kind === 'days' ? w.days / 365 : w.years);

/** Checks the plan once (the grant against the cap table with a $0 exit) and fills the defaults. */
function check(plan: ExitPlan): Checked {
  const vesting = schedule(plan.vesting);
  const horizon = plan.horizonYears ?? 4;
  wholeYear('horizonYears', horizon);
  if (plan.leaveAfterYears !== undefined) assertNonNegative('leaveAfterYears', plan.leaveAfterYears);
  const years = windowYears(plan.exerciseWindow ?? DEFAULT_WINDOW);
  assertNonNegative('exercise window', years);
  const eq = plan.equity;
  if (eq.kind === 'options') optionsAtExit(eq, termsAt(plan, 0));
  else privateSharesAtExit(eq, termsAt(plan, 0));
  return { plan, vesting, horizon, windowYears: years };
}

const termsAt = (plan: ExitPlan, exitValue: number): ExitTerms => ({
  exitValue,
  dilution: plan.dilution,
  preferenceStack: plan.preferenceStack,
  preferredShares: plan.preferredShares,
});

/** One exit of `exitValue` in `year`, with the grant's `fraction` vested (rules 2, 4, 5). */
function realise(c: Checked, exitValue: number, year: number, fraction: number) {
  const { plan } = c;
  const eq = plan.equity;
  const terms = termsAt(plan, exitValue);
  if (eq.kind === 'private-rsu') {
    const vestedShares = eq.shares * fraction;
    return { vestedShares, ...privateSharesAtExit({ ...eq, shares: vestedShares }, terms) };
  }
  const leave = plan.leaveAfterYears ?? Number.POSITIVE_INFINITY;
  const left = leave < year;
  const bought = left && plan.exerciseOnLeave === true;
  const expired = left && !bought && year > leave + c.windowYears;
  const vestedShares = expired ? 0 : eq.shares * fraction;
  const r = optionsAtExit({ ...eq, shares: vestedShares }, terms);
  return { vestedShares, ...r, payout: bought ? r.gross - r.exerciseCost : r.payout };
}

/** Fraction of the grant vested at the earliest of the exit, the horizon and leaving (rule 2). */
function fractionAt(c: Checked, year: number): number {
  const years = Math.min(year, c.horizon, c.plan.leaveAfterYears ?? Number.POSITIVE_INFINITY);
  return vestedFraction(c.vesting, 12 * years);
}

/**
 * Each scenario's shares counted, price, gross, exercise cost and payout (realised in the exit's
 * year) and its probability-weighted payout, plus the "nothing" outcome and the expected payout. All
 * before tax, under the module's modelling assumptions. Throws RangeError on invalid input.
 */
export function exitOutcome(plan: ExitPlan, scenarios: readonly ExitScenarioInput[]): ExitOutcome {
  const c = check(plan);
  let total = 0;
  for (const s of scenarios) {
    assertRange(typeof s.label === 'string', 'each scenario needs a label');
    const p = s.probability;
    assertRange(
      typeof p === 'number' && Number.isFinite(p) && p >= 0 && p <= 1,
      `probability of “${s.label}” must be from 0 to 1, got ${String(p)}`,
    );
    wholeYear(`year of “${s.label}”`, s.year);
    assertNonNegative(`exit value of “${s.label}”`, s.exitValue);
    total += p;
  }
  assertRange(total <= 1 + 1e-9, `the probabilities add up to ${total}, more than 1`);
  const out = scenarios.map((s): ScenarioOutcome => {
    const r = realise(c, s.exitValue, s.year, fractionAt(c, s.year));
    return {
      label: s.label,
      probability: s.probability,
      year: s.year,
      ...r,
      expectedPayout: s.probability * r.payout,
    };
  });
  // "Nothing": options bought on leaving cost their strike; anything else pays 0.
  const eq = plan.equity;
  const boughtOnLeave = eq.kind === 'options' && plan.leaveAfterYears !== undefined && plan.exerciseOnLeave;
  const cost = boughtOnLeave ? eq.shares * fractionAt(c, Number.POSITIVE_INFINITY) * eq.strike : 0;
  const nothing = { probability: Math.max(0, 1 - total), payout: cost === 0 ? 0 : -cost };
  return {
    scenarios: out,
    nothing,
    expectedPayout: out.reduce((a, s) => a + s.expectedPayout, 0) + nothing.probability * nothing.payout,
  };
}

/**
 * The smallest exit value at which this equity's payout (before tax) reaches `gap`, the other offer's
 * cash advantage over the horizon: one exit in `year` (default: the horizon, so what has vested by
 * then counts), same plan and rules as `exitOutcome`. 0 when gap ≤ 0; null when not even
 * `maxExitValue` (default $1 trillion) reaches it.
 *
 * Search: the payout never falls as the exit value rises (the price per share is non-decreasing in it,
 * the shares counted do not depend on it), so bisection over whole thousands of dollars between $0
 * (which pays ≤ 0 < gap) and `maxExitValue` rounded up to $1,000 finds the first multiple of $1,000
 * whose payout reaches the gap (about 30 steps for $1 trillion). The true threshold lies less than
 * $1,000 below the answer.
 */
export function exitValueToBeat(
  gap: number,
  plan: ExitPlan,
  opts: { year?: number; maxExitValue?: number } = {},
): number | null {
  assertRange(typeof gap === 'number' && !Number.isNaN(gap), `gap must be a number, got ${String(gap)}`);
  const c = check(plan);
  const year = opts.year ?? c.horizon;
  wholeYear('year', year);
  const max = opts.maxExitValue ?? MAX_EXIT_VALUE;
  assertNonNegative('maxExitValue', max);
  if (gap <= 0) return 0;
  const fraction = fractionAt(c, year);
  const reaches = (k: number) => realise(c, k * EXIT_VALUE_STEP, year, fraction).payout >= gap;
  let lo = 0;
  let hi = Math.ceil(max / EXIT_VALUE_STEP);
  if (!reaches(hi)) return null;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi * EXIT_VALUE_STEP;
}
