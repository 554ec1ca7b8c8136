import { useState } from 'preact/hooks';
import { MAX_CITIES, MIN_CITIES } from '../../model/domain';
import { cities } from '../../state/app';
import {
  addPlace,
  type CityTieChoice,
  chosenPlaces,
  cityTieChoices,
  placeLabel,
  removePlace,
  setCityTax,
  setPlaceState,
} from '../../state/cities';
import { PlacePicker } from '../shared/PlacePicker';
import { Select } from '../shared/Select';

/** The chosen places, each with its tax choices and a remove button, and a picker to add one. */
export function PlaceList() {
  const set = cities.value;
  const [status, setStatus] = useState('');
  const count = set.locations.length;
  const onAdd = (id: string) => {
    const r = addPlace(id);
    const label = placeLabel(id);
    setStatus(
      r === 'added'
        ? `Added ${label}.`
        : r === 'duplicate'
          ? `${label} is already compared.`
          : r === 'full'
            ? `At most ${MAX_CITIES} places: remove one first.`
            : '',
    );
  };
  return (
    <fieldset class="places">
      <legend>
        Places ({MIN_CITIES} to {MAX_CITIES})
      </legend>
      <ul class="place-list">
        {chosenPlaces.value.map(({ id, label, choices }) => (
          <li class="place-item" key={id} data-testid={`place-${id}`}>
            <div class="place-head">
              <span class="place-name">
                {label}
                {id === set.reference ? ' (reference)' : ''}
              </span>
              <button
                type="button"
                class="secondary"
                aria-label={`Remove ${label}`}
                disabled={count <= MIN_CITIES}
                onClick={() => {
                  removePlace(id);
                  setStatus(`Removed ${label}.`);
                }}
              >
                Remove
              </button>
            </div>
            {!choices && <p class="error">This place is not known here (saved by another version).</p>}
            {choices && choices.states.length > 1 && (
              <fieldset class="place-states">
                <legend>State you live in (its taxes apply)</legend>
                {choices.states.map((s) => (
                  <label class="radio" key={s.usps}>
                    <input
                      type="radio"
                      name={`state-${id}`}
                      checked={choices.state === s.usps}
                      onChange={() => setPlaceState(id, s.usps)}
                    />
                    {s.label}
                  </label>
                ))}
              </fieldset>
            )}
            {choices?.city.map((c) => (
              <Select
                key={c.id}
                id={`tie-${id}-${c.id}`}
                label={c.label}
                value={c.tie}
                options={cityTieChoices(c)}
                onChange={(v) => setCityTax(id, c.id, v as CityTieChoice)}
              />
            ))}
            {choices?.always.map((a) => (
              <p class="hint" key={a.id}>
                Always applied (every resident pays it): {a.label}
                {a.assumption ? ` (assumed: ${a.assumption})` : ''}.
              </p>
            ))}
          </li>
        ))}
      </ul>
      {count < MAX_CITIES ? (
        <PlacePicker id="city-add" label="Add a place" value="" onChange={onAdd} />
      ) : (
        <p class="hint">Six places is the most: remove one to add another.</p>
      )}
      <p class="hint" role="status" data-testid="place-status">
        {status}
      </p>
    </fieldset>
  );
}
