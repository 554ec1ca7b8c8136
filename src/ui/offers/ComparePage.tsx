import './offers.css';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { compareBasis, compareHorizon, horizonChoices, isBasis } from '../../state/compare';
import { compareHref, compareIds, compareIdsFrom, offerViews } from '../../state/offers';
import { CompareView } from './CompareView';
import { ShareButton } from './ShareButton';
import '../shared/textRuns'; // before this screen is drawn over its prerendered HTML
import { Later } from '../shared/Later';

/** The chosen offers side by side; the ids come from the address (a reload keeps them). */
export function ComparePage() {
  const { query } = useLocation();
  const fromUrl = compareIdsFrom(query.ids);
  const ids = fromUrl.length > 0 ? fromUrl : compareIds.value;
  // Keep the ticks on the Offers screen in step with what is compared here.
  useEffect(() => {
    if (fromUrl.length > 0 && fromUrl.join(',') !== compareIds.value.join(',')) compareIds.value = fromUrl;
  }, [query.ids]);
  // The basis and the years compared travel in the address too: a reload or Back keeps them. Read at
  // the first render (not after it), so the screen never shows the other basis first.
  useState(() => {
    if (isBasis(query.basis)) compareBasis.value = query.basis;
    const years = Number(query.years);
    if ((horizonChoices as readonly number[]).includes(years)) compareHorizon.value = years;
  });
  const basis = compareBasis.value;
  const years = compareHorizon.value;
  useEffect(() => {
    if (ids.length === 0) return;
    history.replaceState(history.state, '', `${compareHref(ids)}&basis=${basis}&years=${years}`);
  }, [ids.join(','), basis, years]);
  const chosen = ids
    .map((id) => offerViews.value.get(id))
    .filter((v): v is NonNullable<typeof v> => Boolean(v));
  const missing = ids.length - chosen.length;
  return (
    <section class="page">
      <p class="no-print">
        <a href="/offers">← All offers</a>
      </p>
      <h1>Compare offers</h1>
      {missing > 0 && (
        <p class="note" data-testid="compare-missing">
          {missing === 1 ? 'One offer' : `${missing} offers`} in this comparison no longer exist on this
          device.
        </p>
      )}
      {chosen.length < 2 ? (
        <p class="note" data-testid="compare-empty">
          Nothing to compare yet: tick two to four offers on the <a href="/offers">Offers</a> screen.
        </p>
      ) : (
        <CompareView views={chosen} />
      )}
      {chosen.length >= 2 && (
        // With the comparison's lower part (drawn after the first paint), not above it for a frame.
        <Later>
          <ShareButton offers={chosen.map((v) => v.record)} label="Share this comparison" comparison />
        </Later>
      )}
    </section>
  );
}
