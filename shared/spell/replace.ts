// Pure text edits for the spell-check list under a field: replacing one marked word with a suggestion, and
// finding the next marked word after the caret (the keyboard shortcut). docs/decisions/0014-offline-spell-check.md
import type { SpellToken } from './tokenize';

/**
 * `text` with the characters from `start` to `end` replaced, or null when they are no longer `word` (the text
 * changed after it was checked): a suggestion is never put over other words.
 */
export function replaceWordAt(
  text: string,
  at: { start: number; end: number; word: string },
  replacement: string,
): string | null {
  const { start, end, word } = at;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end ||
    text.slice(start, end).replaceAll('’', "'") !== word
  ) {
    return null;
  }
  return text.slice(0, start) + replacement + text.slice(end);
}

/**
 * The marked word to go to from `from` (the end of the selection): the first that starts at or after it, else the
 * first of all (it wraps round). A selected marked word ends at `from`, so pressing the key again moves on.
 */
export function nextMisspelling(words: readonly SpellToken[], from: number): SpellToken | null {
  const sorted = [...words].sort((a, b) => a.start - b.start);
  return sorted.find((w) => w.start >= from) ?? sorted[0] ?? null;
}

/**
 * `text` with every marked place of `word` replaced (the list under a field shows each word once), or null when
 * any of them no longer holds the word. Also where the caret goes: just after the first replacement.
 */
export function replaceEvery(
  text: string,
  marked: readonly SpellToken[],
  word: string,
  replacement: string,
): { text: string; caret: number } | null {
  const places = marked.filter((t) => t.word === word).sort((a, b) => b.start - a.start);
  const first = places.at(-1);
  if (!first) {
    return null;
  }
  let out: string | null = text;
  for (const place of places) {
    out = out === null ? null : replaceWordAt(out, place, replacement);
  }
  return out === null ? null : { text: out, caret: first.start + replacement.length };
}
