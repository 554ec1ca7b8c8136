import './offers.css';
import { offerViews } from '../../state/offers';
import { OfferForm } from './OfferForm';
import { OfferResults } from './OfferResults';
import { ShareButton } from './ShareButton';

interface Props {
  id?: string;
}

/** One offer: edit it on the left (top on phones), see what it is worth on the right. */
export function OfferPage({ id }: Props) {
  const view = id === undefined ? undefined : offerViews.value.get(id);
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
  const errors = view.ok ? {} : view.errors;
  return (
    <div class="page offer">
      <p>
        <a href="/offers">← All offers</a>
      </p>
      <h1>{record.company || 'Offer'}</h1>
      <div class="offer-layout">
        <OfferForm record={record} errors={errors} />
        <div>
          <OfferResults view={view} />
          <ShareButton offers={[record]} label="Share this offer" />
        </div>
      </div>
    </div>
  );
}
