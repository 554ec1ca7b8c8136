import { computed, effect, signal } from '@preact/signals';
import {
  type MarketPosition,
  type Offer,
  type OfferFieldName,
  type OfferYear,
  offerPercentile,
  offerYears,
  parseOffer,
  summarizeOffer,
} from '../model';
import type { OfferRecord } from '../model/domain';
import {
  grantFields,
  grantNotEntered,
  isPrivateEquityField,
  type PrivateEquityField,
  privateEquityLabel,
} from '../model/equity/offerEquity';
import { offerExitOutcome } from '../model/equity/plan';
import type { ExitOutcome } from '../model/equity/scenarios';
import { isPlaceId } from '../model/places';
import { profileOf } from './app';
import { assumptions } from './estimate';
import { deleteOffer, newId, offers, putOffer } from './persist';

export const MAX_COMPARE = 4;
/** Offers chosen for side-by-side comparison (ids), in the order chosen; kept for the tab's session. */
export const compareIds = signal<string[]>(ticked('read'));
effect(() => void ticked('write', compareIds.value));

/** The ticks in sessionStorage, so a reload keeps them (where it is unavailable they live in memory). */
function ticked(op: 'read' | 'write', ids: readonly string[] = []): string[] {
  const KEY = 'ml-comp:compare';
  try {
    if (op === 'write') sessionStorage.setItem(KEY, ids.join(','));
    else return compareIdsFrom(sessionStorage.getItem(KEY) ?? undefined);
  } catch {
    // No sessionStorage (prerendering, a locked-down browser): the ticks last until the page closes.
  }
  return [];
}

/** The comparison's address: the chosen ids travel in it, so a reload or Back keeps the comparison. */
export const compareHref = (ids: readonly string[]) =>
  `/compare?ids=${ids.map(encodeURIComponent).join(',')}`;

/** The ids of a /compare?ids= address: known to be short, unique, at most MAX_COMPARE. */
export function compareIdsFrom(param: string | undefined): string[] {
  if (!param) return [];
  const ids = param.split(',').filter((id) => id.length > 0 && id.length <= 64);
  return [...new Set(ids)].slice(0, MAX_COMPARE);
}

/**
 * An offer whose every field parses, with every number the screens show; or whose only bad fields are
 * its options' or private RSUs' (`equityErrors`): then the numbers are its cash pay without that equity.
 */
export interface OfferReady {
  ok: true;
  record: OfferRecord;
  offer: Offer;
  years: OfferYear[];
  summary: { firstYear: number; fourYearAverage: number; steadyState: number };
  percentile: MarketPosition;
  /** Options or private RSUs: the outcome over the offer's exit scenarios (before tax); else null. */
  exit: ExitOutcome | null;
  /**
   * Options or private RSUs whose fields do not parse, by field: the numbers leave that equity out
   * (no `offer.privateEquity`, `exit` null) until they are fixed. Absent when every field parses.
   */
  equityErrors?: EquityErrors;
  /**
   * Set when that equity is only not entered yet (its shares, strike and fully diluted count all empty,
   * nothing else wrong): the form asks for them without marking them wrong.
   */
  equityBlank?: true;
}

/**
 * A startup offer's equity in a word beside its cash figures: the expected payout over its exits (whole
 * dollars), `'no-exit'` while none is entered, undefined for an offer without options or private RSUs.
 */
export function expectedEquity(v: OfferReady): number | 'no-exit' | undefined {
  if (!v.exit) return undefined;
  return v.exit.scenarios.length > 0 ? Math.round(v.exit.expectedPayout) : 'no-exit';
}

/** What is wrong with an offer's options or private RSUs, by field. */
export type EquityErrors = Partial<Record<PrivateEquityField, string>>;

/** Everything the screens show for one offer: every number, or what is wrong with which field. */
export type OfferView = OfferReady | { ok: false; record: OfferRecord; errors: OfferErrors };

/** What is wrong with an offer, by field; `location` when its place is not one this version knows. */
export type OfferErrors = Partial<Record<OfferFieldName | 'location', string>>;

/** The view of one offer (saved or opened from a link) under the current assumptions. */
export function viewOf(record: OfferRecord): OfferView {
  // A hand-edited link (or a record from another version) can name a place this version does not know.
  if (!isPlaceId(record.profile.location))
    return {
      ok: false,
      record,
      errors: { location: 'This place is not known to this version: pick the place.' },
    };
  const profile = profileOf(record.profile);
  let parsed = parseOffer(profile, record.fields);
  let equityErrors: EquityErrors | undefined;
  if (!parsed.ok) {
    const errors = parsed.errors;
    const bad = Object.keys(errors);
    // Only the startup equity's fields are wrong: the cash pay is well defined, so it is shown without
    // that equity (every other field read exactly as before; a cash field still blocks everything).
    if (!bad.every(isPrivateEquityField)) return { ok: false, record, errors };
    parsed = parseOffer(profile, record.fields, { leaveOutPrivateEquity: true });
    if (!parsed.ok) return { ok: false, record, errors };
    equityErrors = Object.fromEntries(bad.map((k) => [k, errors[k]])) as EquityErrors;
  }
  const grant: readonly string[] = grantFields(record.fields.equityKind);
  const blank =
    equityErrors !== undefined &&
    grantNotEntered(record.fields) &&
    Object.keys(equityErrors).every((k) => grant.includes(k));
  try {
    // One year table serves the summary and the percentile too.
    const years = offerYears(parsed.offer);
    return {
      ok: true,
      record,
      offer: parsed.offer,
      years,
      summary: summarizeOffer(parsed.offer, years),
      percentile: offerPercentile(parsed.offer, assumptions.value, years),
      exit: offerExitOutcome(parsed.offer),
      ...(equityErrors ? { equityErrors } : {}),
      ...(blank ? { equityBlank: true as const } : {}),
    };
  } catch (e) {
    return { ok: false, record, errors: { base: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * An offer shown without its startup equity until that equity's fields are fixed: what is left out
 * ("options" or "private RSUs") and the labels of the fields to fix; null for any other view.
 */
export function equityPending(v: OfferView): { what: string; fields: string[]; blank: boolean } | null {
  if (!v.ok || !v.equityErrors) return null;
  return {
    what: v.record.fields.equityKind === 'options' ? 'options' : 'private RSUs',
    fields: (Object.keys(v.equityErrors) as PrivateEquityField[]).map(privateEquityLabel),
    blank: Boolean(v.equityBlank),
  };
}

/**
 * What an offer's startup equity left out of its figures asks of the user: its grant to fill in (just
 * chosen, nothing entered) or its marked fields to fix; undefined when nothing is left out.
 */
export const equityToDo = (v: OfferView): 'fill in' | 'fix' | undefined =>
  !v.ok || !v.equityErrors ? undefined : v.equityBlank ? 'fill in' : 'fix';

/**
 * The fields a form marks: every bad one, startup equity's too when the cash pay is shown without it,
 * but not that equity's fields while none is entered yet (just chosen: asked for, not wrong).
 */
export const fieldErrors = (v: OfferView): OfferErrors =>
  v.ok ? (v.equityBlank ? {} : (v.equityErrors ?? {})) : v.errors;

let cache = new WeakMap<OfferRecord, OfferView>();
let cachedFor = assumptions.peek();

/**
 * viewOf, once per record under the current assumptions: a record that did not change keeps its view
 * (records are replaced, never mutated, on every edit). Read in a render or a computed, it follows the
 * assumptions.
 */
export function cachedView(r: OfferRecord): OfferView {
  const a = assumptions.value;
  if (a !== cachedFor) {
    cache = new WeakMap();
    cachedFor = a;
  }
  let v = cache.get(r);
  if (!v) {
    v = viewOf(r);
    cache.set(r, v);
  }
  return v;
}

/** An offer's name wherever it is listed: its company, or "Offer" when none was typed. */
export const offerName = (r: { company: string }): string => r.company || 'Offer';

/** The view of every saved offer, by id: computed once here and read by every screen. */
export const offerViews = computed<ReadonlyMap<string, OfferView>>(
  () => new Map(offers.value.map((r) => [r.id, cachedView(r)])),
);

/**
 * How many saved offers, other than those with the given ids, have fields to fix, and how many only
 * startup equity to fill in (after an import).
 */
export function offersToFix(except: ReadonlySet<string>): { fix: number; fillIn: number } {
  const views = [...offerViews.value.values()].filter((v) => !except.has(v.record.id));
  const count = (p: (v: OfferView) => boolean) => views.filter(p).length;
  return {
    fix: count((v) => !v.ok || equityToDo(v) === 'fix'),
    fillIn: count((v) => equityToDo(v) === 'fill in'),
  };
}

/** A copy of an offer, saved next to it. */
export async function duplicateOffer(id: string): Promise<string | undefined> {
  const o = offers.value.find((x) => x.id === id);
  if (!o) return undefined;
  const now = Date.now();
  const copy: OfferRecord = {
    ...structuredClone(o),
    id: newId(),
    company: `${o.company} (copy)`.slice(0, 80),
    createdAt: now,
    updatedAt: now,
  };
  await putOffer(copy);
  return copy.id;
}

export async function removeOffer(id: string): Promise<void> {
  compareIds.value = compareIds.value.filter((x) => x !== id);
  await deleteOffer(id);
}

/** Changes one offer (fields, company or profile). */
export async function editOffer(
  id: string,
  patch: Partial<Pick<OfferRecord, 'company' | 'profile' | 'fields'>>,
): Promise<void> {
  const o = offers.value.find((x) => x.id === id);
  if (o) await putOffer({ ...o, ...patch });
}

export function toggleCompare(id: string): void {
  const ids = compareIds.value.filter((x) => offers.value.some((o) => o.id === x));
  if (ids.includes(id)) compareIds.value = ids.filter((x) => x !== id);
  else if (ids.length < MAX_COMPARE) compareIds.value = [...ids, id];
}
