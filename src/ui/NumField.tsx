import { describedBy, Field } from './Field';

interface Props {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  /** How the typed value reads once parsed, when that differs from what was typed. */
  reads?: string | undefined;
  onInput: (value: string) => void;
}

/** A labelled text field with the numeric keypad, how the value reads ("250k" → $250,000) and an inline error. */
export function NumField({ id, label, value, error, hint, reads, onInput }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} reads={reads}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error), Boolean(reads))}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}
