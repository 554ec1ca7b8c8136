/** Result of reading a number the user typed: a value, nothing (empty), or a message saying what is wrong. */
export type Parsed = { ok: true; value: number | undefined } | { ok: false; message: string };

export interface NumberRules {
  /** What the field is called in messages, e.g. "Years of experience". */
  label: string;
  min: number;
  max: number;
  /** Whether a decimal point is allowed. */
  integer?: boolean;
  /** Allow "$" and thousands separators, as in "$150,000". */
  money?: boolean;
  /** Allow a leading minus (e.g. a share price that falls). */
  allowNegative?: boolean;
}

/**
 * Reads a user-typed number. Accepts plain decimals (and "$150,000" for money); rejects letters,
 * exponents like "1e12", negatives and values outside [min, max] with a message that says why.
 */
export function parseNumber(raw: string, rules: NumberRules): Parsed {
  let s = raw.trim();
  if (s === '') return { ok: true, value: undefined };
  if (rules.money) s = s.replace(/^\$\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  const negative = /^[-−]/.test(s);
  if (negative && !rules.allowNegative) return { ok: false, message: `${rules.label} can’t be negative.` };
  if (negative) s = s.slice(1);
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) {
    return { ok: false, message: `${rules.label} must be a number${rules.money ? ', like 150000' : ''}.` };
  }
  const value = negative ? -Number(s) : Number(s);
  if (rules.integer && !Number.isInteger(value)) {
    return { ok: false, message: `${rules.label} must be a whole number.` };
  }
  if (value < rules.min || value > rules.max) {
    return { ok: false, message: `${rules.label} must be between ${rules.min} and ${rules.max}.` };
  }
  return { ok: true, value };
}

/** The rules for the years-of-experience field. */
export const yearsRules: NumberRules = { label: 'Years of experience', min: 0, max: 50 };
