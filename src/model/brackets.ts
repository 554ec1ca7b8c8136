/** [lower bound, rate %], ascending from 0. */
export type Bracket = [number, number];

/** Tax on `income` by progressive brackets ([lower bound, rate %], ascending). */
export function bracketTax(income: number, brackets: readonly Bracket[]): number {
  let tax = 0;
  for (let i = 0; i < brackets.length; i++) {
    const [lo, rate] = brackets[i] as Bracket;
    const hi = i + 1 < brackets.length ? (brackets[i + 1] as Bracket)[0] : Number.POSITIVE_INFINITY;
    if (income > lo) tax += ((Math.min(income, hi) - lo) * rate) / 100;
  }
  return tax;
}
