// Public contract of the model: pure functions, whole US dollars a year. No DOM, UI, storage or chart code.
export type { AssumptionValues } from './assumptions';
export {
  allAssumptions,
  defaultAssumptions,
  defaultValue,
  editableAssumptions,
  isValidAssumptionValue,
  levelYears,
  marketAdditionalShare,
  resolveAssumptions,
} from './assumptions';
export { derivedLevelStep, levelCap, seedBands } from './bands';
export type { CalibrationRow } from './calibration';
export { anchors, calibrate, TOLERANCE } from './calibration';
export { equivalentWages, priceArea, priceParity } from './equivalent';
export { estimate } from './estimate';
export { formatUsd } from './money';
export type { Offer, OfferYear, Schedule, Vesting, VestingPreset } from './offer';
export {
  breakEvenBase,
  leaveAfter,
  offerPercentile,
  offerYears,
  schedule,
  steadyYear,
  summarizeOffer,
  vestedFraction,
  vestingError,
  vestingPresetIds,
  vestingPresets,
} from './offer';
export type { OfferFieldName, OfferFields, VestingChoice } from './offerFields';
export { emptyOfferFields, vestingChoices } from './offerFields';
export type { OfferParse } from './offerForm';
export { offerFieldRules, parseOffer } from './offerForm';
export type { OfferTaxYear } from './offerTax';
export { offerAfterTax, supplementalGap } from './offerTax';
export {
  isLevelId,
  isLocationId,
  isSpecializationId,
  isTierId,
  levelIds,
  levels,
  locations,
  optionLabel,
  specializations,
  tiers,
} from './options';
export type { NumberRules, Parsed } from './parse';
export { formatValue, normalizedText } from './normalize';
export { parseNumber, yearsRules } from './parse';
export type { Employee401kLimit } from './retirement';
export {
  employee401kLimit,
  k401LimitYears,
  k401Rules,
  k401WagesError,
  max401k,
  parse401k,
} from './retirement';
export { normCdf, normInv, percentileInRange } from './stats';
export type { FilingStatus, PayrollLine, TakeHome, TakeHomeInput, TaxYear } from './tax';
export { bracketTax, payrollTotal, supplementalWithholding, takeHome, taxSources, taxYears } from './tax';
export type { Estimate, Factor, LevelId, Option, Profile, Range, Source } from './types';
