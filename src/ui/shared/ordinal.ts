/** 62 → "62nd" */
export function ordinal(n: number): string {
  const r = Math.round(n);
  const s = r % 100 >= 11 && r % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][r % 10] ?? 'th');
  return `${r}${s}`;
}

/** A percentile as it is shown: whole, 0–100 (rows compare on this, so equal text is an equal rank). */
export const percentileShown = (p: number): number => Math.min(100, Math.max(0, Math.round(p)));

/** 62 → "62nd"; past the ends of the scale, "above the 99th" / "below the 1st" (never "100th"). */
export function percentileText(p: number): string {
  const r = percentileShown(p);
  return r >= 100 ? 'above the 99th' : r <= 0 ? 'below the 1st' : ordinal(r);
}
