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
  /** Money as people type it: "$150,000", "250,000.00", "$250k", "1.2M", "$2B". */
  money?: boolean;
  /** How a good value looks, for the message on a bad one (default by kind: "150000 or $150k", …). */
  example?: string;
  /** A count (of shares) read as money is, "40,000,000" or "40M", and shown without a "$". */
  count?: boolean;
  /** A percent field: a trailing "%" is allowed, as in "15%". */
  percent?: boolean;
  /** Allow a leading minus (e.g. a share price that falls). */
  allowNegative?: boolean;
}

/**
 * Reads a user-typed number. Accepts plain decimals; in money fields "$150,000", "250,000.00", "$250k", "$2B"
 * and "1.2M"; in percent fields "15%". Rejects letters, exponents like "1e12", stray commas,
 * negatives and values outside [min, max] with a message that says why.
 */
export function parseNumber(raw: string, rules: NumberRules): Parsed {
  let s = raw.trim();
  if (s === '') return { ok: true, value: undefined };
  const negative = /^[-−]/.test(s);
  if (negative && !rules.allowNegative) return { ok: false, message: `${rules.label} can’t be negative.` };
  if (negative) s = s.slice(1);
  // k, M and B become a decimal exponent, so that "1.15M" reads exactly as 1,150,000.
  let exp = 0;
  if (rules.money || rules.count)
    s = s
      .replace(/^\$\s*/, '')
      .replace(/,(?=\d{3}(\D|$))/g, '')
      .replace(/\s*[kKmMbB]$/, (k) => {
        exp = /k/i.test(k) ? 3 : /m/i.test(k) ? 6 : 9;
        return '';
      });
  if (rules.percent) s = s.replace(/\s*%$/, '');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) {
    return {
      ok: false,
      message: `${rules.label} must be a number${rules.example ? `, like ${rules.example}` : rules.money ? ', like 150000 or $150k' : rules.count ? ', like 40,000,000 or 40M' : ''}.`,
    };
  }
  // Too many digits reads as Infinity, which the range check below turns away.
  const value = (negative ? -1 : 1) * Number(`${s}e${exp}`) || 0;
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
