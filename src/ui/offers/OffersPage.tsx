import './offers.css';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { NEW_OFFER_ID } from '../../state/offerDraft';
import {
  compareHref,
  compareIds,
  duplicateOffer,
  equityToDo,
  expectedEquity,
  MAX_COMPARE,
  offerName,
  offerViews,
  removeOffer,
  toggleCompare,
} from '../../state/offers';
import { offers } from '../../state/persist';
import { usd } from '../shared/format';
import { percentileText } from '../shared/ordinal';
import { marketText } from './OfferResults';
import '../shared/textRuns'; // before this screen is drawn over its prerendered HTML

/** A startup offer's equity, apart from the cash figures before it. */
function equityNote(e: ReturnType<typeof expectedEquity>): string {
  if (e === undefined) return '';
  return e === 'no-exit'
    ? ' · startup equity apart: add an exit to weigh it'
    : ` · startup equity apart: expected ${usd(e)} at its exits`;
}

/** The saved offers: add, open, duplicate, delete, and choose 2–4 to compare. */
export function OffersPage() {
  const { route } = useLocation();
  const [confirm, setConfirm] = useState<string | undefined>();
  const [deleted, setDeleted] = useState('');
  const page = useRef<HTMLElement>(null);
  const list = offers.value;
  // Focus follows the delete: onto "Keep" when asked, back to Delete when kept, onto the next offer (or
  // "Add an offer") once deleted; never left on a button that is gone.
  const focus = (selector: string) =>
    requestAnimationFrame(() => page.current?.querySelector<HTMLElement>(selector)?.focus());
  const ask = (id: string) => {
    setConfirm(id);
    focus('.confirm .secondary');
  };
  const keep = (id: string) => {
    setConfirm(undefined);
    focus(`[data-offer="${id}"] .delete`);
  };
  const remove = async (o: (typeof list)[number]) => {
    const i = list.indexOf(o);
    const next = list[i + 1] ?? list[i - 1];
    await removeOffer(o.id);
    setConfirm(undefined);
    setDeleted(`Deleted “${offerName(o)}”.`);
    focus(next ? `[data-offer="${next.id}"] .scenario-name a` : '.actions > button');
  };
  // Ticks kept over a reload may name an offer since deleted (another tab, a cleared device).
  const chosen = compareIds.value.filter((id) => list.some((o) => o.id === id));
  return (
    <section class="page offers" ref={page}>
      <h1>Offers</h1>
      <p class="visually-hidden" role="status">
        {deleted}
      </p>
      <p>
        Enter the offers you have: what each is worth year by year, where it sits in the market, and how they
        compare.
      </p>
      <div class="actions">
        <button type="button" onClick={() => route(`/offers/${NEW_OFFER_ID}`)}>
          Add an offer
        </button>
        {chosen.length >= 2 ? (
          <a class="button-link" href={compareHref(chosen)}>
            Compare {chosen.length} offers
          </a>
        ) : (
          list.length >= 2 && <p class="note">Tick 2 to {MAX_COMPARE} offers to compare them.</p>
        )}
      </div>
      {list.length === 0 && (
        <p class="note">No offers yet. A new offer starts from your profile on the Estimate screen.</p>
      )}
      <ul class="offer-list">
        {list.map((o) => {
          const v = offerViews.value.get(o.id);
          const checked = chosen.includes(o.id);
          return (
            <li class="scenario" key={o.id} data-testid="offer-card" data-offer={o.id}>
              <p class="scenario-name">
                <a href={`/offers/${o.id}`}>{offerName(o)}</a>
              </p>
              {v?.ok ? (
                <p class="note">
                  First year {usd(v.summary.firstYear)} · 4-year average {usd(v.summary.fourYearAverage)} ·{' '}
                  {`base ${percentileText(v.percentile.base)} percentile for ${marketText(v)}`}
                  {equityNote(expectedEquity(v))}
                  {v.equityErrors && (
                    <>
                      {' '}
                      · <strong>equity to {equityToDo(v)}</strong>: left out of these figures
                    </>
                  )}
                </p>
              ) : (
                <p class="note">Some fields need fixing.</p>
              )}
              <label class="radio">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && chosen.length >= MAX_COMPARE}
                  onChange={() => toggleCompare(o.id)}
                />
                Compare<span class="visually-hidden"> {o.company}</span>
              </label>
              {confirm === o.id ? (
                <fieldset class="actions confirm">
                  <legend class="visually-hidden">Delete {o.company}?</legend>
                  <button type="button" class="danger" onClick={() => void remove(o)}>
                    Delete “{o.company}”
                  </button>
                  <button type="button" class="secondary" onClick={() => keep(o.id)}>
                    Keep
                  </button>
                </fieldset>
              ) : (
                <div class="actions">
                  <a class="button-link" href={`/offers/${o.id}`}>
                    Edit<span class="visually-hidden"> {o.company}</span>
                  </a>
                  <button type="button" class="secondary" onClick={() => void duplicateOffer(o.id)}>
                    Duplicate<span class="visually-hidden"> {o.company}</span>
                  </button>
                  <button type="button" class="secondary delete" onClick={() => ask(o.id)}>
                    Delete<span class="visually-hidden"> {o.company}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
