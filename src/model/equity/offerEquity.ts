// The parts of an offer beyond salary, bonus and public RSUs, as the offer form reads them: private
// equity (options or double-trigger RSUs) with its exit scenarios, an ESPP, an employer HSA
// contribution and the sign-on clawback. Plain shapes and their parsing; the money math is elsewhere.

import { formatUsd } from '../money';
import {
  type ClawbackRule,
  type ExerciseWindow,
  type ExitScenarioId,
  exitScenarioIds,
  type OfferFieldName,
  type OfferFields,
  type OptionType,
} from '../offerFields';
import { type NumberRules, parseNumber } from '../parse';
import { hsaContribution } from './benefits';

export interface ExitScenario {
  id: ExitScenarioId;
  label: string;
  exitValue: number;
  /** 0–1. */
  probability: number;
  /** Years after the start (1 = the first year). */
  year: number;
}

/** Stock options or private RSUs: an outcome at an exit, never yearly pay. */
export interface PrivateEquity {
  kind: 'options' | 'private-rsu';
  optionType: OptionType;
  shares: number;
  fullyDilutedShares: number;
  /** Per share, USD; 0 for RSUs. */
  strike: number;
  fmv409a: number;
  preferredPrice: number;
  earlyExercise: boolean;
  exerciseWindow: ExerciseWindow;
  /** 0–1: the share of the company later rounds take. */
  dilution: number;
  /** Today's preferred shares (part of the fully diluted count), when known; else the cautious reading. */
  preferredShares?: number;
  /** The liquidation preferences ahead of common, in total (1× non-participating). */
  preferenceStack: number;
  /** Scenarios with an exit value filled in; their probabilities add up to 1 at most. */
  scenarios: ExitScenario[];
}

export interface Espp {
  /** Of base pay, contributed each year. */
  contributionPct: number;
  discountPct: number;
  lookback: boolean;
}

export interface Extras {
  privateEquity?: PrivateEquity;
  espp?: Espp;
  hsa?: { amount: number; coverage: 'self' | 'family' };
  /** How the sign-on is repaid on leaving early; absent: each year's kept once that year is worked. */
  clawback?: Exclude<ClawbackRule, 'per-year'>;
}

const MONEY = 100_000_000;
/** The fields of the private equity block (options or private RSUs and their exits): never yearly pay. */
const privateFieldNames = [
  'shares',
  'fullyDiluted',
  'strike',
  'fmv409a',
  'preferredPrice',
  'dilutionPct',
  'preferenceStack',
  'preferredShares',
] as const satisfies readonly OfferFieldName[];
export type PrivateEquityField =
  | (typeof privateFieldNames)[number]
  | Extract<OfferFieldName, `${ExitScenarioId}${'Value' | 'Prob' | 'Year'}`>;
// The ESPP and the HSA are cash: each field is named in one of the two, on purpose.
type ExtraField = PrivateEquityField | Extract<OfferFieldName, 'esppPct' | 'esppDiscountPct' | 'hsa'>;
const scenarioRules = (name: string) => ({
  Value: {
    label: `${name}: exit value`,
    min: 0,
    max: 10_000_000_000_000,
    money: true,
    example: '$500M or $2B',
  },
  Prob: { label: `${name}: probability`, min: 0, max: 100, percent: true },
  Year: { label: `${name}: year of the exit`, min: 1, max: 15, integer: true },
});
const scenarioNames: Record<ExitScenarioId, string> = {
  fail: 'Fails',
  modest: 'Modest exit',
  strong: 'Strong exit',
};

/** Rules per field beyond the cash ones: label, bounds, money or percent. */
export const extraFieldRules: Readonly<Record<Exclude<ExtraField, 'shares'>, NumberRules>> = {
  fullyDiluted: { label: 'Fully diluted shares', min: 1, max: 1e12, integer: true, count: true },
  strike: { label: 'Strike price', min: 0, max: 1_000_000, money: true, example: '4.10 or $4.10' },
  fmv409a: { label: '409A price', min: 0, max: 1_000_000, money: true, example: '4.10 or $4.10' },
  preferredPrice: {
    label: 'Latest preferred price',
    min: 0,
    max: 1_000_000,
    money: true,
    example: '12.50 or $12.50',
  },
  dilutionPct: { label: 'Dilution from later rounds', min: 0, max: 95, percent: true },
  preferenceStack: {
    label: 'Liquidation preferences',
    min: 0,
    max: 10_000_000_000_000,
    money: true,
    example: '$200M',
  },
  preferredShares: { label: 'Preferred shares', min: 0, max: 1e12, integer: true, count: true },
  ...Object.fromEntries(
    (Object.keys(scenarioNames) as ExitScenarioId[]).flatMap((id) =>
      Object.entries(scenarioRules(scenarioNames[id])).map(([k, r]) => [`${id}${k}`, r]),
    ),
  ),
  esppPct: { label: 'ESPP contribution', min: 0, max: 50, percent: true },
  esppDiscountPct: { label: 'ESPP discount', min: 0, max: 15, percent: true },
  hsa: { label: 'Employer HSA contribution', min: 0, max: MONEY, money: true, example: '1000 or $1k' },
} as Record<Exclude<ExtraField, 'shares'>, NumberRules>;

const sharesCount: NumberRules = { label: 'Shares', min: 0, max: 1e12, integer: true, count: true };
const sharesPct: NumberRules = { label: 'Shares', min: 0, max: 100, percent: true };

// The same names as the type, from the same list: one place to add a field.
const privateFields: ReadonlySet<string> = new Set<PrivateEquityField>([
  ...privateFieldNames,
  ...exitScenarioIds.flatMap((id) => [`${id}Value`, `${id}Prob`, `${id}Year`] as const),
]);

/** Whether a field belongs to the private equity block (an error there leaves the cash pay readable). */
export const isPrivateEquityField = (name: string): name is PrivateEquityField => privateFields.has(name);

/** A private equity field's label, as its messages name it. */
export const privateEquityLabel = (name: PrivateEquityField): string =>
  name === 'shares' ? sharesCount.label : extraFieldRules[name].label;

/**
 * Reads the fields beyond cash into `Extras`, putting each bad field's message in `errors`. Private
 * equity is read only when the equity kind asks for it (and `privateEquity` is not false: the cash
 * alone, while its fields are being fixed); an ESPP only with a contribution; an HSA only with an
 * amount, within the year's limit.
 */
export function parseExtras(
  f: OfferFields,
  errors: Partial<Record<OfferFieldName, string>>,
  privateEquity = true,
): Extras {
  const num = (name: Exclude<ExtraField, 'shares'>): number => {
    const r = parseNumber(f[name], extraFieldRules[name]);
    if (!r.ok) errors[name] = r.message;
    return r.ok ? (r.value ?? 0) : 0;
  };
  const out: Extras = {};
  if (privateEquity && f.equityKind !== 'public-rsu') out.privateEquity = parsePrivate(f, num, errors);
  const esppPct = num('esppPct');
  if (esppPct > 0)
    out.espp = {
      contributionPct: esppPct,
      discountPct: num('esppDiscountPct'),
      lookback: f.esppLookback === 'yes',
    };
  const hsa = num('hsa');
  if (hsa > 0) {
    // Above the year's limit an employer contribution is not allowed (IRC §223(b)); the latest limit.
    const h = hsaContribution({ amount: hsa, coverage: f.hsaCoverage, year: 2026 });
    if (h.overLimit)
      errors.hsa = `Above the ${h.limitYear} HSA limit for ${f.hsaCoverage === 'self' ? 'self-only' : 'family'} coverage (${formatUsd(h.limit)}).`;
    else out.hsa = { amount: hsa, coverage: f.hsaCoverage };
  }
  if (f.clawback !== 'per-year') out.clawback = f.clawback;
  return out;
}

/** Today's preferred shares when given: part of the fully diluted count, leaving room for the grant. */
function preferredOf(
  f: OfferFields,
  num: (name: Exclude<ExtraField, 'shares'>) => number,
  errors: Partial<Record<OfferFieldName, string>>,
  shares: number,
  fullyDiluted: number,
): { preferredShares?: number } {
  if (f.preferredShares.trim() === '') return {};
  const preferredShares = num('preferredShares');
  if (!errors.preferredShares && !errors.shares && preferredShares + shares > fullyDiluted)
    errors.preferredShares =
      'Preferred shares and this grant together can’t be more than the fully diluted shares.';
  return preferredShares > 0 ? { preferredShares } : {};
}

/** The grant's fields an offer of this kind needs: its shares and the fully diluted count; options their strike. */
export const grantFields = (
  kind: OfferFields['equityKind'],
): readonly ('shares' | 'strike' | 'fullyDiluted')[] =>
  kind === 'options' ? ['shares', 'strike', 'fullyDiluted'] : ['shares', 'fullyDiluted'];

/** Options or private RSUs chosen, and none of their grant entered yet. */
export const grantNotEntered = (f: OfferFields): boolean =>
  f.equityKind !== 'public-rsu' && grantFields(f.equityKind).every((k) => f[k].trim() === '');

const grantRequired = {
  shares: 'Shares are required for options or private RSUs.',
  strike: 'The strike price is required (it is in the offer letter).',
  fullyDiluted: 'The fully diluted share count is required (the company can tell you).',
} as const;

function parsePrivate(
  f: OfferFields,
  num: (name: Exclude<ExtraField, 'shares'>) => number,
  errors: Partial<Record<OfferFieldName, string>>,
): PrivateEquity {
  const fullyDilutedShares = num('fullyDiluted');
  const pct = f.shares.includes('%');
  const r = parseNumber(f.shares, pct ? sharesPct : sharesCount);
  let shares = r.ok ? (r.value ?? 0) : 0;
  if (!r.ok) errors.shares = r.message;
  else if (pct) shares = Math.round(((r.value ?? 0) / 100) * fullyDilutedShares);
  // The grant's fields this kind needs (grantFields, which also says when none is entered yet).
  for (const k of grantFields(f.equityKind)) if (f[k].trim() === '') errors[k] = grantRequired[k];
  if (!errors.shares && !errors.fullyDiluted && shares > fullyDilutedShares)
    errors.shares = 'Shares can’t be more than the fully diluted share count.';
  const scenarios: ExitScenario[] = [];
  for (const id of Object.keys(scenarioNames) as ExitScenarioId[]) {
    const noValue = f[`${id}Value`].trim() === '';
    const noProb = f[`${id}Prob`].trim() === '';
    const name = scenarioNames[id];
    if (noValue && noProb) {
      // A year with nothing to date would be dropped without a word: ask for the exit or a clear year.
      if (f[`${id}Year`].trim() !== '')
        errors[`${id}Year`] =
          `${name}: add the company’s value and how likely this exit is, or clear its year.`;
      continue;
    }
    // An exit at $0 without its chance counts nothing whatever its chance: nothing to ask.
    const exitValue = num(`${id}Value`);
    if (noProb && !noValue && !errors[`${id}Value`] && exitValue === 0) continue;
    // Half an exit would count for nothing without a word: ask for the other half.
    if (noProb) errors[`${id}Prob`] = `${name}: add how likely this exit is (%), or clear its value.`;
    if (noValue)
      errors[`${id}Value`] =
        `${name}: add the company’s value at this exit (0 if nothing), or clear its chance.`;
    const probability = num(`${id}Prob`) / 100;
    const year = f[`${id}Year`].trim() === '' ? 4 : num(`${id}Year`);
    scenarios.push({ id, label: scenarioNames[id], exitValue, probability, year });
  }
  const total = scenarios.reduce((s, x) => s + x.probability, 0);
  // On every exit with a chance entered: any of them may be the one to lower (the one just typed among them).
  if (total > 1 + 1e-9)
    for (const x of scenarios)
      if (x.probability > 0)
        errors[`${x.id}Prob`] ??=
          `The probabilities add up to ${Math.round(total * 1000) / 10}%: at most 100%.`;
  return {
    kind: f.equityKind === 'options' ? 'options' : 'private-rsu',
    optionType: f.optionType,
    shares,
    fullyDilutedShares,
    strike: f.equityKind === 'options' ? num('strike') : 0,
    fmv409a: num('fmv409a'),
    preferredPrice: num('preferredPrice'),
    earlyExercise: f.earlyExercise === 'yes',
    exerciseWindow: f.exerciseWindow,
    dilution: num('dilutionPct') / 100,
    preferenceStack: num('preferenceStack'),
    ...preferredOf(f, num, errors, shares, fullyDilutedShares),
    scenarios,
  };
}
