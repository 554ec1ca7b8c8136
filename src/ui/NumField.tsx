import { describedBy, Field } from './Field';

interface Props {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  onInput: (value: string) => void;
}

/** A labelled text field with the numeric keypad and an inline error. */
export function NumField({ id, label, value, error, hint, onInput }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}
