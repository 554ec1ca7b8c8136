import { useEffect, useRef, useState } from 'preact/hooks';
import { loadPlaces, type Place, placeApi, placeName } from '../../state/places';
import { canonicalPlace, notePlaceUsed, recentPlaces } from '../../state/recentPlaces';
import { describedBy, Field } from './Field';
import { PLACE_HINT } from './LazyPlacePicker';
import './placePicker.css';

export interface PlacePickerProps {
  id: string;
  label: string;
  /** The chosen place id. */
  value: string;
  /** The chosen place's label, when the caller knows a better one (a seed place shows the seed's own). */
  valueLabel?: string;
  onChange: (placeId: string) => void;
  /** Take the focus when mounted (the lazy field it replaces had it). */
  autoFocus?: boolean;
  /** What is wrong with the chosen place (an id this version does not know). */
  error?: string | undefined;
}

/** " · “New York City, NY” in the salary data", for a place the seed names (shown by that name once chosen). */
const seedName = (p: Place): string => {
  const seed = canonicalPlace(p.id);
  const name = seed !== p.id ? placeName(seed) : '';
  return name && name !== p.label ? ` · “${name}” in the salary data` : '';
};

/**
 * A type-ahead place picker (the ARIA combobox pattern): type a few letters ("rale"), pick with a tap,
 * or with the arrow keys and Enter; Escape closes the list. Recently used places come first.
 */
export function PlacePicker({ id, label, value, valueLabel, onChange, autoFocus, error }: PlacePickerProps) {
  const api = placeApi.value;
  const chosen = valueLabel ?? placeName(value);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Text typed and left without a pick among several places: said, not silently dropped.
  const [left, setLeft] = useState<{ typed: string; matches: number } | null>(null);
  const picks = useRef(0);
  const listRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, []);
  useEffect(() => {
    if (open && !api) void loadPlaces();
  }, [open, api]);
  const results: Place[] = open && api ? api.search(text ?? '', recentPlaces.value) : [];
  const listId = `${id}-list`;
  const pick = (p: Place) => {
    picks.current++;
    setLeft(null);
    notePlaceUsed(p.id);
    onChange(canonicalPlace(p.id));
    setText(null);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      const n = results.length;
      if (n) setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : (a - 1 + n) % n));
    } else if (e.key === 'Enter' && open) {
      const p = results[active];
      if (p) {
        e.preventDefault();
        pick(p);
      }
    } else if (e.key === 'Escape') {
      setText(null);
      setOpen(false);
    }
  };
  useEffect(() => {
    const el = listRef.current?.querySelector('[aria-selected="true"]');
    // jsdom has no scrollIntoView; browsers do.
    if (el && 'scrollIntoView' in el) el.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <Field id={id} label={label} hint={PLACE_HINT} error={error}>
      <div class="place-picker">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-describedby={describedBy(id, true, Boolean(error))}
          aria-invalid={error ? true : undefined}
          aria-activedescendant={open && results[active] ? `${id}-opt-${active}` : undefined}
          value={text ?? chosen}
          onFocus={(e) => {
            void loadPlaces();
            e.currentTarget.select();
          }}
          onInput={(e) => {
            setLeft(null);
            setText(e.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKey}
          onBlur={() => {
            // Let a tap on an option land before the list closes. Text left with one place matching
            // picks it; with several, the choice stays as it was, and the field says so.
            const before = picks.current;
            const typed = text?.trim();
            // (A field that adds places, with none chosen, adds nothing on its own.)
            const only = value && typed && results.length === 1 ? results[0] : undefined;
            setTimeout(() => {
              if (picks.current !== before) return;
              if (only) return pick(only);
              setOpen(false);
              setText(null);
              if (typed && typed !== chosen) setLeft({ typed, matches: results.length });
            }, 150);
          }}
        />
        {left && (
          <p class="note" role="status" data-testid={`${id}-left`}>
            {left.matches
              ? `“${left.typed}” ${value ? `matches several places: ${chosen} is still chosen` : 'was not added'}. Pick one from the list.`
              : `No place matches “${left.typed}”${value ? `: ${chosen} is still chosen` : ''}.`}
          </p>
        )}
        {open && (
          <div id={listId} role="listbox" aria-label={label} class="place-options" ref={listRef}>
            {!api && <p class="place-empty">Loading places…</p>}
            {api && results.length === 0 && (
              <p class="place-empty">
                No place matches “{text}”.
                {/\d/.test(text ?? '') &&
                  ' A ZIP code is not searchable: type the city, metro area or state.'}
              </p>
            )}
            {results.map((p, i) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (aria-activedescendant)
              <div
                key={p.id}
                id={`${id}-opt-${i}`}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                class={i === active ? 'place-option active' : 'place-option'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(p)}
              >
                {p.label}
                <span class="sub">
                  {p.kind === 'metro' ? 'metro area' : p.kind === 'state' ? 'state' : 'nation'}
                  {recentPlaces.value.includes(p.id) ? ' · recent' : ''}
                  {seedName(p)}
                </span>
              </div>
            ))}
          </div>
        )}
      </div>
    </Field>
  );
}
