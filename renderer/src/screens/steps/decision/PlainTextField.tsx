// A labelled text field for a plain string of the record (the decision rationale, dissent, plan text), with the
// same undo/redo and terminology guard as TextBlockField. These strings go to the family by design (decision
// letter, outline plan), so they carry no restriction. Rule source: terminology guard; undo/redo.
import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';

import type { Path } from '../../../../../shared/domain/edits';
import { fieldIdFor } from '../../../components/field-id';
import { SaveRefusal } from '../../../components/SaveRefusal';
import { TerminologyHints } from '../../../components/TerminologyHints';
import { UndoRedoButtons } from '../../../components/UndoRedoButtons';
import { useTextHistory } from '../../../components/use-text-history';
import { SpellingHints } from '../../../components/SpellingHints';
import { useFieldSpelling } from '../../../spell/use-field-spelling';
import { useConference } from '../../../state/conference-store';

type Props = {
  label: string;
  path: Path;
  value: string;
  hint?: string;
  /** Several lines (a textarea) or one line (an input); one line by default. */
  rows?: number;
  /** Hide the label visually (a table cell whose column header says what it is); screen readers still read it. */
  hideLabel?: boolean;
  required?: boolean;
  /** Id of a <datalist> of suggestions (one-line fields only). */
  list?: string;
  /** Leave out the Undo and Redo buttons of a multi-line field (Ctrl+Z and Ctrl+Y still work): table cells. */
  noButtons?: boolean;
  /** Keys the undo history when the path holds a list index that can shift (pass the row id and column). */
  historyKey?: string;
};

export function PlainTextField(props: Props) {
  const { label, path, value, hint, rows, hideLabel, required, list, historyKey, noButtons } =
    props;
  const conferenceId = useConference((s) => s.id);
  const setText = useConference((s) => s.setText);
  const flush = useConference((s) => s.flush);
  const id = fieldIdFor(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const history = useTextHistory({
    historyKey: `${conferenceId ?? ''}|${historyKey ?? JSON.stringify(path)}`,
    text: value,
    save: (text) => setText(path, text),
    flush,
  });
  // Free text is checked; one-line fields hold names, teams and contacts.
  const spell = useFieldSpelling(value, history, ref, Boolean(rows));

  useLayoutEffect(() => {
    const at = ref.current ? history.takeCaret() : null;
    if (ref.current && at !== null) {
      ref.current.setSelectionRange(at, at);
    }
  });

  const common = {
    id,
    ref,
    value,
    required,
    'aria-describedby': hintId,
    onChange: (e: { target: { value: string } }) => history.change(e.target.value),
    onKeyDown: (e: KeyboardEvent) => {
      if (!spell.onKeyDown(e)) {
        history.onKeyDown(e);
      }
    },
    onBlur: flush,
  };
  return (
    <div className={`field plain-text${rows ? ' plain-text--multi' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {rows ? <textarea {...common} rows={rows} /> : <input {...common} type="text" list={list} />}
      {rows && !noButtons ? (
        <UndoRedoButtons
          label={label}
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          onStep={history.step}
        />
      ) : null}
      {rows ? (
        <SpellingHints
          fieldId={id}
          fieldLabel={label}
          spelling={spell.spelling}
          onReplace={spell.replace}
          onAdded={spell.focus}
        />
      ) : null}
      <SaveRefusal path={path} id={`${id}-refused`} />
      <TerminologyHints
        text={value}
        fieldLabel={label}
        path={path.join('.')}
        onReplace={history.replace}
      />
    </div>
  );
}
