// A labelled text (or date, or multi-line) field bound to one path of the open conference; saves as you type.
// Rule source: docs/architecture.md §3.5 (debounced text edits through the conference store).
import { useRef } from 'react';

import type { Path } from '../../../shared/domain/edits';
import { useFieldSpelling } from '../spell/use-field-spelling';
import { useConference } from '../state/conference-store';

import { fieldIdFor } from './field-id';
import { SaveRefusal } from './SaveRefusal';
import { SpellingHints } from './SpellingHints';

type Props = {
  label: string;
  path: Path;
  value: string;
  hint?: string;
  type?: 'text' | 'date' | 'time' | 'textarea';
  /** Date and time fields send at once: a partial date is not a value. */
  required?: boolean;
};

export function TextField({ label, path, value, hint, type = 'text', required }: Props) {
  // The id comes from the path, so a validation finding on this path can focus the field.
  const id = fieldIdFor(path);
  const setText = useConference((s) => s.setText);
  const apply = useConference((s) => s.apply);
  const flush = useConference((s) => s.flush);
  const hintId = hint ? `${id}-hint` : undefined;
  const ref = useRef<HTMLTextAreaElement>(null);
  // Multi-line text is spell-checked; a suggestion is saved at once (this field has no undo history of its own).
  const replaceText = (next: string, caret: number) => {
    setText(path, next);
    flush();
    requestAnimationFrame(() => ref.current?.setSelectionRange(caret, caret));
  };
  const spell = useFieldSpelling(value, { replaceText }, ref, type === 'textarea');
  const common = {
    id,
    value,
    required,
    'aria-describedby': hintId,
    onBlur: flush,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {type === 'textarea' ? (
        <>
          <textarea
            {...common}
            ref={ref}
            onChange={(e) => setText(path, e.target.value)}
            onKeyDown={(e) => void spell.onKeyDown(e)}
          />
          <SpellingHints
            fieldId={id}
            fieldLabel={label}
            spelling={spell.spelling}
            onReplace={spell.replace}
            onAdded={spell.focus}
          />
        </>
      ) : type === 'text' ? (
        <input {...common} type="text" onChange={(e) => setText(path, e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => {
            const v = e.target.value;
            apply(
              v === '' && !required ? { type: 'unset', path } : { type: 'set', path, value: v },
            );
          }}
        />
      )}
      <SaveRefusal path={path} id={`${id}-refused`} />
    </div>
  );
}
