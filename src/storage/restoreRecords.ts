// Restores the records kept in lists: saved scenarios and saved offers.
import * as v from 'valibot';
import type { OfferRecord, Scenario } from '../model/domain';
import { emptyOfferFields, type OfferFields, offerFieldChoices } from '../model/offerFields';
import { idSchema, isObject, MAX_TEXT, nameSchema, own, time } from './restoreCommon';
import { restoreInputs } from './restoreSettings';

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

const companySchema = v.pipe(v.string(), v.trim(), v.maxLength(80));
// Made once, not per field of every offer (a shared comparison restores four as it opens).
const fieldText = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const customPctText = v.pipe(v.string(), v.maxLength(80));

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
      const choices = (offerFieldChoices as Partial<Record<keyof OfferFields, readonly string[]>>)[key];
      const ok = choices
        ? (choices as readonly unknown[]).includes(x)
        : v.is(key === 'customPct' ? customPctText : fieldText, x);
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
