import '../offers/offers.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { OfferRecord } from '../../model/domain';
import { compareHref, compareIds, viewOf } from '../../state/offers';
import { newId, putOffer } from '../../state/persist';
import { decodeShare } from '../../state/share';
import { CompareView } from '../offers/CompareView';
import { OfferResults } from '../offers/OfferResults';

/** Opens a shared offer or comparison from the link's fragment; saves it only when asked. */
export function SharePage() {
  const { route } = useLocation();
  const [hash, setHash] = useState(() => (typeof location === 'undefined' ? '' : location.hash));
  // Another link opened in the same tab changes only the fragment.
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const decoded = useMemo(() => decodeShare(hash), [hash]);
  const [saving, setSaving] = useState(false);
  if (!decoded.ok) {
    return (
      <section class="page">
        <h1>Shared offer</h1>
        <p class="error" role="alert" data-testid="share-error">
          {decoded.message}
        </p>
        <p>
          <a href="/offers">Go to your offers</a>
        </p>
      </section>
    );
  }
  const now = Date.now();
  const records: OfferRecord[] = decoded.offers.map((o, i) => ({
    ...o,
    id: `shared-${i}`,
    createdAt: now + i,
    updatedAt: now + i,
  }));
  const views = records.map(viewOf);
  const save = async () => {
    setSaving(true);
    const ids: string[] = [];
    for (const [i, r] of records.entries()) {
      const id = newId();
      ids.push(id);
      await putOffer({ ...r, id, createdAt: Date.now() + i, updatedAt: Date.now() + i });
    }
    if (ids.length >= 2) {
      compareIds.value = ids;
      route(compareHref(ids));
    } else route(`/offers/${ids[0]}`);
  };
  return (
    <section class="page">
      <h1>{records.length > 1 ? 'Shared comparison' : `Shared offer: ${records[0]?.company}`}</h1>
      <p class="note">Opened from a link. Nothing is saved on this device unless you choose to.</p>
      <button type="button" disabled={saving} onClick={save}>
        Save to my offers
      </button>
      {views.length > 1 ? <CompareView views={views} /> : views[0] && <OfferResults view={views[0]} />}
    </section>
  );
}
