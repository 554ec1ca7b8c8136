// The plain shapes of an offer form, kept apart from the offer math so that storage (loaded on the
// first screen) can validate saved offers without pulling the math into the first download.

export const vestingPresetIds = [
  'even-4y-cliff',
  'back-5-15-40-40',
  'front-40-30-20-10',
  'front-38-32-20-10',
  'even-3y',
] as const;
export type VestingPreset = (typeof vestingPresetIds)[number];
export type VestingChoice = VestingPreset | 'custom';
export const vestingChoices: readonly VestingChoice[] = [...vestingPresetIds, 'custom'];

/** What the equity is: RSUs of a public company, RSUs of a private one (double trigger), or stock options. */
export const equityKinds = ['public-rsu', 'private-rsu', 'options'] as const;
export type EquityKind = (typeof equityKinds)[number];
export const optionTypes = ['iso', 'nso'] as const;
export type OptionType = (typeof optionTypes)[number];
/** How long after leaving vested options can still be exercised. */
export const exerciseWindows = ['90-days', '5-years', '7-years', '10-years'] as const;
export type ExerciseWindow = (typeof exerciseWindows)[number];
/** 'per-year': not stated, each year's sign-on assumed kept once that year is worked (the default). */
export const clawbackRules = [
  'per-year',
  'none',
  'full-12',
  'prorated-12',
  'full-24',
  'prorated-24',
] as const;
export type ClawbackRule = (typeof clawbackRules)[number];
export const yesNo = ['no', 'yes'] as const;
export const hsaCoverages = ['self', 'family'] as const;

/** The exit scenarios an offer with private equity carries: fails, modest, strong. */
export const exitScenarioIds = ['fail', 'modest', 'strong'] as const;
export type ExitScenarioId = (typeof exitScenarioIds)[number];

/** An offer's fields exactly as typed (text), so nothing the user types is lost or reformatted. */
export interface OfferFields {
  base: string;
  bonusPct: string;
  signOn1: string;
  signOn2: string;
  grant: string;
  vesting: VestingChoice;
  customPct: string;
  cliffMonths: string;
  growthPct: string;
  refresher: string;
  refresherVesting: VestingPreset;
  matchPct: string;
  matchCap: string;
  equityKind: EquityKind;
  optionType: OptionType;
  /** Options or private RSUs: a count, or a percentage of the fully diluted shares ("0.15%"). */
  shares: string;
  fullyDiluted: string;
  strike: string;
  fmv409a: string;
  preferredPrice: string;
  earlyExercise: (typeof yesNo)[number];
  exerciseWindow: ExerciseWindow;
  dilutionPct: string;
  preferenceStack: string;
  preferredShares: string;
  /** Each scenario's exit value, probability and year (after the start). */
  failValue: string;
  failProb: string;
  failYear: string;
  modestValue: string;
  modestProb: string;
  modestYear: string;
  strongValue: string;
  strongProb: string;
  strongYear: string;
  esppPct: string;
  esppDiscountPct: string;
  esppLookback: (typeof yesNo)[number];
  hsa: string;
  hsaCoverage: (typeof hsaCoverages)[number];
  clawback: ClawbackRule;
}

/** The fields that take one of a few values, with those values (the rest are text). */
export const offerFieldChoices: Readonly<Record<OfferChoiceName, readonly string[]>> = {
  vesting: vestingChoices,
  refresherVesting: vestingPresetIds,
  equityKind: equityKinds,
  optionType: optionTypes,
  earlyExercise: yesNo,
  exerciseWindow: exerciseWindows,
  esppLookback: yesNo,
  hsaCoverage: hsaCoverages,
  clawback: clawbackRules,
};

/** The fields chosen from a list (a select), and those typed (text). */
export type OfferChoiceName =
  | 'vesting'
  | 'refresherVesting'
  | 'equityKind'
  | 'optionType'
  | 'earlyExercise'
  | 'exerciseWindow'
  | 'esppLookback'
  | 'hsaCoverage'
  | 'clawback';
export type OfferFieldName = Exclude<keyof OfferFields, OfferChoiceName>;

/** Whether `value` is one of a choice field's values. */
export const isOfferChoice = <K extends OfferChoiceName>(name: K, value: string): value is OfferFields[K] =>
  offerFieldChoices[name].includes(value);

export const emptyOfferFields: OfferFields = {
  base: '',
  bonusPct: '',
  signOn1: '',
  signOn2: '',
  grant: '',
  vesting: 'even-4y-cliff',
  customPct: '25, 25, 25, 25',
  cliffMonths: '12',
  growthPct: '',
  refresher: '',
  refresherVesting: 'even-4y-cliff',
  matchPct: '',
  matchCap: '',
  equityKind: 'public-rsu',
  optionType: 'iso',
  shares: '',
  fullyDiluted: '',
  strike: '',
  fmv409a: '',
  preferredPrice: '',
  earlyExercise: 'no',
  exerciseWindow: '90-days',
  dilutionPct: '',
  preferenceStack: '',
  preferredShares: '',
  failValue: '',
  failProb: '',
  failYear: '',
  modestValue: '',
  modestProb: '',
  modestYear: '',
  strongValue: '',
  strongProb: '',
  strongYear: '',
  esppPct: '',
  esppDiscountPct: '',
  esppLookback: 'no',
  hsa: '',
  hsaCoverage: 'self',
  clawback: 'per-year',
};
