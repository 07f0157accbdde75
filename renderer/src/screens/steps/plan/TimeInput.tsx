// A 24-hour clock time typed as text (10:00, 9.30, 1400), stored 'HH:MM' and saved when the user leaves the field
// or presses Enter. Chromium's type=time follows the machine's locale and can show am/pm, so the time is typed.
// Rule source: shared/domain/parse-time.ts; every edit saved; bad input gets a clear error, loses nothing.
import { useState } from 'react';

import type { Path } from '../../../../../shared/domain/edits';
import { readClockTime } from '../../../../../shared/domain/parse-time';
import { fieldIdFor } from '../../../components/field-id';
import { useConference } from '../../../state/conference-store';

type Props = { label: string; path: Path; value: string | undefined };

export function TimeInput({ label, path, value }: Props) {
  const apply = useConference((s) => s.apply);
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = fieldIdFor(path);

  // A value changed elsewhere (a reload, a copied plan) replaces what is shown.
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    setShownFor(value);
    setText(value ?? '');
    setError(null);
  }

  const done = () => {
    if (text.trim() === '') {
      setError(null);
      if (value !== undefined) {
        apply({ type: 'unset', path });
      }
      return;
    }
    const time = readClockTime(text);
    if (time === undefined) {
      setError('Enter a 24-hour time such as 10:00 or 14:30.');
      return;
    }
    setError(null);
    setText(time);
    if (time !== value) {
      apply({ type: 'set', path, value: time });
    }
  };

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        24-hour clock, for example 10:00 or 14:30.
      </p>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error} Nothing was saved.
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="date-input"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onBlur={done}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            done();
          }
        }}
      />
    </div>
  );
}
