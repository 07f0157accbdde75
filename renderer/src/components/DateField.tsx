// A date typed as text, the British way (5/1/2026, 5 January 2026, 2026-01-05), shown back as "5 January 2026".
// Chromium's type=date follows the machine's locale (mm/dd/yyyy on a US-set machine), so dates are typed text
// read by parseDateEnGb. Rule source: docs/architecture.md §3.6 (en-GB dates). Used by DateInput and local forms.
import { useState } from 'react';
import type { KeyboardEvent } from 'react';

import { formatDate } from '../../../shared/domain/format-en-gb';
import { parseDateEnGb } from '../../../shared/domain/parse-en-gb';
import '../styles/fields.css';

/** What reading the typed text gave: a date, nothing (left empty), or an error already shown. */
export type DateDraftResult = { ok: true; date: string | undefined } | { ok: false };

const shown = (iso: string | undefined): string => (iso ? formatDate(iso) : '');

/** The draft text of a date field and its error, with `read()` to check it when the user leaves the field. */
export function useDateDraft(initial: string | undefined, required = false) {
  const [text, setText] = useState(() => shown(initial));
  const [error, setError] = useState<string | null>(null);
  const read = (): DateDraftResult => {
    if (text.trim() === '' && !required) {
      setError(null);
      return { ok: true, date: undefined };
    }
    const parsed = parseDateEnGb(text);
    if (!parsed.ok) {
      setError(parsed.message);
      return { ok: false };
    }
    setError(null);
    setText(formatDate(parsed.date));
    return { ok: true, date: parsed.date };
  };
  const reset = (iso: string | undefined) => {
    setText(shown(iso));
    setError(null);
  };
  return { text, setText, error, read, reset, showError: setError };
}

type Props = {
  id: string;
  label: string;
  text: string;
  error: string | null;
  hint?: string;
  required?: boolean;
  onText: (text: string) => void;
  /** Called when the user leaves the field or presses Enter. */
  onDone: () => void;
  /** Enter also submits the field's form (an add form whose last field is this date), after `onDone`. */
  submitOnEnter?: boolean;
};

export function DateField({
  id,
  label,
  text,
  error,
  hint,
  required,
  onText,
  onDone,
  submitOnEnter,
}: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onDone();
      if (submitOnEnter) {
        e.currentTarget.form?.requestSubmit();
      }
    }
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={hintId}>
        {hint ? `${hint} ` : ''}For example, 5 January 2026 or 5/1/2026.
      </p>
      {error ? (
        <p className="error-message" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error} Nothing was saved.
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className="date-input"
        value={text}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(e) => onText(e.target.value)}
        onBlur={onDone}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
