// A labelled text field for a plain string of the record (the decision rationale, dissent, plan text), with the
// same undo/redo and terminology guard as TextBlockField. These strings go to the family by design (decision
// letter, outline plan), so they carry no restriction. Rule source: issue 5 §8 (terminology guard), §9 (undo/redo).
import { useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

import type { Path } from '../../../../../shared/domain/edits';
import type { TermSpan } from '../../../../../shared/domain/terminology';
import { fieldIdFor } from '../../../components/field-id';
import { TerminologyHints } from '../../../components/TerminologyHints';
import {
  caretAfterChange,
  recordText,
  redoText,
  startHistory,
  undoText,
} from '../../../components/text-history';
import type { TextHistory } from '../../../components/text-history';
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

// One history per field per conference while the app runs, so moving between steps keeps it.
const histories = new Map<string, TextHistory>();

export function PlainTextField(props: Props) {
  const { label, path, value, hint, rows, hideLabel, required, list, historyKey, noButtons } =
    props;
  const conferenceId = useConference((s) => s.id);
  const setText = useConference((s) => s.setText);
  const flush = useConference((s) => s.flush);
  const id = fieldIdFor(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const key = `${conferenceId ?? ''}|${historyKey ?? JSON.stringify(path)}`;
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  const [history, setHistory] = useState<TextHistory>(
    () => histories.get(key) ?? startHistory(value),
  );

  useLayoutEffect(() => {
    if (caret.current !== null && ref.current) {
      ref.current.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  });

  const write = (text: string, h: TextHistory) => {
    histories.set(key, h);
    setHistory(h);
    setText(path, text);
  };
  const base = () =>
    history.entries[history.index] === value ? history : recordText(history, value, 0);
  const step = (which: 'undo' | 'redo') => {
    const result = (which === 'undo' ? undoText : redoText)(base());
    if (result) {
      caret.current = caretAfterChange(value, result.text);
      write(result.text, result.history);
    }
  };
  const replace = (span: TermSpan) => {
    const text = value.slice(0, span.start) + span.suggestion + value.slice(span.end);
    write(text, recordText(base(), text, 0));
    flush();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) {
      return;
    }
    const k = e.key.toLowerCase();
    if (k === 'z' || k === 'y') {
      e.preventDefault();
      step(k === 'y' || e.shiftKey ? 'redo' : 'undo');
    }
  };

  const canUndo = history.index > 0 || history.entries[history.index] !== value;
  const canRedo = history.index < history.entries.length - 1;
  const common = {
    id,
    ref,
    value,
    required,
    'aria-describedby': hintId,
    onChange: (e: { target: { value: string } }) =>
      write(e.target.value, recordText(base(), e.target.value, Date.now())),
    onKeyDown,
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
        <div className="text-block__tools">
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!canUndo}
            aria-label={`Undo in ${label}`}
            title="Undo (Ctrl+Z)"
            onClick={() => step('undo')}
          >
            Undo
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!canRedo}
            aria-label={`Redo in ${label}`}
            title="Redo (Ctrl+Y or Ctrl+Shift+Z)"
            onClick={() => step('redo')}
          >
            Redo
          </button>
        </div>
      ) : null}
      <TerminologyHints text={value} fieldLabel={label} onReplace={replace} />
    </div>
  );
}
