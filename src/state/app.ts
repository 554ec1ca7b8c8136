import { computed, signal } from '@preact/signals';
// Direct module imports (not the ../model barrel) keep the lazy screens' math out of the first download.
import {
  assumptionConflicts,
  defaultAssumptions,
  editableAssumptions,
  resolveAssumptions,
} from '../model/assumptions';
import { type CitySet, defaultCitySet, defaultInputs, type Inputs, type Theme } from '../model/domain';
import { estimate } from '../model/estimate';
import { canPlace } from '../model/location';
import { isLocationId } from '../model/options';
import { type NumberRules, type Parsed, parseNumber, yearsRules } from '../model/parse';
import type { Estimate, Profile } from '../model/types';
import { loadPlaces, placeApi } from './places';

export type { Inputs, Theme } from '../model/domain';
export { defaultInputs } from '../model/domain';

/** The rules a Settings field for assumption `a` is checked against. */
export const assumptionRules = (a: { label: string; min: number; max: number }): NumberRules => ({
  label: a.label,
  min: a.min,
  max: a.max,
});

export const inputs = signal<Inputs>(defaultInputs);
/** The user's changes to labelled assumptions, by assumption id, as typed. */
export const assumptionText = signal<Readonly<Record<string, string>>>({});
export const theme = signal<Theme>('system');
/** The Cities screen's choices (persisted with the settings). */
export const cities = signal<CitySet>(defaultCitySet);

/** Update some inputs. */
export function setInputs(patch: Partial<Inputs>): void {
  inputs.value = { ...inputs.value, ...patch };
}

export const years = computed<Parsed>(() => parseNumber(inputs.value.yearsText, yearsRules));

/** The assumption overrides that parse, by id; text that does not parse is kept but not applied. */
export const assumptionOverrides = computed(() => {
  const out: Record<string, number> = {};
  for (const a of editableAssumptions) {
    const text = assumptionText.value[a.id];
    if (text === undefined) continue;
    const r = parseNumber(text, assumptionRules(a));
    if (r.ok && r.value !== undefined) out[a.id] = r.value;
  }
  return out;
});

export const assumptions = computed(() => resolveAssumptions(assumptionOverrides.value));

/** Overrides that parse but cannot hold together (a years span that ends before it starts), by id. */
export const assumptionProblems = computed(() =>
  assumptionConflicts({ ...defaultAssumptions, ...assumptionOverrides.value }),
);

/** The model profile for saved inputs (years that don't parse are left out). */
export function profileOf(i: Inputs, y: Parsed = parseNumber(i.yearsText, yearsRules)): Profile {
  return {
    level: i.level,
    location: i.location,
    tier: i.tier,
    specialization: i.specialization,
    ...(y.ok && y.value !== undefined ? { years: y.value } : {}),
  };
}

export const profile = computed<Profile>(() => profileOf(inputs.value, years.value));

export type EstimateResult =
  | { ok: true; estimate: Estimate }
  | { ok: false; message: string; loading?: boolean };

/**
 * The market estimate for the current inputs; never throws. A place beyond the seed's ten needs the
 * place data: it is loaded (once) and the estimate follows when it arrives.
 */
export const result = computed<EstimateResult>(() => {
  const p = profile.value;
  // Read so that the place data arriving recomputes the estimate.
  const loaded = placeApi.value !== null;
  if (!loaded && !canPlace(p.location) && isLocationId(p.location)) {
    void loadPlaces();
    return { ok: false, loading: true, message: 'Loading place data…' };
  }
  try {
    return { ok: true, estimate: estimate(p, assumptions.value) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
});
