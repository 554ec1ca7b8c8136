import { describedBy, Field } from './Field';

interface Props {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  /** How the typed value reads once parsed ("250k" → "$250,000"), when that differs from what was typed. */
  reads?: string | undefined;
  onInput: (value: string) => void;
}

/** A labelled text field with the numeric keypad, how the value reads, and an inline error. */
export function NumField({ id, label, value, error, hint, reads, onInput }: Props) {
  const shown = reads && !error;
  const described = describedBy(id, Boolean(hint), Boolean(error));
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={shown ? `${id}-reads${described ? ` ${described}` : ''}` : described}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {shown && (
        <p class="hint" id={`${id}-reads`} data-testid={`${id}-reads`}>
          Reads as {reads}
        </p>
      )}
    </Field>
  );
}
