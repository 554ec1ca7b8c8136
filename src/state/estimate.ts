// The model's answers to the inputs (./app.ts): the assumptions as applied and the market estimate.
// Not on the first screen's path: its prerendered numbers are the defaults', and this code (the model
// and its data) loads once the screen is interactive (src/ui/estimate/EstimatePage.tsx).
import { computed } from '@preact/signals';
// Direct module imports (not the ../model barrel) keep the lazy screens' math out of this chunk.
import {
  assumptionConflicts,
  defaultAssumptions,
  editableAssumptions,
  resolveAssumptions,
} from '../model/assumptions';
import { estimate } from '../model/estimate';
import { canPlace } from '../model/location';
import { isLocationId } from '../model/optionChecks';
import { parseNumber } from '../model/parse';
import type { Estimate } from '../model/types';
import { assumptionRules, assumptionText, profile } from './app';
import { loadPlaces, placeApi } from './places';

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
