import { type Extras, extraFieldRules, parseExtras } from './equity/offerEquity';
import type { Offer, Vesting } from './offer';
import { vestingError } from './offer';
import type { OfferFieldName, OfferFields } from './offerFields';
import { type NumberRules, parseNumber } from './parse';
import type { Profile } from './types';

const MAX_MONEY = 100_000_000;
/** Rules per numeric field: label, bounds, and whether money ("$150k") or a percent ("15%") is accepted. */
export const offerFieldRules: Readonly<Record<Exclude<OfferFieldName, 'customPct' | 'shares'>, NumberRules>> =
  {
    ...extraFieldRules,
    base: { label: 'Base salary', min: 0, max: MAX_MONEY, money: true },
    bonusPct: { label: 'Target bonus', min: 0, max: 200, percent: true },
    signOn1: { label: 'Sign-on, year 1', min: 0, max: MAX_MONEY, money: true },
    signOn2: { label: 'Sign-on, year 2', min: 0, max: MAX_MONEY, money: true },
    grant: { label: 'Equity grant', min: 0, max: MAX_MONEY, money: true },
    cliffMonths: { label: 'Cliff', min: 0, max: 120, integer: true },
    growthPct: { label: 'Equity growth', min: -90, max: 100, allowNegative: true, percent: true },
    refresher: { label: 'Yearly refresher', min: 0, max: MAX_MONEY, money: true },
    matchPct: { label: 'Retirement match', min: 0, max: 100, percent: true },
    matchCap: { label: 'Match cap', min: 0, max: MAX_MONEY, money: true, example: '10000 or $10k' },
  };

/**
 * A base under $1,000 a year is no salary: most likely thousands typed without their “k” (150 for
 * $150,000). It is read as typed; the form says what it read, and this is what “k” would make it.
 */
export const thousandsMeant = (base: number): number | undefined =>
  base > 0 && base < 1000 ? Math.round(base * 1000) : undefined;

export type OfferParse =
  | { ok: true; offer: Offer }
  | { ok: false; errors: Partial<Record<OfferFieldName, string>> };

/**
 * Reads typed offer fields into an Offer, or says for each bad field what is wrong. Empty means 0 except
 * base. `leaveOutPrivateEquity`: the offer without its options or private RSUs (their fields unread),
 * the rest read exactly as with them: the cash pay while the equity's fields are being fixed.
 */
export function parseOffer(
  profile: Profile,
  f: OfferFields,
  opts: { leaveOutPrivateEquity?: boolean } = {},
): OfferParse {
  const errors: Partial<Record<OfferFieldName, string>> = {};
  const num = (name: Exclude<OfferFieldName, 'customPct' | 'shares'>): number => {
    const r = parseNumber(f[name], offerFieldRules[name]);
    if (!r.ok) {
      errors[name] = r.message;
      return 0;
    }
    return r.value ?? 0;
  };
  if (f.base.trim() === '') errors.base = 'Base salary is required.';
  const base = num('base');
  const bonusTargetPct = num('bonusPct');
  const signOn = { year1: num('signOn1'), year2: num('signOn2') };
  // Options and private RSUs hide the grant value, growth and refreshers: only public RSUs read them.
  const publicRsu = f.equityKind === 'public-rsu';
  const grant = publicRsu ? num('grant') : 0;
  const growthPct = publicRsu ? num('growthPct') : 0;
  const refresher = publicRsu ? num('refresher') : 0;
  const matchPct = num('matchPct');
  const matchCapText = f.matchCap.trim();
  const matchCap = num('matchCap');

  let vesting: Vesting;
  if (f.vesting === 'custom') {
    const cliffMonths = num('cliffMonths');
    const parts = f.customPct
      .replace(/\s+%/g, '%')
      .split(/[,\s/]+/)
      .filter((x) => x !== '');
    const pct = parts.map((x) =>
      parseNumber(x, { label: 'Each year’s vesting', min: 0, max: 100, percent: true }),
    );
    const bad = pct.find((p) => !p.ok);
    if (bad && !bad.ok) errors.customPct = bad.message;
    const yearlyPct = pct.map((p) => (p.ok ? (p.value ?? 0) : 0));
    vesting = { kind: 'custom', yearlyPct, cliffMonths };
    const err = errors.customPct || errors.cliffMonths ? null : vestingError(vesting);
    if (err) errors.customPct = err;
  } else {
    vesting = { kind: 'preset', id: f.vesting };
  }
  const extras: Extras = parseExtras(f, errors, !opts.leaveOutPrivateEquity);
  if (Object.keys(errors).length) return { ok: false, errors };
  // Options and private RSUs are an outcome at an exit, never yearly pay: no grant value, no refreshers.
  return {
    ok: true,
    offer: {
      profile,
      base,
      bonusTargetPct,
      signOn,
      equity: { grant: publicRsu ? grant : 0, vesting, growthPct },
      ...extras,
      ...(publicRsu && refresher > 0
        ? { refresher: { annualGrant: refresher, vesting: { kind: 'preset', id: f.refresherVesting } } }
        : {}),
      ...(matchPct > 0
        ? { retirementMatch: { pct: matchPct, ...(matchCapText ? { capUsd: matchCap } : {}) } }
        : {}),
    },
  };
}
