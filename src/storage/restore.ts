// Everything read back — from IndexedDB, an imported file or a share link — passes through one
// restore function per shape: defaults filled, invalid fields dropped (and named), old shapes migrated.
import * as v from 'valibot';
import { editableAssumptions } from '../model/assumptions';
import { emptyOfferFields, type OfferFields, vestingChoices, vestingPresetIds } from '../model/offerFields';
import { isLevelId, isLocationId, isSpecializationId, isTierId } from '../model/options';
import type { LevelId } from '../model/types';

export type Theme = 'system' | 'light' | 'dark';

/** The estimate inputs exactly as the user entered them (text stays text). */
export interface Inputs {
  level: LevelId;
  yearsText: string;
  location: string;
  tier: string;
  specialization: string;
}

export type FilingStatusId = 'single' | 'married-joint';

/** The Cities screen's choices. `source` is 'estimate' or a saved offer's id. */
export interface CitySet {
  locations: string[];
  reference: string;
  filingStatus: FilingStatusId;
  pretax401kText: string;
  /** 50 or older by the end of the year: the 401(k) catch-up applies. */
  age50OrOver: boolean;
  source: string;
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
};
export const defaultSettings: Settings = { theme: 'system', assumptionText: {}, cities: defaultCitySet };
export const MIN_CITIES = 2;
export const MAX_CITIES = 6;

/** The Cities choices from any stored shape; invalid parts fall back to the defaults. */
export function restoreCitySet(raw: unknown, what = 'saved cities'): Restored<CitySet> {
  if (raw === undefined) return { value: { ...defaultCitySet }, problems: [] };
  if (!isObject(raw))
    return { value: { ...defaultCitySet }, problems: [`${what} could not be read; defaults used`] };
  const problems: string[] = [];
  const value: CitySet = { ...defaultCitySet };
  const locs = own(raw, 'locations');
  if (
    Array.isArray(locs) &&
    locs.length >= MIN_CITIES &&
    locs.length <= MAX_CITIES &&
    locs.every(isLocationId) &&
    new Set(locs).size === locs.length
  ) {
    value.locations = [...locs];
  } else if (locs !== undefined) problems.push(`${what}: dropped an invalid list of locations`);
  const ref = own(raw, 'reference');
  if (isLocationId(ref) && value.locations.includes(ref)) value.reference = ref;
  else {
    value.reference = value.locations[0] as string;
    if (ref !== undefined && !isLocationId(ref)) problems.push(`${what}: dropped an invalid reference city`);
  }
  const fs = own(raw, 'filingStatus');
  if (fs === 'single' || fs === 'married-joint') value.filingStatus = fs;
  else if (fs !== undefined) problems.push(`${what}: dropped an invalid filing status`);
  const k = own(raw, 'pretax401kText');
  if (v.is(shortText, k)) value.pretax401kText = k;
  else if (k !== undefined) problems.push(`${what}: dropped an invalid 401(k) amount`);
  // Saved before the catch-up existed: absent, so false.
  const age = own(raw, 'age50OrOver');
  if (typeof age === 'boolean') value.age50OrOver = age;
  else if (age !== undefined) problems.push(`${what}: dropped an invalid age`);
  const src = own(raw, 'source');
  if (src === 'estimate' || v.is(idSchema, src)) value.source = src as string;
  else if (src !== undefined) problems.push(`${what}: dropped an invalid source`);
  return { value, problems };
}

export interface Restored<T> {
  value: T;
  /** What was wrong and dropped or repaired, in words for the user. Empty when the record was sound. */
  problems: string[];
}

const MAX_TEXT = 40;
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const shortText = v.pipe(v.string(), v.maxLength(MAX_TEXT));

const inputFields: { [K in keyof Inputs]: (x: unknown) => boolean } = {
  level: isLevelId,
  yearsText: (x) => v.is(shortText, x),
  location: isLocationId,
  tier: isTierId,
  specialization: isSpecializationId,
};

/** Inputs from any stored shape. Migrates v1's numeric `years` to `yearsText`. */
export function restoreInputs(raw: unknown, what = 'saved inputs'): Restored<Inputs> {
  if (!isObject(raw))
    return { value: { ...defaultInputs }, problems: [`${what} could not be read; defaults used`] };
  const source: Record<string, unknown> = { ...raw };
  // v1 stored years as a number (or null); v2 keeps exactly what was typed.
  if (own(raw, 'yearsText') === undefined && own(raw, 'years') !== undefined) {
    const y = own(raw, 'years');
    source.yearsText = typeof y === 'number' && Number.isFinite(y) ? String(y) : '';
  }
  const value = { ...defaultInputs } as Record<keyof Inputs, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(inputFields) as (keyof Inputs)[]) {
    const x = own(source, key);
    if (x === undefined) continue;
    if (inputFields[key](x)) value[key] = x;
    else problems.push(`${what}: dropped an invalid ${key}`);
  }
  return { value: value as Inputs, problems };
}

const themeSchema = v.picklist(['system', 'light', 'dark']);
const editableIds = new Set(editableAssumptions.map((a) => a.id));

/** Settings from any stored shape; unknown assumption ids and non-text values are dropped. */
export function restoreSettings(raw: unknown, what = 'saved settings'): Restored<Settings> {
  if (!isObject(raw))
    return {
      value: structuredClone(defaultSettings),
      problems: [`${what} could not be read; defaults used`],
    };
  const problems: string[] = [];
  const t = own(raw, 'theme');
  let theme: Theme = defaultSettings.theme;
  if (v.is(themeSchema, t)) theme = t;
  else if (t !== undefined) problems.push(`${what}: dropped an invalid theme`);
  const assumptionText: Record<string, string> = {};
  const a = own(raw, 'assumptionText');
  if (isObject(a)) {
    for (const [k, x] of Object.entries(a)) {
      if (editableIds.has(k) && v.is(shortText, x)) assumptionText[k] = x;
      else problems.push(`${what}: dropped an invalid assumption value`);
    }
  } else if (a !== undefined) problems.push(`${what}: dropped invalid assumption values`);
  const cities = restoreCitySet(own(raw, 'cities'), `${what}: cities`);
  problems.push(...cities.problems);
  return { value: { theme, assumptionText, cities: cities.value }, problems };
}

const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w-]+$/));
const nameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

/** A saved scenario, or null (with the reason) when it has no usable id, name or inputs. */
export function restoreScenario(raw: unknown): { value: Scenario | null; problems: string[] } {
  if (!isObject(raw)) return { value: null, problems: ['skipped a saved scenario that could not be read'] };
  const id = own(raw, 'id');
  const name = v.safeParse(nameSchema, own(raw, 'name'));
  if (!v.is(idSchema, id) || !name.success || !isObject(own(raw, 'inputs'))) {
    return { value: null, problems: ['skipped a saved scenario that could not be read'] };
  }
  const inputs = restoreInputs(own(raw, 'inputs'), `scenario “${name.output}”`);
  const now = Date.now();
  const createdAt = v.is(time, own(raw, 'createdAt')) ? (own(raw, 'createdAt') as number) : now;
  const updatedAt = v.is(time, own(raw, 'updatedAt')) ? (own(raw, 'updatedAt') as number) : createdAt;
  return {
    value: { id, name: name.output, inputs: inputs.value, createdAt, updatedAt },
    problems: inputs.problems,
  };
}

/** Checks a scenario name typed by the user. */
export function validateName(name: string): { ok: true; name: string } | { ok: false; message: string } {
  const r = v.safeParse(nameSchema, name);
  if (r.success) return { ok: true, name: r.output };
  return {
    ok: false,
    message: name.trim() === '' ? 'Give the scenario a name.' : 'Use at most 80 characters.',
  };
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

const companySchema = v.pipe(v.string(), v.trim(), v.maxLength(80));

/** A saved offer, or null when it has no usable id; bad fields fall back to their defaults. */
export function restoreOffer(raw: unknown): { value: OfferRecord | null; problems: string[] } {
  if (!isObject(raw) || !v.is(idSchema, own(raw, 'id'))) {
    return { value: null, problems: ['skipped a saved offer that could not be read'] };
  }
  const company = v.safeParse(companySchema, own(raw, 'company'));
  const name = company.success && company.output ? company.output : 'Offer';
  const what = `offer “${name}”`;
  const problems: string[] = company.success ? [] : [`${what}: dropped an invalid company name`];
  const profile = restoreInputs(own(raw, 'profile'), what);
  problems.push(...profile.problems);
  const rawFields = own(raw, 'fields');
  const fields: OfferFields = { ...emptyOfferFields };
  if (isObject(rawFields)) {
    for (const key of Object.keys(emptyOfferFields) as (keyof OfferFields)[]) {
      const x = own(rawFields, key);
      if (x === undefined) continue;
      const ok =
        key === 'vesting'
          ? (vestingChoices as readonly unknown[]).includes(x)
          : key === 'refresherVesting'
            ? (vestingPresetIds as readonly unknown[]).includes(x)
            : v.is(v.pipe(v.string(), v.maxLength(key === 'customPct' ? 80 : MAX_TEXT)), x);
      if (ok) (fields as unknown as Record<string, unknown>)[key] = x;
      else problems.push(`${what}: dropped an invalid ${key}`);
    }
  } else problems.push(`${what}: its amounts could not be read`);
  const now = Date.now();
  const createdAt = v.is(time, own(raw, 'createdAt')) ? (own(raw, 'createdAt') as number) : now;
  const updatedAt = v.is(time, own(raw, 'updatedAt')) ? (own(raw, 'updatedAt') as number) : createdAt;
  return {
    value: {
      id: own(raw, 'id') as string,
      company: name,
      profile: profile.value,
      fields,
      createdAt,
      updatedAt,
    },
    problems,
  };
}

/** The version of the export file format. */
export const EXPORT_VERSION = 2;
export const MAX_IMPORT_BYTES = 2_000_000;
const MAX_SCENARIOS = 1000;

export interface ExportData {
  app: 'ml-comp';
  schemaVersion: number;
  exportedAt: string;
  inputs: Inputs;
  settings: Settings;
  scenarios: Scenario[];
  offers: OfferRecord[];
}

/**
 * Reads an export file (version 1 had no offers). Strict: anything wrong rejects the whole file with a message, so a bad file
 * changes nothing.
 */
export function restoreExport(text: string): { ok: true; data: ExportData } | { ok: false; message: string } {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, message: 'This file is too large to be an ML Comp export.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so it is not an ML Comp export.' };
  }
  if (!isObject(raw) || own(raw, 'app') !== 'ml-comp') {
    return { ok: false, message: 'This file is not an ML Comp export.' };
  }
  const version = own(raw, 'schemaVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      message: 'This export has no valid format version; it may have been edited by hand.',
    };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      message: `This export was made by a newer version of ML Comp (format ${version}; this app reads 1 to ${EXPORT_VERSION}). Update the app to import it.`,
    };
  }
  const inputs = restoreInputs(own(raw, 'inputs'), 'inputs');
  const settings = restoreSettings(own(raw, 'settings'), 'settings');
  const list = own(raw, 'scenarios');
  if (!Array.isArray(list)) return { ok: false, message: 'The file’s scenarios are missing or not a list.' };
  if (list.length > MAX_SCENARIOS)
    return { ok: false, message: `The file has more than ${MAX_SCENARIOS} scenarios.` };
  const scenarios: Scenario[] = [];
  const problems = [...inputs.problems, ...settings.problems];
  for (const s of list) {
    const r = restoreScenario(s);
    if (r.value) scenarios.push(r.value);
    problems.push(...r.problems);
  }
  const offerList = own(raw, 'offers') ?? [];
  if (!Array.isArray(offerList)) return { ok: false, message: 'The file’s offers are not a list.' };
  if (offerList.length > MAX_SCENARIOS)
    return { ok: false, message: `The file has more than ${MAX_SCENARIOS} offers.` };
  const offers: OfferRecord[] = [];
  for (const o of offerList) {
    const r = restoreOffer(o);
    if (r.value) offers.push(r.value);
    problems.push(...r.problems);
  }
  if (problems.length)
    return { ok: false, message: `The file has invalid data (${problems[0]}). Nothing was changed.` };
  const exportedAt = own(raw, 'exportedAt');
  return {
    ok: true,
    data: {
      app: 'ml-comp',
      schemaVersion: EXPORT_VERSION,
      exportedAt: typeof exportedAt === 'string' ? exportedAt.slice(0, 40) : '',
      inputs: inputs.value,
      settings: settings.value,
      scenarios,
      offers,
    },
  };
}
