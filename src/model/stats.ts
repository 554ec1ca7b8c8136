/** Standard normal CDF (Abramowitz & Stegun 7.1.26 for erf; absolute error < 1.5e-7). */
export function normCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/** Inverse standard normal CDF for 0 < p < 1 (Acklam's rational approximation, relative error < 1.2e-9). */
export function normInv(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normInv needs 0 < p < 1, got ${p}`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  const poly = (k: number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/**
 * Percentile (0–100) of `x` in a two-piece log-normal whose median is `typical` and whose `pLow`th and
 * `pHigh`th percentiles are `low` and `high`: each side has its own spread, so the range need not be
 * symmetric.
 */
export function percentileInRange(
  x: number,
  r: { low: number; typical: number; high: number },
  pLow: number,
  pHigh: number,
): number {
  if (!(x > 0)) return 0;
  const d = Math.log(x / r.typical);
  const side = d < 0 ? { ref: r.low, p: pLow } : { ref: r.high, p: pHigh };
  const z = normInv(side.p / 100);
  const sigma = Math.log(side.ref / r.typical) / z;
  if (!(sigma > 0)) return d < 0 ? 0 : d > 0 ? 100 : 50;
  return Math.min(100, Math.max(0, normCdf(d / sigma) * 100));
}
