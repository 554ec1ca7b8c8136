// Restores the current inputs and the settings (with the Cities choices inside them).
import * as v from 'valibot';
import { editableAssumptions } from '../model/assumptions';
import {
  type CitySet,
  defaultCitySet,
  defaultInputs,
  defaultSettings,
  type Inputs,
  MAX_CITIES,
  MIN_CITIES,
  type PlaceOptions,
  type Settings,
  type Theme,
} from '../model/domain';
import { isLocationId, isSpecializationId, isTierId } from '../model/optionChecks';
import { isLevelId } from '../model/options';
import { idSchema, isObject, own, type Restored, shortText } from './restoreCommon';

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
  if (src === 'estimate' || src === 'salary' || v.is(idSchema, src)) value.source = src as string;
  else if (src !== undefined) problems.push(`${what}: dropped an invalid source`);
  // Saved before a typed salary could be compared: absent, so empty.
  const salary = own(raw, 'salaryText');
  if (v.is(shortText, salary)) value.salaryText = salary;
  else if (salary !== undefined) problems.push(`${what}: dropped an invalid salary`);
  // Saved before tax year 2026 existed: absent, so the default (the latest year).
  const year = own(raw, 'taxYear');
  if (year === 2025 || year === 2026) value.taxYear = year;
  else if (year !== undefined) problems.push(`${what}: dropped an invalid tax year`);
  // Saved before the April bill asked for last year's tax: absent, so empty.
  for (const key of ['priorTaxText', 'priorAgiText'] as const) {
    const x = own(raw, key);
    if (v.is(shortText, x)) value[key] = x;
    else if (x !== undefined)
      problems.push(
        `${what}: dropped an invalid ${key === 'priorTaxText' ? 'prior-year tax' : 'prior-year AGI'}`,
      );
  }
  const opts = own(raw, 'placeOptions');
  if (opts !== undefined) {
    const r = restorePlaceOptions(opts);
    value.placeOptions = r.value;
    if (r.dropped) problems.push(`${what}: dropped invalid choices for some places`);
  }
  return { value, problems };
}

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

const usps = /^[A-Z]{2}$/;
const taxId = /^[a-z0-9-]{1,64}(:work)?$/;

/** Per-place choices: only well-formed place ids, states and tax ids are kept (at most 50 places). */
function restorePlaceOptions(raw: unknown): { value: Record<string, PlaceOptions>; dropped: boolean } {
  const value: Record<string, PlaceOptions> = {};
  if (!isObject(raw)) return { value, dropped: true };
  let dropped = false;
  for (const [id, o] of Object.entries(raw).slice(0, 50)) {
    if (!isLocationId(id) || !isObject(o)) {
      dropped = true;
      continue;
    }
    const out: PlaceOptions = {};
    const st = own(o, 'state');
    if (typeof st === 'string' && usps.test(st)) out.state = st;
    else if (st !== undefined) dropped = true;
    const c = own(o, 'cityTaxes');
    if (Array.isArray(c) && c.length <= 10 && c.every((x) => typeof x === 'string' && taxId.test(x)))
      out.cityTaxes = [...c];
    else if (c !== undefined) dropped = true;
    value[id] = out;
  }
  return { value, dropped };
}
