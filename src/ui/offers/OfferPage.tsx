import './offers.css';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { thousandsMeant } from '../../model';
import type { OfferRecord } from '../../model/domain';
import {
  basePrefilled,
  changeDraft,
  NEW_OFFER_ID,
  newOfferDraft,
  withPrefilledBase,
} from '../../state/offerDraft';
import { editOffer, fieldErrors, offerName, offerViews, viewOf } from '../../state/offers';
import { firstToFix, OfferForm, type OfferPatch } from './OfferForm';
import { OfferResults } from './OfferResults';
import { OfferSummaryBar } from './OfferSummaryBar';
import { ShareButton } from './ShareButton';
import '../shared/textRuns'; // before this screen is drawn over its prerendered HTML
import { usd, usdCents } from '../shared/format';
import { Later } from '../shared/Later';

interface Props {
  id?: string;
}

/**
 * One offer: edit it on the left (top on phones), see what it is worth on the right. At `/offers/new`
 * it is a draft until the first change, which saves it and gives the page the offer's own address.
 */
export function OfferPage({ id }: Props) {
  const { route } = useLocation();
  const draft = useRef<OfferRecord | undefined>(undefined);
  // One draft per visit to /offers/new (a reload there starts a fresh one).
  if (id === NEW_OFFER_ID && !draft.current) draft.current = newOfferDraft();
  const view =
    id === undefined
      ? undefined
      : id === NEW_OFFER_ID && draft.current
        ? viewOf(draft.current)
        : offerViews.value.get(id);
  const blank = Boolean(view?.ok && view.equityBlank);
  // Sent here to fix it (Compare's links, `#fix`): its first marked field, not the top of the page; with
  // startup equity not entered yet (nothing marked), its first field. Again once a reload's offers arrive.
  useEffect(() => {
    if (location.hash !== '#fix') return;
    firstToFix(document.querySelector('.offer') ?? document, blank ? 'offer-shares' : undefined)?.focus();
  }, [id, Boolean(view)]);
  if (!view) {
    return (
      <section class="page">
        <h1>Offer not found</h1>
        <p>
          This offer is not saved on this device. <a href="/offers">Back to offers</a>.
        </p>
      </section>
    );
  }
  const { record } = view;
  // Startup equity with bad fields leaves the cash figures shown, and its fields still marked.
  const errors = fieldErrors(view);
  const meant = view.ok ? thousandsMeant(view.offer.base) : undefined;
  const onEdit = (typed: OfferPatch) => {
    const patch = withPrefilledBase(record, typed);
    if (id !== NEW_OFFER_ID) return void editOffer(record.id, patch);
    // The first change saves the draft; the page stays (same form, same focus) at the offer's address.
    void changeDraft(record, patch);
    route(`/offers/${record.id}`, true);
  };
  return (
    <div class="page offer">
      <p class="no-print">
        <a href="/offers">← All offers</a>
      </p>
      <h1>{offerName(record)}</h1>
      <div class="offer-layout">
        <div>
          <OfferForm
            record={record}
            errors={errors}
            onEdit={onEdit}
            equityBlank={blank}
            baseHint={
              basePrefilled(record)
                ? 'The market’s typical base for this level, place, tier and specialization, until you type the offer’s.'
                : meant && view.ok
                  ? `${Number.isInteger(view.offer.base) ? usd(view.offer.base) : usdCents(view.offer.base)} a year: thousands take a “k” (${view.offer.base}k is ${usd(meant)}).`
                  : undefined
            }
          />
          <OfferSummaryBar view={view} />
        </div>
        <div>
          <OfferResults view={view} />
          {/* With the results' lower part (drawn after the first paint), not above it for a frame. */}
          <Later>
            <ShareButton offers={[record]} label="Share this offer" />
          </Later>
        </div>
      </div>
    </div>
  );
}
