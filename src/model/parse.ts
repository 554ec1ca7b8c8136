import { formatUsd } from './money';

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

/** The number written as whole and fraction digits times 10^shift, exactly (no 1.2 × 1e6 rounding). */
function decimal(whole: string, fraction: string, shift: number): number {
  const frac = fraction.padEnd(shift, '0');
  return Number(`${whole}${frac.slice(0, shift)}.${frac.slice(shift) || '0'}`);
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
  let shift = 0;
  if (rules.money) {
    s = s.replace(/^\$\s*/, '');
    const k = /\s*([kKmM])$/.exec(s);
    if (k) {
      shift = k[1] === 'k' || k[1] === 'K' ? 3 : 6;
      s = s.slice(0, k.index);
    }
  }
  if (rules.percent) s = s.replace(/\s*%$/, '');
  // Digits (in money, plain or correctly grouped in thousands) and an optional fraction.
  const m = (rules.money ? /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/ : /^(\d*)(?:\.(\d+))?$/).exec(s);
  if (!m || !(m[1] || m[2])) {
    return {
      ok: false,
      message: `${rules.label} must be a number${rules.money ? ', like 150000 or $150k' : ''}.`,
    };
  }
  const digits = decimal((m[1] ?? '').replace(/,/g, ''), m[2] ?? '', shift);
  // Too many digits reads as Infinity, which the range check below turns away.
  const value = negative && digits !== 0 ? -digits : digits;
  if (rules.integer && !Number.isInteger(value)) {
    return { ok: false, message: `${rules.label} must be a whole number.` };
  }
  if (value < rules.min || value > rules.max) {
    const f = (n: number) => (rules.money ? formatUsd(n) : `${n}${rules.percent ? '%' : ''}`);
    return { ok: false, message: `${rules.label} must be between ${f(rules.min)} and ${f(rules.max)}.` };
  }
  return { ok: true, value };
}

/** The rules for the years-of-experience field. */
export const yearsRules: NumberRules = { label: 'Years of experience', min: 0, max: 50 };
