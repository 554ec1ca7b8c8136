// The app's domain records: what the user enters and keeps (estimate inputs, scenarios, offers, the
// Cities choices, settings), their defaults and limits. Plain types and constants; storage validates
// them on the way back in (src/storage/restore*.ts), state holds them as signals.
import type { OfferFields } from './offerFields';
import type { FilingStatus, TaxYear } from './tax';
import type { LevelId } from './types';

export type Theme = 'system' | 'light' | 'dark';

/** The estimate inputs exactly as the user entered them (text stays text). */
export interface Inputs {
  level: LevelId;
  yearsText: string;
  location: string;
  tier: string;
  specialization: string;
}

export type FilingStatusId = FilingStatus;

/** The Cities screen's choices. `source` is 'estimate', 'salary' (the typed salary) or a saved offer's id. */
export interface CitySet {
  locations: string[];
  reference: string;
  filingStatus: FilingStatusId;
  pretax401kText: string;
  /** 50 or older by the end of the year: the 401(k) catch-up applies. */
  age50OrOver: boolean;
  source: string;
  /** The salary as typed ("$250k"), compared when `source` is 'salary'. */
  salaryText: string;
  /** The tax year whose rules apply (Cities, Compare and an offer's years after tax). */
  taxYear: TaxYear;
  /** Last year's federal income tax and AGI as typed, for the safe harbor of an offer's April bill. */
  priorTaxText: string;
  priorAgiText: string;
  /**
   * Per place: the state lived in (a metro spanning states) and the city taxes that apply (ids), where
   * the user changed them from the defaults.
   */
  placeOptions: Record<string, PlaceOptions>;
}

/** Where in a place the user lives or works, when it matters for tax. */
export interface PlaceOptions {
  state?: string;
  cityTaxes?: string[];
}

export interface Settings {
  theme: Theme;
  /** The user's typed values for labelled assumptions, by assumption id. */
  assumptionText: Record<string, string>;
  cities: CitySet;
}

export interface Scenario {
  id: string;
  name: string;
  inputs: Inputs;
  createdAt: number;
  updatedAt: number;
}

/** A saved offer: who it is for and its fields as typed. */
export interface OfferRecord {
  id: string;
  company: string;
  profile: Inputs;
  fields: OfferFields;
  createdAt: number;
  updatedAt: number;
}

export const defaultInputs: Inputs = {
  level: 'mid',
  yearsText: '',
  location: 'us',
  tier: 'market',
  specialization: 'general',
};
export const defaultCitySet: CitySet = {
  locations: ['san-francisco', 'seattle', 'new-york-city', 'texas'],
  reference: 'san-francisco',
  filingStatus: 'single',
  pretax401kText: '',
  age50OrOver: false,
  source: 'estimate',
  salaryText: '',
  taxYear: 2026,
  priorTaxText: '',
  priorAgiText: '',
  placeOptions: {},
};
export const defaultSettings: Settings = { theme: 'system', assumptionText: {}, cities: defaultCitySet };
/** Cities compares 2 to 6 places. */
export const MIN_CITIES = 2;
export const MAX_CITIES = 6;
