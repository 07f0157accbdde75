// Spell-check for one free-text field: its misspelt words, Alt+F7 to select the next one, and a suggestion put in
// through the field's own history (saved at once, undoable). docs/decisions/0014-offline-spell-check.md
import type { KeyboardEvent, RefObject } from 'react';

import { nextMisspelling, replaceEvery } from '../../../shared/spell/replace';
import type { TextHistoryField } from '../components/use-text-history';

import { useSpelling } from './use-spelling';
import type { Spelling } from './use-spelling';

export type FieldSpelling = {
  spelling: Spelling;
  /** Replaces every place of a marked word with the chosen suggestion, then puts focus back in the field. */
  replace: (word: string, replacement: string) => void;
  /** Puts focus back in the field (after a word is added to my words). */
  focus: () => void;
  /** Handles Alt+F7 (select the next misspelt word); true when the key was this shortcut. */
  onKeyDown: (e: KeyboardEvent) => boolean;
};

export function useFieldSpelling(
  text: string,
  history: Pick<TextHistoryField, 'replaceText'>,
  ref: RefObject<HTMLTextAreaElement | HTMLInputElement | null>,
  enabled = true,
): FieldSpelling {
  const spelling = useSpelling(text, enabled);
  const replace = (word: string, replacement: string) => {
    const done =
      spelling.checked === text ? replaceEvery(text, spelling.words, word, replacement) : null;
    if (done) {
      history.replaceText(done.text, done.caret);
      ref.current?.focus();
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.altKey && e.key === 'F7')) {
      return false;
    }
    e.preventDefault();
    const el = ref.current;
    if (el && spelling.checked === el.value) {
      const next = nextMisspelling(spelling.words, el.selectionEnd ?? 0);
      if (next) {
        el.setSelectionRange(next.start, next.end);
      }
    }
    return true;
  };
  return { spelling, replace, focus: () => ref.current?.focus(), onKeyDown };
}
