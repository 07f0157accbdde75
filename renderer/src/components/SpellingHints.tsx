// The spell-check list under a free-text field. A textarea cannot colour single words, so the misspelt words are
// listed under it ("Possible misspellings: neglegt, recieve"), announced politely once typing pauses; each is a
// button that opens its suggestions, and choosing one replaces the word through the field's own save and undo.
// Alt+F7 in the field selects the next one. docs/decisions/0014-offline-spell-check.md
import { useState } from 'react';

import { useMyWords } from '../spell/my-words-store';
import type { Spelling } from '../spell/use-spelling';

import { SpellingSuggestions } from './SpellingSuggestions';

/** The keyboard shortcut, shown under each field that has misspellings. */
export const NEXT_MISSPELLING_KEY = 'Alt+F7';

type Props = {
  fieldId: string;
  fieldLabel: string;
  spelling: Spelling;
  /** Replaces every place of `word` with `replacement`, saved and undoable like typing. */
  onReplace: (word: string, replacement: string) => void;
  /** Puts focus back in the field once a word added to my words leaves the list. */
  onAdded: () => void;
};

export function SpellingHints(props: Props) {
  const { fieldId, fieldLabel, spelling, onReplace, onAdded } = props;
  const [open, setOpen] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const addWord = useMyWords((s) => s.add);
  const add = async (word: string) => {
    const reason = await addWord(word);
    setRefused(reason === null ? null : `“${word}” was not added to my words: ${reason}`);
    if (reason === null) {
      onAdded();
    }
  };
  // While typing, the last check's words stay (the page below does not jump on each key); choosing a suggestion
  // acts only once the field is checked again (use-field-spelling.ts).
  const words = [...new Set(spelling.words.map((w) => w.word))];
  const listId = `${fieldId}-spelling`;
  return (
    <div className="spelling" id={listId} aria-live="polite">
      {spelling.error ? (
        <p className="spelling__error">Spell-check is off: {spelling.error}</p>
      ) : null}
      {refused ? <p className="spelling__refused">{refused}</p> : null}
      {words.length > 0 ? (
        <>
          <p className="spelling__title">
            Possible misspellings<span className="visually-hidden"> in {fieldLabel}</span>:{' '}
            <span className="spelling__keys">
              ({NEXT_MISSPELLING_KEY} in the field selects the next one)
            </span>
          </p>
          <ul className="spelling__words">
            {words.map((word, i) => (
              <li key={word}>
                <button
                  type="button"
                  id={`${listId}-word-${i}`}
                  className="spelling__word"
                  aria-expanded={open === word}
                  aria-controls={open === word ? `${listId}-${word}` : undefined}
                  aria-label={`${word}: show suggestions`}
                  onClick={() => setOpen(open === word ? null : word)}
                >
                  {word}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={`Add to my words: ${word}`}
                  onClick={() => void add(word)}
                >
                  Add to my words
                </button>
                {open === word ? (
                  <SpellingSuggestions
                    id={`${listId}-${word}`}
                    word={word}
                    onChoose={(replacement) => {
                      setOpen(null);
                      onReplace(word, replacement);
                    }}
                    onClose={() => {
                      setOpen(null);
                      // Back to the word's own button, which stays.
                      document.getElementById(`${listId}-word-${i}`)?.focus();
                    }}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
