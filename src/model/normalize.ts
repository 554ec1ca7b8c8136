// How a typed value reads once parsed, for the forms of the lazy screens (kept out of the first download).
import { type NumberRules, parseNumber } from './parse';

/** A value written the way a field of these rules shows it: "$250,000", "$1,234.50", "15%", "2.5". */
export function formatValue(value: number, rules: NumberRules): string {
  if (rules.count) return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (!rules.money) return `${value}${rules.percent ? '%' : ''}`;
  // A price under a dollar in fractions of a cent (a seed-stage strike, $0.0045): as typed, to 4 places.
  if (Math.abs(value) < 1 && Math.round(value * 100) !== value * 100)
    return `${value < 0 ? '-' : ''}$${Number(Math.abs(value).toFixed(4))}`;
  const cents = Math.round(Math.abs(value) * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = cents % 100 === 0 ? '' : `.${String(cents % 100).padStart(2, '0')}`;
  return `${value < 0 ? '-' : ''}$${whole}${fraction}`;
}

/**
 * How a typed value reads once parsed ("$250k" → "$250,000", "1.2M" → "$1,200,000", "15 %" → "15%"), to
 * show beside the field; undefined when the text is empty, does not parse, or already reads that way.
 */
export function normalizedText(raw: string, rules: NumberRules): string | undefined {
  const p = parseNumber(raw, rules);
  if (!p.ok || p.value === undefined) return undefined;
  const shown = formatValue(p.value, rules);
  const typed = raw.trim();
  return typed === shown || typed === String(p.value) ? undefined : shown;
}
