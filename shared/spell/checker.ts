// The en-GB spell-checker every free-text field uses: Hunspell en-GB (nspell) plus the known words (safeguarding
// terms, the conference's names, the user's own words). Pure: the caller hands over the dictionary's .aff and .dic
// text, loaded from the bundle, never the network (docs/decisions/0014-offline-spell-check.md).
import nspell from 'nspell';

import type { SpellToken } from './tokenize';
import { tokenize } from './tokenize';

export type SpellChecker = {
  /** The words of `text` that are neither in the dictionary nor known. */
  misspellings: (text: string) => SpellToken[];
  suggest: (word: string) => string[];
};

/** Builds a checker from the dictionary files and a known-word lookup (shared/spell/known-words.ts). */
export function createChecker(
  dictionary: { aff: string | Uint8Array; dic: string | Uint8Array },
  isKnown: (word: string) => boolean,
): SpellChecker {
  const spell = nspell(dictionary);
  const correct = (word: string) => isKnown(word) || spell.correct(word);
  return {
    misspellings: (text) => tokenize(text).filter((t) => !correct(t.word)),
    suggest: (word) => spell.suggest(word).slice(0, 5),
  };
}
