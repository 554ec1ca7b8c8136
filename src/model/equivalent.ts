// Cost of living: the BEA price-parity area of a location, and the gross one place needs for the
// take-home (at its prices) that a gross earns in another.
import { place } from './places';
import { exact, type FilingStatus, type TakeHomeInput, type TaxYear, taxState } from './tax';

/** The BEA price-parity area of a place (the place itself: a metro, a state or the nation). */
export function priceArea(location: string): { id: string; label: string; rpp: number; kind: string } {
  const p = place(location);
  return { id: p.id, label: p.label, rpp: p.rpp, kind: p.kind };
}

/** BEA Regional Price Parity for a place, US = 100. */
export function priceParity(location: string): number {
  return place(location).rpp;
}

/**
 * The gross wages in `to` whose take-home, divided by its price parity, equals that of `wages` in
 * `from`: the smallest such gross, since New York's recapture can make take-home dip as wages rise.
 * Solved on the unrounded take-home: a coarse scan for the first crossing, then bisection to a cent.
 */
export function equivalentWages(
  wages: number,
  from: string,
  to: string,
  opts: { filingStatus: FilingStatus; year: TaxYear; pretax401k?: number } & Pick<
    TakeHomeInput,
    'state' | 'cityTaxes'
  > & { fromState?: string; fromCityTaxes?: readonly string[] },
): number {
  const base = { filingStatus: opts.filingStatus, year: opts.year, pretax401k: opts.pretax401k ?? 0 };
  const fromOpts = {
    ...(opts.fromState ? { state: opts.fromState } : {}),
    ...(opts.fromCityTaxes ? { cityTaxes: opts.fromCityTaxes } : {}),
  };
  const toOpts = {
    ...(opts.state ? { state: opts.state } : {}),
    ...(opts.cityTaxes ? { cityTaxes: opts.cityTaxes } : {}),
  };
  const target =
    (exact({ ...base, ...fromOpts, wages, location: from }).net / priceParity(from)) * priceParity(to);
  const net = (w: number) => exact({ ...base, ...toOpts, wages: w, location: to }).net;
  if (target <= net(0)) return 0;
  let top = Math.max(1, wages);
  while (net(top) < target) top *= 2;
  const search = dipSearch(to, top, opts.state);
  return Math.round(firstCrossing(net, target, top, search));
}

/**
 * How far below a crossing to look for an earlier one where take-home in `location` can dip as wages
 * rise. Many places have such steps (California's credit phase-out, Colorado's deduction add-back,
 * Illinois's and Maryland's exemption limits, flat local head taxes, New York City's credits); New
 * York's recapture makes the widest: its dips and recoveries span up to about 1.3% of the wages where
 * they fall (about $64,000 at $1.1 million single, $330,000 at $25 million).
 */
export function dipSearch(location: string, top: number, state?: string): { fine: number; coarse: number } {
  const st = taxState(location, state);
  return st === 'NY'
    ? { fine: 100, coarse: Math.max(150_000, top * 0.02) }
    : { fine: 100, coarse: Math.max(20_000, top * 0.02) };
}

const STEP = 250;

/**
 * The lowest w in the $250 samples from `from` down to `to` with f(w) ≥ target — or inside a gap
 * between two samples below target where the function peaks above it. Take-home is piecewise linear in
 * wages, so a peak between two samples lies under the crossing of the lines through the samples on
 * either side; only a gap whose bound reaches the target is scanned dollar by dollar.
 */
function earliestBelow(
  f: (w: number) => number,
  target: number,
  from: number,
  to: number,
): number | undefined {
  const ws: number[] = [];
  for (let w = from; w >= Math.max(0, to); w -= STEP) ws.push(w);
  const vs = ws.map(f);
  let earliest: number | undefined;
  for (let i = 0; i < ws.length; i++) {
    if ((vs[i] as number) >= target) earliest = ws[i];
    // The gap between samples i + 1 (lower w) and i, with a sample beyond each end to give the slopes.
    if (i < 1 || i + 2 >= ws.length) continue;
    const [hiW, loW] = [ws[i] as number, ws[i + 1] as number];
    const [hiV, loV] = [vs[i] as number, vs[i + 1] as number];
    if (hiV >= target || loV >= target) continue;
    const rising = (loV - (vs[i + 2] as number)) / STEP;
    const falling = ((vs[i - 1] as number) - hiV) / STEP;
    if (!(rising > 0 && falling < 0)) continue;
    // Where the rising line from the left meets the falling line from the right.
    const x = (hiV - loV + rising * loW - falling * hiW) / (rising - falling);
    if (loV + rising * (x - loW) < target) continue;
    for (let w = Math.ceil(loW); w <= hiW; w++) {
      if (f(w) >= target) {
        earliest = w;
        break;
      }
    }
  }
  return earliest;
}

/**
 * The smallest w in [0, top] with f(w) ≥ target (f(top) ≥ target > f(0)). Take-home is not monotone
 * everywhere (California's credit phases out in steps; New York's recapture phases in over $50,000),
 * so after a bisection finds a crossing, earlier ones are looked for: dollar by dollar over `fine`
 * dollars just below it, then every $250 (and inside any gap where the function peaks) over `coarse`
 * dollars below that.
 */
export function firstCrossing(
  f: (w: number) => number,
  target: number,
  top: number,
  search: { fine: number; coarse: number },
): number {
  const bisect = (lo: number, hi: number) => {
    while (hi - lo > 0.01) {
      const mid = (lo + hi) / 2;
      if (f(mid) < target) lo = mid;
      else hi = mid;
    }
    return hi;
  };
  let best = bisect(0, top);
  for (;;) {
    let earlier: number | undefined;
    for (let w = Math.floor(best) - 1; w >= Math.max(0, best - search.fine); w--)
      if (f(w) >= target) earlier = w;
    if (search.coarse > 0) {
      const start = Math.floor(best) - Math.max(1, search.fine);
      const e = earliestBelow(f, target, start, best - search.fine - search.coarse);
      if (e !== undefined && (earlier === undefined || e < earlier)) earlier = e;
    }
    if (earlier === undefined) return best;
    // Bisect down to the first crossing below the earlier point found.
    let lo = Math.max(0, earlier - STEP);
    while (lo > 0 && f(lo) >= target) lo = Math.max(0, lo - STEP);
    const next = bisect(lo, earlier);
    if (next >= best) return best;
    best = next;
  }
}
