// Leaving a startup before an exit: what of the options or private RSUs is kept, and what keeping
// vested options costs — the strike and the tax on exercising them, within the window after leaving.

import { type Offer, schedule, vestedFraction } from '../offer';
import type { FilingStatus, TaxYear } from '../tax';
import { isoExerciseTax, nsoExerciseTax } from './equityTax';
import { householdIn } from './plan';

export interface LeavingWithEquity {
  kind: 'options' | 'private-rsu';
  vested: number;
  forfeited: number;
  /** Options: the strike of the vested ones, paid to keep them (0 for RSUs). */
  exerciseCost: number;
  /** Options: (409A price − strike) × the vested ones, taxed at exercise. */
  spread: number;
  /** Options: the tax exercising them adds that year (NSO: as wages; ISO: the AMT it brings); RSUs: 0. */
  tax: number;
  /** Options: the window to exercise after leaving, in words. */
  window: string;
  /** Options exercised early: already bought; the unvested ones are bought back at the strike. */
  boughtAtGrant: boolean;
  /** What the company pays back for the unvested shares bought early (the strike). */
  buyBack: number;
}

const windowText = {
  '90-days': '90 days',
  '5-years': '5 years',
  '7-years': '7 years',
  '10-years': '10 years',
};

/**
 * Leaving `months` after the start with options or private RSUs (null for anything else). Vested RSUs are
 * kept and pay at an exit (double trigger); unvested ones are forfeited. Vested options are kept only if
 * bought within the window: the cost is the strike, and the tax is on the spread at today's 409A price,
 * in the year of leaving with that year's pay (the year's wages from the offer, whole years of them);
 * without a household (`null`, before tax) the tax is 0.
 * Options exercised early are already bought: the vested shares are kept, and the company buys back the
 * unvested ones at the strike.
 */
export function leavingWithEquity(
  offer: Offer,
  months: number,
  o: { filingStatus: FilingStatus; year: TaxYear; pretax401k?: number } | null,
): LeavingWithEquity | null {
  const pe = offer.privateEquity;
  if (!pe) return null;
  const vested = Math.round(pe.shares * vestedFraction(schedule(offer.equity.vesting), months));
  const forfeited = pe.shares - vested;
  const none = { exerciseCost: 0, spread: 0, tax: 0, window: '', boughtAtGrant: false, buyBack: 0 };
  if (pe.kind === 'private-rsu') return { kind: pe.kind, vested, forfeited, ...none };
  if (pe.earlyExercise)
    return {
      kind: pe.kind,
      vested,
      forfeited,
      ...none,
      boughtAtGrant: true,
      buyBack: Math.round(forfeited * pe.strike),
    };
  const exerciseCost = Math.round(vested * pe.strike);
  const spread = Math.round(vested * Math.max(0, pe.fmv409a - pe.strike));
  const household = o && householdIn(offer, Math.max(1, Math.ceil(months / 12)), o);
  const tax =
    spread === 0 || !household
      ? 0
      : pe.optionType === 'iso'
        ? isoExerciseTax({ ...household, spread }).amt
        : nsoExerciseTax({ ...household, spread }).total;
  return {
    kind: pe.kind,
    vested,
    forfeited,
    exerciseCost,
    spread,
    tax,
    window: windowText[pe.exerciseWindow],
    boughtAtGrant: false,
    buyBack: 0,
  };
}
