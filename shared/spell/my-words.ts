// "My words": the words a person adds so the spell-checker stops marking them (a family's way of spelling a place,
// a local service's name). Kept in the vault (docs/vault.md); this is the rule for what one word may be.
// docs/decisions/0014-offline-spell-check.md
import { z } from 'zod';

/** The longest word that may be added. */
export const MY_WORD_MAX = 64;
/** How many words the list may hold. */
export const MY_WORDS_MAX = 5000;

// Letters (any alphabet, with accents), joined by single apostrophes or hyphens: "O'Driscoll", "Jean-Luc".
const WORD = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;

/** One word: letters, apostrophes and hyphens, 1 to 64 characters, spaces around it trimmed. */
export const MyWordSchema = z
  .string()
  .trim()
  .min(1, 'Type a word to add.')
  .max(MY_WORD_MAX, `A word to add can be at most ${MY_WORD_MAX} characters.`)
  .regex(
    WORD,
    'A word to add may hold letters, apostrophes and hyphens only (no spaces, digits or other signs).',
  )
  .transform((w) => w.replaceAll('’', "'"));

export const MyWordsSchema = z.array(MyWordSchema).max(MY_WORDS_MAX);

/** `words` with `word` added once (compared without case), sorted en-GB. */
export function withWord(words: readonly string[], word: string): string[] {
  const lower = word.toLocaleLowerCase('en-GB');
  const has = words.some((w) => w.toLocaleLowerCase('en-GB') === lower);
  return (has ? [...words] : [...words, word]).sort((a, b) => a.localeCompare(b, 'en-GB'));
}
