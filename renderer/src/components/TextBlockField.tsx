// A labelled multi-line field for one TextBlock of the open conference: saves as you type, has its own undo and
// redo, can be marked restricted, hides when restricted in projector-safe mode, and flags register-era wording.
// Rule source: restricted, projector-safe; terminology guard; undo/redo, every edit saved.
import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';

import type { Path } from '../../../shared/domain/edits';
import type { TextBlock } from '../../../shared/domain/primitives';
import { useFieldSpelling } from '../spell/use-field-spelling';
import { useConference } from '../state/conference-store';
import { useViewSettings } from '../state/view-settings';

import { fieldIdFor } from './field-id';
import { RestrictionFields } from './RestrictionFields';
import { SaveRefusal } from './SaveRefusal';
import { SpellingHints } from './SpellingHints';
import { StableTextArea } from './StableTextArea';
import type { TextAreaHandlers } from './StableTextArea';
import { TerminologyHints } from './TerminologyHints';
import { UndoRedoButtons } from './UndoRedoButtons';
import { useTextHistory } from './use-text-history';
import '../styles/fields.css';

type Props = { label: string; path: Path; block: TextBlock; hint?: string; rows?: number };

export function TextBlockField({ label, path, block, hint, rows = 6 }: Props) {
  const conferenceId = useConference((s) => s.id);
  const setText = useConference((s) => s.setText);
  const flush = useConference((s) => s.flush);
  const projectorSafe = useViewSettings((s) => s.projectorSafe);
  const textPath = [...path, 'text'];
  const id = fieldIdFor(textPath);
  const hintId = hint ? `${id}-hint` : undefined;
  const ref = useRef<HTMLTextAreaElement>(null);
  const history = useTextHistory({
    historyKey: `${conferenceId ?? ''}|${JSON.stringify(path)}`,
    text: block.text,
    save: (text) => setText(textPath, text),
    flush,
  });
  const spell = useFieldSpelling(block.text, history, ref);

  // The textarea is uncontrolled: React never writes its 40-page value on a keystroke. Text that
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
    const at = el ? history.takeCaret() : null;
    if (el && at !== null) {
      el.setSelectionRange(at, at);
    }
  });

  const change = (text: string) => {
    shown.current = { el: ref.current, text };
    history.change(text);
  };
  // The textarea's handlers, kept current after each render (its own props never change).
  const keyDown = (e: KeyboardEvent) => {
    if (!spell.onKeyDown(e)) {
      history.onKeyDown(e);
    }
  };
  const handlers = useRef<TextAreaHandlers>({ change, keyDown, blur: flush });
  useLayoutEffect(() => {
    handlers.current = { change, keyDown, blur: flush };
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
      <UndoRedoButtons
        label={label}
        canUndo={history.canUndo}
        canRedo={history.canRedo}
        onStep={history.step}
      />
      <SpellingHints
        fieldId={id}
        fieldLabel={label}
        spelling={spell.spelling}
        onReplace={spell.replace}
        onAdded={spell.focus}
      />
      <SaveRefusal path={path} id={`${id}-refused`} />
      <TerminologyHints
        text={block.text}
        fieldLabel={label}
        path={textPath.join('.')}
        onReplace={history.replace}
      />
      <RestrictionFields label={label} path={path} restriction={block.restriction} />
    </div>
  );
}
