// Public contract of the model: pure functions, whole US dollars a year. No DOM, UI, storage or chart code.
export type { AssumptionValues } from './assumptions';
export {
  allAssumptions,
  assumptionConflicts,
  defaultAssumptions,
  defaultValue,
  editableAssumptions,
  isValidAssumptionValue,
  levelSpan,
  marketAdditionalShare,
  modelRules,
  resolveAssumptions,
} from './assumptions';
export { derivedLevelStep, levelCap, seedBands } from './bands';
export type { Basis, BasisOpts, BasisSummary, BasisYear } from './compare';
export { bases, breakEvenBase, offerOnBasis } from './compare';
export { equivalentWages, priceArea, priceParity } from './equivalent';
export { estimate, metaExampleText, totalCeiling } from './estimate';
export { specializationPart, tierParts } from './factors';
export { formatUsd } from './money';
export { formatValue, normalizedText } from './normalize';
export type { Offer, OfferYear, Schedule, Vesting, VestingPreset } from './offer';
export {
  leaveAfter,
  offerYears,
  schedule,
  steadyYear,
  summarizeOffer,
  vestedFraction,
  vestingError,
  vestingPresetIds,
  vestingPresets,
} from './offer';
export type { OfferChoiceName, OfferFieldName, OfferFields, VestingChoice } from './offerFields';
export { emptyOfferFields, isOfferChoice, vestingChoices } from './offerFields';
export type { OfferParse } from './offerForm';
export { offerFieldRules, parseOffer, thousandsMeant } from './offerForm';
export type { OfferTaxYear } from './offerTax';
export { offerAfterTax } from './offerTax';
export { isLocationId, isSpecializationId, isTierId, optionLabel } from './optionChecks';
export {
  isLevelId,
  levelIds,
  levels,
  locations,
  specializations,
  tiers,
} from './options';
export type { NumberRules, Parsed } from './parse';
export { parseNumber, yearsRules } from './parse';
export type { MarketPosition } from './position';
export { offerPercentile } from './position';
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
export { bracketTax, payrollTotal, supplementalWithholding, takeHome, taxYears } from './tax';
export { taxSources } from './taxSources';
export type { Estimate, Extrapolation, Factor, LevelId, Option, Profile, Range, Source } from './types';
