// Compare: the chosen offers on the basis that decides, each taxed where it is, with the household's
// filing status and 401(k) from the Cities screen (set once, used by both).
import { computed, signal } from '@preact/signals';
import {
  type Basis,
  type BasisOpts,
  type BasisSummary,
  breakEvenBase,
  offerOnBasis,
  offerYears,
  priceParity,
  steadyYear,
} from '../model';
import { type EquityOnBasis, equityOnBasis, exitToBeat } from '../model/equity/compareEquity';
import { leavingWithEquity } from '../model/equity/leave';
import { place } from '../model/places';
import { livesIn } from '../model/placeTax';
import { household } from './cities';
import type { OfferReady } from './offers';
import { inTask } from './tasks';

export type { Basis, BasisOpts } from '../model';

/** The basis offers are compared on (after tax and prices unless the user picks another). */
export const compareBasis = signal<Basis>('after-tax-and-prices');

export const basisLabels: Readonly<Record<Basis, string>> = {
  'pre-tax': 'before tax',
  'after-tax': 'after tax',
  'after-tax-and-prices': 'after tax and prices',
};

/** Whether `x` names a basis (as read from an address). */
export const isBasis = (x: unknown): x is Basis =>
  x === 'pre-tax' || x === 'after-tax' || x === 'after-tax-and-prices';

/** The options for the current basis and the household's filing status, tax year and 401(k). */
export const basisOpts = computed<BasisOpts>(() => {
  const basis = compareBasis.value;
  if (basis === 'pre-tax') return { basis };
  return { basis, ...household.value };
});

export interface ComparedOffer {
  view: OfferReady;
  onBasis: BasisSummary;
  place: string;
  /** A metro spanning states: the state lived in, as taxed (after tax only). */
  livesIn?: string;
  rpp: number;
  /** The base this offer needs to match the best one on the basis (absent for the best). */
  breakEven?: number;
}

/** `fn(a, b)` once per pair of objects, kept only while both are (a cache that frees itself). */
export function memoPair<A extends object, B extends object, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  const cache = new WeakMap<A, WeakMap<B, R>>();
  return (a, b) => {
    let byB = cache.get(a);
    if (!byB) {
      byB = new WeakMap();
      cache.set(a, byB);
    }
    if (!byB.has(b)) byB.set(b, fn(a, b));
    return byB.get(b) as R;
  };
}

/** An offer on a basis, once per offer and basis (a comparison prepared ahead finds it done). */
const onBasisOf = memoPair((o: BasisOpts, view: OfferReady) => offerOnBasis(view.offer, o, view.years));
const breakEvens = memoPair((_o: BasisOpts, _best: OfferReady) => new WeakMap<OfferReady, number>());
/** The base `view` needs to match `best` on a basis, once per pair and basis. */
function breakEvenOf(o: BasisOpts, best: OfferReady, view: OfferReady): number {
  const known = breakEvens(o, best);
  let base = known.get(view);
  if (base === undefined) {
    base = breakEvenBase(best.offer, view.offer, o);
    known.set(view, base);
  }
  return base;
}
const bestOf = <T extends { onBasis: BasisSummary }>(rows: readonly T[]) =>
  rows.reduce((a, b) => (b.onBasis.fourYearAverage > a.onBasis.fourYearAverage ? b : a));

/** Offers on a basis, the best (highest 4-year average on it) first found, and each one's break-even. */
export function compareOffers(
  ready: readonly OfferReady[],
  o: BasisOpts,
): { offers: ComparedOffer[]; best: string } {
  const rows = ready.map((view) => {
    const onBasis = onBasisOf(o, view);
    const lives = livesIn(view.offer.profile.location, onBasis.years[0]?.tax?.state);
    return {
      view,
      onBasis,
      place: place(view.offer.profile.location).label,
      ...(lives ? { livesIn: lives } : {}),
      rpp: priceParity(view.offer.profile.location),
    };
  });
  const best = bestOf(rows);
  return {
    best: best.view.record.id,
    offers: rows.map((r) => (r === best ? r : { ...r, breakEven: breakEvenOf(o, best.view, r.view) })),
  };
}

/**
 * What compareOffers works out, each offer and each break-even in a task of its own, so that drawing the
 * comparison finds it done (a shared comparison is drawn from its code: one long task would be several).
 */
export async function prepareComparison(ready: readonly OfferReady[], o: BasisOpts): Promise<void> {
  const rows: { view: OfferReady; onBasis: BasisSummary }[] = [];
  for (const view of ready) rows.push({ view, onBasis: await inTask(() => onBasisOf(o, view)) });
  const best = bestOf(rows).view;
  for (const { view } of rows) if (view !== best) await inTask(() => breakEvenOf(o, best, view));
}

/** Years the cash and the equity are compared over (4 unless the user picks another). */
export const compareHorizon = signal(4);
export const horizonChoices = [2, 3, 4, 5, 6, 7, 8, 10] as const;

export interface CashAndEquity {
  view: OfferReady;
  /** Cash pay over the horizon on the basis (years 1…horizon). */
  cash: number;
  /** The equity's expected value on the basis, or null for an offer without options or private RSUs. */
  equity: EquityOnBasis | null;
  combined: number;
  /** The state its pay is taxed in (after tax; null before tax or for the national average). */
  taxedState: string | null;
  /** For equity offers behind on cash: the exit value that makes up the cash leader's lead. */
  exitToBeat?: { leader: string; gap: number; value: number | null };
}

/** Cash and equity over the horizon on the basis, and what exit each equity offer needs to catch up. */
export function cashAndEquity(ready: readonly OfferReady[], o: BasisOpts, horizon: number): CashAndEquity[] {
  const rows = ready.map((view) => {
    const years = offerYears(view.offer, Math.max(horizon, steadyYear(view.offer)));
    const onBasis = offerOnBasis(view.offer, o, years);
    const cash = onBasis.years.slice(0, horizon).reduce((s, y) => s + y.value, 0);
    const equity = equityOnBasis(view.offer, o, horizon, true);
    const taxedState = onBasis.years[0]?.tax?.state ?? null;
    return { view, cash, equity, combined: cash + (equity?.expected ?? 0), taxedState };
  });
  const leader = rows.reduce((a, b) => (b.cash > a.cash ? b : a));
  return rows.map((r) => {
    const gap = leader.cash - r.cash;
    if (!r.equity || r === leader || gap <= 0) return r;
    return {
      ...r,
      exitToBeat: {
        leader: leader.view.record.company || 'the cash leader',
        gap,
        value: exitToBeat(r.view.offer, o, horizon, gap),
      },
    };
  });
}

/** An offer's startup equity after tax, with the household's filing status, tax year and 401(k). */
export function equityAfterTax(offer: OfferReady['offer'], horizon = 4): EquityOnBasis | null {
  return equityOnBasis(offer, { basis: 'after-tax', ...household.value }, horizon);
}

/** Leaving an offer with startup equity after `months`, taxed with the household's choices. */
export function leavingWith(offer: OfferReady['offer'], months: number) {
  return leavingWithEquity(offer, months, household.value);
}
