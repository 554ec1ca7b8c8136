import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** How the typed value reads once parsed (e.g. "$250,000" for "250k"), shown under the field. */
  reads?: string | undefined;
  children: ComponentChildren;
}

/** A labelled form row with an optional hint, how the value reads, and an inline error message. */
export function Field({ id, label, hint, error, reads, children }: Props) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {reads && !error && (
        <p class="hint reads" id={`${id}-reads`} data-testid={`${id}-reads`}>
          Reads as {reads}
        </p>
      )}
      {hint && !error && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The aria-describedby value for a Field's control. */
export const describedBy = (id: string, hint: boolean, error: boolean, reads = false): string | undefined =>
  error
    ? `${id}-error`
    : [reads ? `${id}-reads` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
