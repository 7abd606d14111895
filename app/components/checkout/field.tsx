import type { InputHTMLAttributes, ReactNode } from 'react';

/** A labelled form field whose error and help text are tied to it for screen readers. */
export function Field({
  id,
  label,
  error,
  help,
  children,
  ...input
}: {
  id: string;
  label: string;
  error?: string | null;
  help?: string | null;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy =
    [error ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children ?? (
        <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      )}
      {help ? (
        <p className="field__help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
