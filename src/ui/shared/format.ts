import { formatUsd } from '../../model/money';

/** "$155,200" */
export const usd = formatUsd;

/** "$155k" for tight spaces. */
export const usdShort = (n: number): string => `${formatUsd(n / 1000)}k`;

/** A factor's value as the user reads it: dollars, "×1.098" or "28.1%". */
export function factorValue(value: number, unit: 'usd' | 'multiplier' | 'share'): string {
  switch (unit) {
    case 'usd':
      return usd(value);
    case 'multiplier':
      return `×${value.toFixed(3)}`;
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
  }
}

/** "+4.6%", "−1.8%", "0.0%" */
export const signedPct = (x: number): string =>
  `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(1)}%`;

/** "$35.00", "$1,234.56": a price per share, to the cent. */
export function usdCents(n: number): string {
  // Under a dollar in fractions of a cent (a seed-stage strike): to 4 places.
  if (Math.abs(n) < 1 && Math.round(n * 100) !== n * 100)
    return `${n < 0 ? '−' : ''}$${Math.abs(n).toFixed(4)}`;
  const c = Math.round(Math.abs(n) * 100);
  return `${n < 0 ? '−' : ''}${formatUsd(Math.floor(c / 100))}.${String(c % 100).padStart(2, '0')}`;
}
