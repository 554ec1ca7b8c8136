import { compareIds, viewOf } from '../state/offers';
import { offers } from '../state/persist';
import { CompareView } from './CompareView';
import { ShareButton } from './ShareButton';

/** The chosen offers side by side. */
export function ComparePage() {
  const chosen = compareIds.value
    .map((id) => offers.value.find((o) => o.id === id))
    .filter((o): o is NonNullable<typeof o> => Boolean(o));
  return (
    <section class="page">
      <p>
        <a href="/offers">← All offers</a>
      </p>
      <h1>Compare offers</h1>
      <CompareView views={chosen.map(viewOf)} />
      {chosen.length >= 2 && <ShareButton offers={chosen} label="Share this comparison" />}
    </section>
  );
}
