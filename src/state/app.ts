// The inputs: what the first screen's form needs. The model's answers to them (the estimate, the
// assumptions as applied) are in ./estimate.ts, whose code loads once the screen is interactive.
import { computed, signal } from '@preact/signals';
import { type CitySet, defaultCitySet, defaultInputs, type Inputs, type Theme } from '../model/domain';
import { type NumberRules, type Parsed, parseNumber, yearsRules } from '../model/parse';
import type { Profile } from '../model/types';

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
