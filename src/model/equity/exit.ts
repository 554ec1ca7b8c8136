/**
 * What startup equity pays at an exit (an acquisition or IPO valuing the company at `exitValue`).
 * Pure arithmetic, before tax; amounts are unrounded (round for display).
 *
 * How the inputs fit together (modelling assumptions, named as such):
 *
 * - `fullyDilutedShares` (F) is today's fully diluted count: common, options (granted and pooled) and
 *   preferred counted as converted. The grant's `shares` are common stock (options or RSUs on common),
 *   so they are part of F and never part of `preferredShares`.
 * - `dilution` (d, 0 ≤ d < 1) is the share of the company later rounds take before the exit. Later
 *   rounds add shares, they take none away: today's F becomes (1 − d) of the company, so the company at
 *   the exit has T = F ÷ (1 − d) shares and the rounds added F·d ÷ (1 − d). One share's as-converted
 *   value is exitValue ÷ T = exitValue × (1 − d) ÷ F (the grant's stake shrinks by (1 − d)).
 * - `preferenceStack` (P) is the whole 1× liquidation preference outstanding at the exit, the later
 *   rounds' preferences included (they are preferred stock too). The stack is modelled as ONE class
 *   of 1× non-participating preferred that converts as a whole or not at all (real stacks have series
 *   with their own seniority and each series decides on its own; one class is an approximation).
 * - `preferredShares` (S) is today's preferred, counted in F. The shares later rounds add are preferred
 *   as well and join the class, so at the exit the class holds S + F·d ÷ (1 − d) of the T shares and the
 *   common (everything else, the grant included) holds C = F − S shares, a number dilution leaves alone.
 *   Dilution still lowers what a common share gets: the converted value exitValue ÷ T falls with d.
 *
 * Price of one common share:
 * - `preferredShares` known: non-participating preferred takes the larger of its preference (at most
 *   the exit value) and its as-converted share, and the common shares the rest. If it converts, every
 *   share gets exitValue ÷ T; if not, common gets max(0, exitValue − P) ÷ C. Preferred picks what pays
 *   it more, which is what pays common less, so the price is the smaller of the two.
 * - unknown (the cautious reading): the whole stack comes off the top and what is left is spread over
 *   all T shares: max(0, exitValue − P) × (1 − d) ÷ F. It is never above the informed price (C ≤ T),
 *   so it is a floor when the cap table is not known.
 */

export interface OptionGrant {
  /** Options granted (common stock). */
  shares: number;
  /** Exercise price per share, USD. */
  strike: number;
  /** The company's fully diluted share count today. */
  fullyDilutedShares: number;
}

export interface ShareGrant {
  /** Restricted stock units (common stock). */
  shares: number;
  fullyDilutedShares: number;
}

export interface ExitTerms {
  /** What the exit values the whole company at, USD. */
  exitValue: number;
  /** Share of the company later rounds take before the exit, 0 ≤ d < 1 (default 0). */
  dilution?: number;
  /** Total 1× non-participating liquidation preference at the exit, USD (default 0). */
  preferenceStack?: number;
  /** Today's preferred shares, part of `fullyDilutedShares`; unknown → the cautious reading. */
  preferredShares?: number;
}

export interface ExitPayout {
  /** What one common share receives at the exit. */
  pricePerShare: number;
  /** shares × pricePerShare. */
  gross: number;
  /** shares × strike (0 for RSUs). */
  exerciseCost: number;
  /** Before tax: shares × max(0, pricePerShare − strike) for options, gross for RSUs. */
  payout: number;
}

/** Throws a RangeError with `message` unless `ok`. */
export function assertRange(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

/** A finite number of 0 or more, or a RangeError naming it. */
export function assertNonNegative(name: string, x: unknown): void {
  assertRange(
    typeof x === 'number' && Number.isFinite(x) && x >= 0,
    `${name} must be a number of 0 or more, got ${String(x)}`,
  );
}

/** Price of one common share at the exit (see the module comment); checks every input. */
function commonPrice(shares: number, fullyDiluted: number, exit: ExitTerms): number {
  assertNonNegative('shares', shares);
  assertRange(
    typeof fullyDiluted === 'number' && Number.isFinite(fullyDiluted) && fullyDiluted > 0,
    `fullyDilutedShares must be a number above 0, got ${String(fullyDiluted)}`,
  );
  assertRange(
    shares <= fullyDiluted,
    `shares (${shares}) cannot exceed fullyDilutedShares (${fullyDiluted})`,
  );
  const { exitValue, dilution = 0, preferenceStack = 0, preferredShares } = exit;
  assertNonNegative('exitValue', exitValue);
  assertRange(
    typeof dilution === 'number' && Number.isFinite(dilution) && dilution >= 0 && dilution < 1,
    `dilution must be from 0 up to, not including, 1 (a share of the company), got ${String(dilution)}`,
  );
  assertNonNegative('preferenceStack', preferenceStack);
  const left = Math.max(0, exitValue - preferenceStack);
  if (preferredShares === undefined) return (left * (1 - dilution)) / fullyDiluted;
  assertNonNegative('preferredShares', preferredShares);
  assertRange(
    preferredShares < fullyDiluted,
    `preferredShares (${preferredShares}) must be less than fullyDilutedShares (${fullyDiluted}): some shares are common`,
  );
  assertRange(
    shares + preferredShares <= fullyDiluted,
    `shares + preferredShares (${shares + preferredShares}) cannot exceed fullyDilutedShares (${fullyDiluted}): the grant is common stock`,
  );
  const converted = (exitValue * (1 - dilution)) / fullyDiluted;
  return Math.min(converted, left / (fullyDiluted - preferredShares));
}

/**
 * Stock options at an exit: the price of a common share after dilution and the preference stack, the
 * gross value, the cost to exercise, and the payout before tax (exercised at the exit, so an option
 * under water pays nothing rather than costing the strike). Throws RangeError on invalid input.
 */
export function optionsAtExit(grant: OptionGrant, exit: ExitTerms): ExitPayout {
  const pricePerShare = commonPrice(grant.shares, grant.fullyDilutedShares, exit);
  assertNonNegative('strike', grant.strike);
  return {
    pricePerShare,
    gross: grant.shares * pricePerShare,
    exerciseCost: grant.shares * grant.strike,
    payout: grant.shares * Math.max(0, pricePerShare - grant.strike),
  };
}

/**
 * Double-trigger private RSUs at an exit: the same price per common share, no strike, so the payout
 * (before tax) is the gross value. Throws RangeError on invalid input.
 */
export function privateSharesAtExit(grant: ShareGrant, exit: ExitTerms): ExitPayout {
  const pricePerShare = commonPrice(grant.shares, grant.fullyDilutedShares, exit);
  const gross = grant.shares * pricePerShare;
  return { pricePerShare, gross, exerciseCost: 0, payout: gross };
}
