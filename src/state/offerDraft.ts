// A new offer is a draft, held by the screen that shows it, until the user changes something: only then
// is it saved. Backing out of "Add an offer" (Back, or going anywhere else) leaves nothing behind, and
// nothing has to be deleted afterwards (no IndexedDB write races a delete).
import { emptyOfferFields, estimate } from '../model';
import type { OfferRecord } from '../model/domain';
import { inputs, profileOf } from './app';
import { assumptions } from './estimate';
import { editOffer } from './offers';
import { newId, offers, putOffer } from './persist';

type OfferPatch = Partial<Pick<OfferRecord, 'company' | 'profile' | 'fields'>>;

/** The address of a new offer: `/offers/new` shows a fresh draft, also after a reload. */
export const NEW_OFFER_ID = 'new';

/** The market's typical base for a profile, in whole dollars as the estimate shows it, as a field's text ('' if none). */
function typicalBase(profile: OfferRecord['profile']): string {
  try {
    return String(Math.round(estimate(profileOf(profile), assumptions.value).base.typical));
  } catch {
    return ''; // An estimate that cannot be made leaves the base for the user to type.
  }
}

// New offers whose base is still the prefilled one (this session), by id: that base follows the offer's
// level, place, tier and specialization until the user types a base of their own.
const prefilled = new Map<string, string>();

/** A new offer for the current profile, its base prefilled with the market's typical base. Not saved. */
export function newOfferDraft(): OfferRecord {
  const profile = { ...inputs.value };
  const base = typicalBase(profile);
  const now = Date.now();
  const id = newId();
  prefilled.set(id, base);
  return {
    id,
    company: `Offer ${offers.value.length + 1}`,
    profile,
    fields: { ...emptyOfferFields, base },
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * A change to a new offer with its base as prefilled: a changed profile brings the base for the new
 * profile with it (a senior's, not the mid-level's); a base typed, or any other base, is the user's.
 */
export function withPrefilledBase(record: OfferRecord, patch: OfferPatch): OfferPatch {
  const was = prefilled.get(record.id);
  if (was === undefined || record.fields.base !== was) return patch;
  if (patch.fields && patch.fields.base !== was) {
    prefilled.delete(record.id);
    return patch;
  }
  if (!patch.profile) return patch;
  const base = typicalBase(patch.profile);
  prefilled.set(record.id, base);
  return { ...patch, fields: { ...(patch.fields ?? record.fields), base } };
}

/** Whether an offer's base is still the prefilled market base (it then follows the profile). */
export const basePrefilled = (r: OfferRecord): boolean => prefilled.get(r.id) === r.fields.base;

/** Whether a draft has been saved (by its first change). */
export const isSaved = (draft: OfferRecord): boolean => offers.value.some((o) => o.id === draft.id);

/**
 * Applies a change to a draft: the first change saves it (with the change), later ones edit the saved
 * offer. The offers list updates at once; the write to storage follows.
 */
export async function changeDraft(draft: OfferRecord, patch: OfferPatch): Promise<void> {
  if (isSaved(draft)) await editOffer(draft.id, patch);
  else await putOffer({ ...draft, ...patch });
}
