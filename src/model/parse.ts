/** Result of reading a number the user typed: a value, nothing (empty), or a message saying what is wrong. */
export type Parsed = { ok: true; value: number | undefined } | { ok: false; message: string };

export interface NumberRules {
  /** What the field is called in messages, e.g. "Years of experience". */
  label: string;
  min: number;
  max: number;
  /** Whether a decimal point is allowed. */
  integer?: boolean;
  /** Money as people type it: "$150,000", "250,000.00", "$250k", "1.2M". */
  money?: boolean;
  /** A percent field: a trailing "%" is allowed, as in "15%". */
  percent?: boolean;
  /** Allow a leading minus (e.g. a share price that falls). */
  allowNegative?: boolean;
}

// Digits with or without correctly grouped thousands, an optional fraction, and (money only) k or M.
const plain = /^(\d+)(?:\.(\d+))?$|^()\.(\d+)$/;
const money = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([kKmM]?)$|^()\.(\d+)\s*([kKmM]?)$/;
const shifts: Record<string, number> = { '': 0, k: 3, K: 3, m: 6, M: 6 };

/** The number written as whole and fraction digits times 10^shift, exactly (no 1.2 × 1e6 rounding). */
function decimal(whole: string, fraction: string, shift: number): number {
  const frac = fraction.padEnd(shift, '0');
  return Number(`${whole}${frac.slice(0, shift)}.${frac.slice(shift) || '0'}`);
}

/** The digits part of `s` as a number, or undefined when it is not a number these rules accept. */
function readDigits(s: string, rules: NumberRules): number | undefined {
  if (rules.money) {
    const m = money.exec(s);
    if (!m) return undefined;
    const [whole, fraction, suffix] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    return decimal((whole ?? '').replace(/,/g, ''), fraction ?? '', shifts[suffix ?? ''] ?? 0);
  }
  const m = plain.exec(s);
  if (!m) return undefined;
  return decimal(m[1] ?? m[3] ?? '', m[2] ?? m[4] ?? '', 0);
}

/** A value written the way a field of these rules shows it: "$250,000", "$1,234.5", "15%", "2.5". */
export function formatValue(value: number, rules: NumberRules): string {
  if (!rules.money) return `${value}${rules.percent ? '%' : ''}`;
  const abs = Math.abs(value);
  const cents = Math.round(abs * 100) % 100;
  const whole = String(Math.floor(Math.round(abs * 100) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`;
  return `${value < 0 ? '-' : ''}$${whole}${fraction}`;
}

/**
 * Reads a user-typed number. Accepts plain decimals; in money fields "$150,000", "250,000.00", "$250k"
 * and "1.2M"; in percent fields "15%". Rejects letters, exponents like "1e12", badly grouped commas,
 * negatives and values outside [min, max] with a message that says why.
 */
export function parseNumber(raw: string, rules: NumberRules): Parsed {
  let s = raw.trim();
  if (s === '') return { ok: true, value: undefined };
  const negative = /^[-−]/.test(s);
  if (negative && !rules.allowNegative) return { ok: false, message: `${rules.label} can’t be negative.` };
  if (negative) s = s.slice(1).trimStart();
  if (rules.money) s = s.replace(/^\$\s*/, '');
  if (rules.percent) s = s.replace(/\s*%$/, '');
  const digits = readDigits(s, rules);
  if (digits === undefined || Number.isNaN(digits)) {
    return {
      ok: false,
      message: `${rules.label} must be a number${rules.money ? ', like 150000 or $150k' : ''}.`,
    };
  }
  // Too many digits reads as Infinity, which the range check below turns away.
  const value = negative && digits !== 0 ? -digits : digits;
  if (rules.integer && !Number.isInteger(value)) {
    return { ok: false, message: `${rules.label} must be a whole number.` };
  }
  if (value < rules.min || value > rules.max) {
    const f = (n: number) => formatValue(n, rules);
    return { ok: false, message: `${rules.label} must be between ${f(rules.min)} and ${f(rules.max)}.` };
  }
  return { ok: true, value };
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

/** The rules for the years-of-experience field. */
export const yearsRules: NumberRules = { label: 'Years of experience', min: 0, max: 50 };
