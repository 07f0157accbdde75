// A textarea held in a screen's own state (a form's reason or note) with the same spell-check as the conference's
// fields: misspelt words listed under it with suggestions and "Add to my words", Alt+F7 to the next one.
// docs/decisions/0014-offline-spell-check.md
import { useRef } from 'react';
import type { TextareaHTMLAttributes } from 'react';

import { useFieldSpelling } from '../spell/use-field-spelling';

import { SpellingHints } from './SpellingHints';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> & {
  id: string;
  /** The field's label, for the list's hidden heading ("Possible misspellings in …"). */
  fieldLabel: string;
  value: string;
  onChange: (value: string) => void;
};

export function SpellCheckedTextArea(props: Props) {
  const { id, fieldLabel, value, onChange, onKeyDown, ...rest } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  const replaceText = (next: string, caret: number) => {
    onChange(next);
    requestAnimationFrame(() => ref.current?.setSelectionRange(caret, caret));
  };
  const spell = useFieldSpelling(value, { replaceText }, ref);
  return (
    <>
      <textarea
        {...rest}
        id={id}
        ref={ref}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (!spell.onKeyDown(e)) {
            onKeyDown?.(e);
          }
        }}
      />
      <SpellingHints
        fieldId={id}
        fieldLabel={fieldLabel}
        spelling={spell.spelling}
        onReplace={spell.replace}
        onAdded={spell.focus}
      />
    </>
  );
}
