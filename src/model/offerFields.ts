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
}

export type OfferFieldName = Exclude<keyof OfferFields, 'vesting' | 'refresherVesting'>;

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
};
