// The undo/redo history and terminology replace shared by TextBlockField and PlainTextField: typing recorded in
// word-sized steps, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z, and a replaced term saved at once as a step of its own.
// Rule source: terminology guard; undo/redo, every edit saved.
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

import type { TermSpan } from '../../../shared/domain/terminology';

import { caretAfterChange, recordText, redoText, startHistory, undoText } from './text-history';
import type { TextHistory } from './text-history';

// One history per field per conference, kept while the app runs so moving between steps does not lose it. Keys
// are the caller's (a conference id and a JSON path or a row key), so fields never share one.
const histories = new Map<string, TextHistory>();

type Options = {
  /** Names the field's history: the conference id, then its path or a stable row key. */
  historyKey: string;
  /** The text the record holds now. */
  text: string;
  /** Saves a new text to the record. */
  save: (text: string) => void;
  /** Saves at once rather than when typing pauses. */
  flush: () => void;
};

export type TextHistoryField = {
  /** Records typed text (grouped into word-sized steps) and saves it. */
  change: (text: string) => void;
  step: (which: 'undo' | 'redo') => void;
  /** Replaces a register-era term with its suggestion, as a step of its own, saved at once. */
  replace: (span: TermSpan) => void;
  /** Puts in a whole new text (a spelling corrected), as a step of its own, saved at once; the caret at `caret`. */
  replaceText: (next: string, caret: number) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  /** Where the caret goes after undo or redo, once: the field puts it there after its next render. */
  takeCaret: () => number | null;
  canUndo: boolean;
  canRedo: boolean;
};

/** The undo/redo history of one text field, with its keyboard shortcuts and term replacement. */
export function useTextHistory({ historyKey, text, save, flush }: Options): TextHistoryField {
  const caretRef = useRef<number | null>(null);
  const [history, setHistory] = useState<TextHistory>(
    () => histories.get(historyKey) ?? startHistory(text),
  );

  const write = (next: string, h: TextHistory) => {
    histories.set(historyKey, h);
    setHistory(h);
    save(next);
  };
  // Text changed elsewhere (a reload, a replace) becomes a step of its own before the new one.
  const base = () =>
    history.entries[history.index] === text ? history : recordText(history, text, 0);
  const change = (next: string) => write(next, recordText(base(), next, Date.now()));
  const step = (which: 'undo' | 'redo') => {
    const result = (which === 'undo' ? undoText : redoText)(base());
    if (result) {
      caretRef.current = caretAfterChange(text, result.text);
      write(result.text, result.history);
    }
  };
  const replaceText = (next: string, caret: number | null) => {
    caretRef.current = caret;
    write(next, recordText(base(), next, 0));
    flush();
  };
  const replace = (span: TermSpan) =>
    replaceText(text.slice(0, span.start) + span.suggestion + text.slice(span.end), null);
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

  return {
    change,
    step,
    replace,
    replaceText,
    onKeyDown,
    takeCaret: () => {
      const at = caretRef.current;
      caretRef.current = null;
      return at;
    },
    canUndo: history.index > 0 || history.entries[history.index] !== text,
    canRedo: history.index < history.entries.length - 1,
  };
}
