// Share links carry offers in the URL fragment (never sent to any server): "#1.<base64url JSON>".
// The leading number is the link format's version. Opening a link validates everything and never
// touches saved data until the user chooses to save.

import type { Inputs, OfferRecord } from '../model/domain';
import { emptyOfferFields, type OfferFields } from '../model/offerFields';
import { restoreOffer } from '../storage/restore';
import { own } from '../storage/restoreCommon';
import { readShareSettings, type ShareSettings } from './shareSettings';

/**
 * 2: offers may carry private equity, ESPP, HSA or a clawback. A link without them is still written as
 * 1, so apps from before them open it; one with them is 2, which those apps refuse with "update the app"
 * rather than open as something else.
 */
export const SHARE_VERSION = 2;
export const MAX_SHARE_LENGTH = 16_000;
export const MAX_SHARED_OFFERS = 4;

export interface SharedOffer {
  company: string;
  profile: Inputs;
  fields: OfferFields;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Whether an offer uses a field that links of format 1 did not have (set away from its default). */
const usesNewFields = (f: OfferFields) =>
  (Object.keys(emptyOfferFields) as (keyof OfferFields)[]).some(
    (k) => !format1Fields.has(k) && f[k] !== emptyOfferFields[k],
  );
const format1Fields = new Set<keyof OfferFields>([
  'base',
  'bonusPct',
  'signOn1',
  'signOn2',
  'grant',
  'vesting',
  'customPct',
  'cliffMonths',
  'growthPct',
  'refresher',
  'refresherVesting',
  'matchPct',
  'matchCap',
]);

/**
 * The fragment (without '#') that reproduces these offers, and how they were compared (`s`: apps from
 * before it read the offers and leave it aside).
 */
export function encodeShare(list: readonly OfferRecord[], s?: ShareSettings): string {
  const o = list
    .slice(0, MAX_SHARED_OFFERS)
    .map(({ company, profile, fields }) => ({ company, profile, fields }));
  const version = o.some((x) => usesNewFields(x.fields)) ? SHARE_VERSION : 1;
  return `${version}.${toBase64Url(JSON.stringify(s ? { o, s } : { o }))}`;
}

const DAMAGED =
  'This share link is damaged or was changed, so it was not opened. Nothing you saved was changed.';

/**
 * An offer's fields with any number turned into the text a form field holds: a link edited by hand
 * may say `"base": 250000`. What the text says is checked by the form, which marks a bad value.
 */
function fieldsAsText(item: object): unknown {
  const f = Object.hasOwn(item, 'fields') ? (item as { fields: unknown }).fields : undefined;
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return f;
  // fromEntries defines own properties only: a "__proto__" key stays a key, never a prototype.
  return Object.fromEntries(
    Object.entries(f).map(([k, x]) => [k, typeof x === 'number' && Number.isFinite(x) ? String(x) : x]),
  );
}

/**
 * Reads a share fragment. What cannot be read (not the format, not JSON, a newer or unknown version, a
 * wrong shape) gives a message instead of offers; a field whose text is not a valid value (a base of
 * "abc", a negative bonus) opens, and the offer's form marks it.
 */
export function decodeShare(
  fragment: string,
): { ok: true; offers: SharedOffer[]; settings: ShareSettings } | { ok: false; message: string } {
  const f = fragment.replace(/^#/, '');
  if (f === '') return { ok: false, message: 'This link has no offer in it.' };
  if (f.length > MAX_SHARE_LENGTH) return { ok: false, message: DAMAGED };
  const dot = f.indexOf('.');
  const version = f.slice(0, dot);
  if (dot < 1 || !/^\d+$/.test(version)) return { ok: false, message: DAMAGED };
  if (Number(version) > SHARE_VERSION) {
    return {
      ok: false,
      message: `This link was made by a newer version of ML Comp (format ${version}). Update the app to open it.`,
    };
  }
  if (Number(version) < 1) return { ok: false, message: DAMAGED };
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(f.slice(dot + 1)));
  } catch {
    return { ok: false, message: DAMAGED };
  }
  const list =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) && Object.hasOwn(raw, 'o')
      ? (raw as { o: unknown }).o
      : undefined;
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_SHARED_OFFERS)
    return { ok: false, message: DAMAGED };
  const offers: SharedOffer[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return { ok: false, message: DAMAGED };
    const r = restoreOffer({ ...(item as object), id: 'shared', fields: fieldsAsText(item) });
    if (!r.value || r.problems.length) return { ok: false, message: DAMAGED };
    offers.push({ company: r.value.company, profile: r.value.profile, fields: r.value.fields });
  }
  // Settings that do not read never stop the offers from opening: the recipient's own are used instead.
  const settings = readShareSettings(own(raw as Record<string, unknown>, 's'));
  return { ok: true, offers, settings };
}
