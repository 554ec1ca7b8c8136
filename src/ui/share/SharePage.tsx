import '../offers/offers.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { OfferRecord } from '../../model/domain';
import { cachedView, compareHref, compareIds, equityToDo, fieldErrors, offerName } from '../../state/offers';
import { newId, putOffer } from '../../state/persist';
import { openShare, prepareShare } from '../../state/shareOpen';
import { CompareView } from '../offers/CompareView';
import { firstToFix, OfferForm, type OfferPatch } from '../offers/OfferForm';
import { OfferResults } from '../offers/OfferResults';
import { SentDropped, SentWith } from './SentWith';
import '../shared/textRuns'; // before this screen is drawn over its prerendered HTML

/**
 * The link's offers worked out ahead, a task each, before the screen is drawn (App's route waits for it).
 * Whatever fails here fails again, and is shown, when the screen is drawn.
 */
export const load = () =>
  prepareShare(location.hash)
    .catch(() => {})
    .then(() => SharePage);

const byFragment = (href: string) => (href.length > 1 ? document.getElementById(href.slice(1)) : null);

/**
 * The address's fragment holds the link's offers, so a link within the page (skip to content, an offer's
 * fields to fix) moves the focus there instead of replacing it: a reload still opens the same offers.
 */
function jumpInPage(e: MouseEvent) {
  const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
  const to = a && byFragment(a.getAttribute('href') ?? '');
  if (!to || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
  e.preventDefault();
  // An offer's heading: its first marked field (or, equity only to fill in, its shares), where fixing starts.
  const section = to.closest('section');
  const field = section && firstToFix(section, to.id.replace(/-title$/, '-shares'));
  const target = to.id.startsWith('shared-') && field ? field : to;
  if (target === to && !to.hasAttribute('tabindex')) to.tabIndex = -1;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

const OPENED = 'Opened from a link. Nothing is saved on this device unless you choose to.';

/**
 * Opens a shared offer or comparison from the link's fragment; saves it only when asked. An offer that
 * arrives with a bad value opens with its form, the value marked, to fix here (nothing is saved until
 * the user chooses to).
 */
export function SharePage() {
  const { route } = useLocation();
  const [hash, setHash] = useState(() => (typeof location === 'undefined' ? '' : location.hash));
  // Another link opened in the same tab changes only the fragment.
  useEffect(() => {
    // A fragment naming something on this page is a jump within it, not another link.
    const onHash = () => !byFragment(location.hash) && setHash(location.hash);
    addEventListener('hashchange', onHash);
    // A change between the first render and this effect fired before anyone listened: read it now.
    onHash();
    document.addEventListener('click', jumpInPage);
    return () => {
      removeEventListener('hashchange', onHash);
      document.removeEventListener('click', jumpInPage);
    };
  }, []);
  // Read once per link (openShare keeps the last one): the same objects on every render.
  const { decoded, opened } = openShare(hash);
  // The offers that came with a value to fix (or startup equity to fill in) keep their form on screen.
  const toFix = useMemo(
    () =>
      opened.map((r) => {
        const v = cachedView(r);
        return !v.ok || Boolean(v.equityErrors);
      }),
    [opened],
  );
  // Changes made here, for this link only: another link starts from what it carries.
  const [edited, setEdited] = useState<{ hash: string; records: OfferRecord[] } | undefined>();
  const [saving, setSaving] = useState(false);
  // Prerendered (no address, no fragment): what is true of every link, until its offers are drawn. Nothing
  // more: a paragraph here would be taken over by one of the offers' and moved down (a layout shift).
  if (typeof window === 'undefined')
    return (
      <section class="page">
        <h1>Shared link</h1>
        <p class="note">{OPENED}</p>
      </section>
    );
  if (!decoded.ok) {
    return (
      <section class="page">
        {/* A link that does not read may have held one offer or several: it is named for neither. */}
        <h1>Shared link</h1>
        <p class="error" role="alert" data-testid="share-error">
          {decoded.message}
        </p>
        <p>
          <a href="/offers">Go to your offers</a>
        </p>
      </section>
    );
  }
  const records = edited?.hash === hash ? edited.records : opened;
  const views = records.map(cachedView);
  const edit = (i: number, patch: OfferPatch) =>
    setEdited((prev) => {
      const from = prev?.hash === hash ? prev.records : opened;
      return { hash, records: from.map((r, j) => (j === i ? { ...r, ...patch } : r)) };
    });
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
  // One form: the offer page's ids; several: each its own ids and name.
  const form = (i: number, own?: boolean) => {
    const v = views[i];
    return (
      v && (
        <OfferForm
          record={v.record}
          errors={fieldErrors(v)}
          onEdit={(patch) => edit(i, patch)}
          equityBlank={v.ok && v.equityBlank}
          {...(own ? { idPrefix: `shared-${i}`, label: `Offer details: ${offerName(v.record)}` } : {})}
        />
      )
    );
  };
  const bad = views.reduce((n, v) => n + Object.keys(fieldErrors(v)).length, 0);
  const fixNote = bad > 0 && (
    <p class="note" data-testid="share-fix">
      {bad === 1
        ? 'This link has a value that can’t be used; it is marked below. Fix it here, or save and fix it later.'
        : `This link has ${bad} values that can’t be used; they are marked below. Fix them here, or save and fix them later.`}
    </p>
  );
  return (
    <section class="page">
      <h1>{records.length > 1 ? 'Shared comparison' : `Shared offer: ${records[0]?.company}`}</h1>
      <p class="note">{OPENED}</p>
      <SentDropped settings={decoded.settings} />
      <SentWith household={decoded.settings.household} />
      {fixNote}
      <button type="button" class="share-save" disabled={saving} onClick={save}>
        Save to my offers
      </button>
      {views.length > 1 ? (
        <>
          {views.map(
            (v, i) =>
              toFix[i] && (
                <section key={v.record.id} aria-labelledby={`shared-${i}-title`}>
                  <h2 id={`shared-${i}-title`}>
                    {equityToDo(v) === 'fill in' ? 'Fill in' : 'Fix'} {offerName(v.record)}
                  </h2>
                  {form(i, true)}
                </section>
              ),
          )}
          <CompareView views={views} fixHref={(_, i) => `#shared-${i}-title`} />
        </>
      ) : toFix[0] ? (
        <div class="offer-layout">
          {form(0)}
          <div>{views[0] && <OfferResults view={views[0]} />}</div>
        </div>
      ) : (
        views[0] && <OfferResults view={views[0]} />
      )}
    </section>
  );
}
