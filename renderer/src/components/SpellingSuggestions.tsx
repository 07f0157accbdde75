// The suggestions for one misspelt word, asked of the spell-check worker when the word's button is pressed.
// Escape closes them. docs/decisions/0014-offline-spell-check.md
import { useEffect, useState } from 'react';

import { suggestSpelling } from '../spell/spell-client';

type Props = {
  id: string;
  word: string;
  onChoose: (replacement: string) => void;
  onClose: () => void;
};

type State =
  { kind: 'asking' } | { kind: 'found'; words: string[] } | { kind: 'failed'; message: string };

export function SpellingSuggestions({ id, word, onChoose, onClose }: Props) {
  const [state, setState] = useState<State>({ kind: 'asking' });
  useEffect(() => {
    let live = true;
    suggestSpelling(word).then(
      (words) => live && setState({ kind: 'found', words }),
      (e: unknown) =>
        live && setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [word]);
  return (
    <div
      className="spelling__suggestions"
      id={id}
      role="group"
      aria-label={`Suggestions for ${word}`}
    >
      {state.kind === 'asking' ? <span>Looking for suggestions…</span> : null}
      {state.kind === 'failed' ? <span>No suggestions: {state.message}</span> : null}
      {state.kind === 'found' && state.words.length === 0 ? <span>No suggestions.</span> : null}
      {state.kind === 'found' && state.words.length > 0 ? <span>Change to:</span> : null}
      {state.kind === 'found'
        ? state.words.map((s) => (
            <button
              key={s}
              type="button"
              className="button button--secondary button--small"
              aria-label={`Replace ${word} with ${s}`}
              onClick={() => onChoose(s)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  onClose();
                }
              }}
            >
              {s}
            </button>
          ))
        : null}
    </div>
  );
}
