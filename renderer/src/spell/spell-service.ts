// What the spell-check worker does with each request, apart from the worker itself so it can be tested with the
// real dictionary in Node. The safeguarding words are always known; the caller adds the conference's names and
// agencies and the user's own words (docs/decisions/0014-offline-spell-check.md).
import { createChecker } from '../../../shared/spell/checker';
import { knownWords, SAFEGUARDING_WORDS } from '../../../shared/spell/known-words';

import type { SpellRequest, SpellResponse } from './protocol';

export type SpellService = (request: SpellRequest) => SpellResponse;

/** Builds the checker once (the slow part, spell.load_ms) and answers requests with it. */
export function createSpellService(dictionary: { aff: string; dic: string }): SpellService {
  // The known-word lookup is rebuilt only when the list changes (a name added, a word added to my words).
  // Lists arrive copied (structured clone), so they are compared by their words.
  let lastKnown: string | null = null;
  let known = knownWords(SAFEGUARDING_WORDS);
  const checker = createChecker(dictionary, (word) => known(word));
  return (request) => {
    try {
      if (request.kind === 'suggest') {
        return { kind: 'suggested', id: request.id, suggestions: checker.suggest(request.word) };
      }
      const key = request.known.join('\n');
      if (key !== lastKnown) {
        lastKnown = key;
        known = knownWords(SAFEGUARDING_WORDS, request.known);
      }
      return { kind: 'checked', id: request.id, words: checker.misspellings(request.text) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', id: request.id, message };
    }
  };
}
