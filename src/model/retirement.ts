import federal from '../../data/federal.json' with { type: 'json' };
import { formatUsd } from './money';
import { type NumberRules, type Parsed, parseNumber } from './parse';

/** One calendar year's limits on what an employee may defer into a 401(k). */
export interface Employee401kLimit {
  year: number;
  /** The elective-deferral limit (IRC 402(g)). */
  employee: number;
  /** The extra catch-up allowed to someone 50 or older by the end of the year (IRC 414(v)). */
  catchUp50: number;
  source: string;
}

const limits = federal.employee401kLimits.years as Record<
  string,
  Omit<Employee401kLimit, 'year'> | undefined
>;

/** The years whose 401(k) limits are in the data. */
export const k401LimitYears: readonly number[] = Object.keys(limits).map(Number);

/** The 401(k) limits for a calendar year; throws for a year the data does not have. */
export function employee401kLimit(year: number): Employee401kLimit {
  const l = limits[String(year)];
  if (!l) throw new RangeError(`No 401(k) limit for ${year}`);
  return { year, ...l };
}

/** The most one person may defer in `year`: the employee limit, plus the catch-up at 50 or older. */
export function max401k(year: number, age50OrOver: boolean): number {
  const l = employee401kLimit(year);
  return l.employee + (age50OrOver ? l.catchUp50 : 0);
}

/** The contribution field: money as people type it; the year's limit is checked by `parse401k`. */
export const k401Rules: NumberRules = {
  label: '401(k) contribution',
  min: 0,
  max: 10_000_000,
  money: true,
  example: '23500 or $23.5k',
};

/**
 * Reads a typed pre-tax 401(k) contribution for a year, held to that year's employee limit (plus the
 * catch-up when the person is 50 or older), with a message that names the limit.
 */
export function parse401k(raw: string, opts: { year: number; age50OrOver: boolean }): Parsed {
  const r = parseNumber(raw, k401Rules);
  if (!r.ok || r.value === undefined) return r;
  const l = employee401kLimit(opts.year);
  const max = max401k(opts.year, opts.age50OrOver);
  if (r.value <= max) return r;
  const usd = formatUsd;
  return {
    ok: false,
    message: opts.age50OrOver
      ? `401(k) contribution can’t be more than ${usd(max)} in ${l.year}: the ${usd(l.employee)} employee limit plus the ${usd(l.catchUp50)} catch-up at 50 or older.`
      : `401(k) contribution can’t be more than ${usd(max)}, the ${l.year} employee limit (${usd(l.employee + l.catchUp50)} at 50 or older).`,
  };
}

/**
 * The message when a contribution is more than the wages it would come from (`where` names the place
 * or offer, e.g. "in Texas"), or undefined when the wages cover it.
 */
export function k401WagesError(amount: number, wages: number, where = ''): string | undefined {
  if (amount <= wages) return undefined;
  const at = where ? ` (${formatUsd(wages)} ${where})` : ` (${formatUsd(wages)})`;
  return `401(k) contribution can’t be more than the wages it comes from${at}.`;
}
