// A labelled multi-line field for one TextBlock of the open conference: saves as you type, has its own undo and
// redo, can be marked restricted, hides when restricted in projector-safe mode, and flags register-era wording.
// Rule source: issue 5 §7 (restricted, projector-safe), §8 (terminology guard), §9 (undo/redo, every edit saved).
import { useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

import type { Path } from '../../../shared/domain/edits';
import type { TextBlock } from '../../../shared/domain/primitives';
import type { TermSpan } from '../../../shared/domain/terminology';
import { useConference } from '../state/conference-store';
import { useViewSettings } from '../state/view-settings';

import { fieldIdFor } from './field-id';
import { RestrictionFields } from './RestrictionFields';
import { StableTextArea } from './StableTextArea';
import type { TextAreaHandlers } from './StableTextArea';
import { TerminologyHints } from './TerminologyHints';
import { caretAfterChange, recordText, redoText, startHistory, undoText } from './text-history';
import type { TextHistory } from './text-history';
import '../styles/fields.css';

type Props = { label: string; path: Path; block: TextBlock; hint?: string; rows?: number };

// One history per field per conference, kept while the app runs so moving between steps does not lose it.
const histories = new Map<string, TextHistory>();

export function TextBlockField({ label, path, block, hint, rows = 6 }: Props) {
  const conferenceId = useConference((s) => s.id);
  const setText = useConference((s) => s.setText);
  const flush = useConference((s) => s.flush);
  const projectorSafe = useViewSettings((s) => s.projectorSafe);
  const textPath = [...path, 'text'];
  const id = fieldIdFor(textPath);
  const hintId = hint ? `${id}-hint` : undefined;
  const key = `${conferenceId ?? ''}|${JSON.stringify(path)}`;
  const ref = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const [history, setHistory] = useState<TextHistory>(
    () => histories.get(key) ?? startHistory(block.text),
  );

  const keep = (h: TextHistory) => {
    histories.set(key, h);
    setHistory(h);
  };

  // The textarea is uncontrolled: React never writes its 40-page value on a keystroke (issue 5 §12). Text that
  // changes elsewhere (undo, redo, a replaced term, a reload) is put in here, then the caret where it changed.
  const shown = useRef<{ el: HTMLTextAreaElement | null; text: string | null }>({
    el: null,
    text: null,
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && (shown.current.el !== el || shown.current.text !== block.text)) {
      if (el.value !== block.text) {
        el.value = block.text;
      }
      shown.current = { el, text: block.text };
    }
    if (caret.current !== null && el) {
      el.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  });

  const write = (text: string, h: TextHistory) => {
    keep(h);
    setText(textPath, text);
  };
  // Text changed elsewhere (a reload, a replace) becomes a step of its own before the new one.
  const base = () =>
    history.entries[history.index] === block.text ? history : recordText(history, block.text, 0);
  const change = (text: string) => {
    shown.current = { el: ref.current, text };
    write(text, recordText(base(), text, Date.now()));
  };
  const step = (which: 'undo' | 'redo') => {
    const result = (which === 'undo' ? undoText : redoText)(base());
    if (result) {
      caret.current = caretAfterChange(block.text, result.text);
      write(result.text, result.history);
    }
  };
  const replace = (span: TermSpan) => {
    const text = block.text.slice(0, span.start) + span.suggestion + block.text.slice(span.end);
    write(text, recordText(base(), text, 0));
    flush();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) {
      return;
    }
    const k = e.key.toLowerCase();
    if (k === 'z' || k === 'y') {
      e.preventDefault();
      step(k === 'y' || e.shiftKey ? 'redo' : 'undo');
    }
  };
  // The textarea's handlers, kept current after each render (its own props never change).
  const handlers = useRef<TextAreaHandlers>({ change, keyDown: onKeyDown, blur: flush });
  useLayoutEffect(() => {
    handlers.current = { change, keyDown: onKeyDown, blur: flush };
  });

  if (projectorSafe && block.restriction) {
    return (
      <div className="field field--hidden">
        <p className="field__label">{label}</p>
        <p className="restricted-note" id={id} tabIndex={-1}>
          Restricted – hidden while sharing the screen.
        </p>
      </div>
    );
  }

  const canUndo = history.index > 0 || history.entries[history.index] !== block.text;
  const canRedo = history.index < history.entries.length - 1;
  return (
    <div className={`field text-block${block.restriction ? ' text-block--restricted' : ''}`}>
      <label htmlFor={id}>
        {label}
        {block.restriction ? <span className="tag tag--restricted">Restricted</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <StableTextArea id={id} rows={rows} describedBy={hintId} areaRef={ref} handlers={handlers} />
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
      <TerminologyHints text={block.text} fieldLabel={label} onReplace={replace} />
      <RestrictionFields label={label} path={path} restriction={block.restriction} />
    </div>
  );
}
