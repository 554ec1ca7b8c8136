import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ComponentChildren;
}

/** A labelled form row with an optional hint and an inline error message. */
export function Field({ id, label, hint, error, children }: Props) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {children}
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
export const describedBy = (id: string, hint: boolean, error: boolean): string | undefined =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;
