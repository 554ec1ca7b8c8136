// A new offer is a draft, held by the screen that shows it, until the user changes something: only then
// is it saved. Backing out of "Add an offer" (Back, or going anywhere else) leaves nothing behind, and
// nothing has to be deleted afterwards (no IndexedDB write races a delete).
import { emptyOfferFields, estimate } from '../model';
import type { OfferRecord } from '../model/domain';
import { inputs, profileOf } from './app';
import { assumptions } from './estimate';
import { editOffer } from './offers';
import { newId, offers, putOffer } from './persist';

/** The address of a new offer: `/offers/new` shows a fresh draft, also after a reload. */
export const NEW_OFFER_ID = 'new';

/** A new offer for the current profile, its base prefilled with the market's typical base. Not saved. */
export function newOfferDraft(): OfferRecord {
  const profile = { ...inputs.value };
  let base = '';
  try {
    base = String(Math.round(estimate(profileOf(profile), assumptions.value).base.typical / 1000) * 1000);
  } catch {
    // An estimate that cannot be made leaves the base for the user to type.
  }
  const now = Date.now();
  return {
    id: newId(),
    company: `Offer ${offers.value.length + 1}`,
    profile,
    fields: { ...emptyOfferFields, base },
    createdAt: now,
    updatedAt: now,
  };
}

/** Whether a draft has been saved (by its first change). */
export const isSaved = (draft: OfferRecord): boolean => offers.value.some((o) => o.id === draft.id);

/**
 * Applies a change to a draft: the first change saves it (with the change), later ones edit the saved
 * offer. The offers list updates at once; the write to storage follows.
 */
export async function changeDraft(
  draft: OfferRecord,
  patch: Partial<Pick<OfferRecord, 'company' | 'profile' | 'fields'>>,
): Promise<void> {
  if (isSaved(draft)) await editOffer(draft.id, patch);
  else await putOffer({ ...draft, ...patch });
}
