/**
 * Whole US dollars as "$155,200" (negative: "-$1,250"). Written out rather than Intl.NumberFormat: the
 * first Intl call loads locale data on the main thread (tens of ms on a phone), and this gives the
 * same text on every browser and locale.
 */
export function formatUsd(n: number): string {
  const whole = Math.round(Math.abs(n));
  const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 && whole !== 0 ? '-' : ''}$${digits}`;
}
