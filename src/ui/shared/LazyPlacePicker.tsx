import { useEffect, useRef, useState } from 'preact/hooks';
import { placeName } from '../../state/places';
import { describedBy, Field } from './Field';
import type { PlacePickerProps } from './PlacePicker';

/** The place field's hint, here and in the picker it loads (./PlacePicker.tsx). */
export const PLACE_HINT = 'Type a few letters of a city, metro area or state.';

type Module = typeof import('./PlacePicker');
let loaded: Module | null = null;
const load = (): Promise<Module> =>
  import('./PlacePicker').then((m) => {
    loaded = m;
    return m;
  });

/**
 * The place picker, loaded just after the first screen is on it (it is not needed to show the estimate).
 * Until it arrives, a plain field shows the chosen place; focusing it loads the picker and hands it the
 * focus.
 */
export function LazyPlacePicker(props: PlacePickerProps) {
  const [m, setM] = useState<Module | null>(loaded);
  const wantsFocus = useRef(false);
  useEffect(() => {
    if (m) return;
    const go = () => void load().then(setM);
    const idle = (globalThis as { requestIdleCallback?: (f: () => void) => number }).requestIdleCallback;
    if (idle) idle(go);
    else setTimeout(go, 1);
  }, [m]);
  if (m) return <m.PlacePicker {...props} autoFocus={wantsFocus.current} />;
  return (
    <Field id={props.id} label={props.label} hint={PLACE_HINT} error={props.error}>
      <input
        id={props.id}
        type="text"
        autoComplete="off"
        value={props.valueLabel ?? placeName(props.value)}
        aria-describedby={describedBy(props.id, true, Boolean(props.error))}
        aria-invalid={props.error ? true : undefined}
        onFocus={() => {
          wantsFocus.current = true;
          void load().then(setM);
        }}
        readOnly
      />
    </Field>
  );
}
