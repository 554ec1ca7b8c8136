// Restores an export file: strict, so a bad file changes nothing.

import type { OfferRecord, Scenario } from '../model/domain';
import { EXPORT_VERSION, type ExportData, MAX_IMPORT_BYTES } from './exportFormat';
import { plural } from './mergeImport';
import { isObject, own } from './restoreCommon';
import { restoreOffer, restoreScenario } from './restoreRecords';
import { restoreInputs, restoreSettings } from './restoreSettings';

const MAX_SCENARIOS = 1000;

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

/** What an export file holds ("1 scenario and 2 offers"), or why it cannot be read (checked before it replaces everything). */
export function importSummary(text: string): { ok: true; what: string } | { ok: false; message: string } {
  const r = restoreExport(text);
  if (!r.ok) return r;
  return {
    ok: true,
    what: `${plural(r.data.scenarios.length, 'scenario')} and ${plural(r.data.offers.length, 'offer')}`,
  };
}
