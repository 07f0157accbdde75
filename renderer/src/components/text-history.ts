// Undo and redo for one text field. A controlled textarea loses the browser's own undo, so each field keeps its
// own history: typing is grouped into word-sized steps (a pause or a space starts a new step), like native undo.
// Rule source: undo/redo in text fields.

/** The texts a field has held, oldest first; `index` is the one on screen. */
export type TextHistory = { entries: readonly string[]; index: number; lastAt: number };

/** Longest history kept per field; the oldest steps fall off. */
export const HISTORY_LIMIT = 500;
/**
 * Most characters kept across one field's steps (each step is the whole text): about 16 MB of strings, so a
 * 40-page field keeps its last 60 or so steps rather than 500 copies of 120,000 characters.
 */
export const HISTORY_CHAR_LIMIT = 8_000_000;
/** A pause longer than this starts a new undo step. */
export const GROUP_MS = 800;

/** A history holding only the field's current text. */
export function startHistory(text: string): TextHistory {
  return { entries: [text], index: 0, lastAt: 0 };
}

/** Characters compared at once by `commonPrefix` and `commonSuffix` (native string equality, not a JS loop). */
const CHUNK = 256;

/** Length of the longest common prefix of `a` and `b`, compared a chunk at a time (a 40-page field is quick). */
export function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n + CHUNK <= max && a.slice(n, n + CHUNK) === b.slice(n, n + CHUNK)) {
    n += CHUNK;
  }
  while (n < max && a[n] === b[n]) {
    n += 1;
  }
  return n;
}

/** Length of the longest common suffix of `a` and `b` that leaves at least `keep` characters of each before it. */
export function commonSuffix(a: string, b: string, keep = 0): number {
  const max = Math.min(a.length, b.length) - keep;
  let n = 0;
  while (
    n + CHUNK <= max &&
    a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)
  ) {
    n += CHUNK;
  }
  while (n < max && a[a.length - 1 - n] === b[b.length - 1 - n]) {
    n += 1;
  }
  return n;
}

/** True when the change from `before` to `after` adds or removes only word characters at one place. */
function isWordContinuation(before: string, after: string): boolean {
  const start = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, start);
  const endB = before.length - suffix;
  const endA = after.length - suffix;
  const changed = after.slice(start, endA) + before.slice(start, endB);
  return changed.length > 0 && !/\s/.test(changed) && (endB === start || endA === start);
}

/** Records the field's new text at time `now` (ms). Redo steps after the current one are dropped. */
export function recordText(h: TextHistory, text: string, now: number): TextHistory {
  const current = h.entries[h.index] ?? '';
  if (text === current) {
    return h;
  }
  const kept = h.entries.slice(0, h.index + 1);
  const previous = kept[kept.length - 2];
  const group =
    h.index > 0 &&
    h.index === h.entries.length - 1 &&
    now - h.lastAt <= GROUP_MS &&
    previous !== undefined &&
    isWordContinuation(current, text) &&
    isWordContinuation(previous, current);
  if (group) {
    kept[kept.length - 1] = text;
  } else {
    kept.push(text);
  }
  let from = Math.max(0, kept.length - HISTORY_LIMIT);
  let chars = 0;
  for (let i = from; i < kept.length; i += 1) {
    chars += kept[i]?.length ?? 0;
  }
  while (chars > HISTORY_CHAR_LIMIT && kept.length - from > 2) {
    chars -= kept[from]?.length ?? 0;
    from += 1;
  }
  const entries = kept.slice(from);
  return { entries, index: entries.length - 1, lastAt: now };
}

/** One step back: the new history and the text to show, or null when there is nothing to undo. */
export function undoText(h: TextHistory): { history: TextHistory; text: string } | null {
  const text = h.entries[h.index - 1];
  return text === undefined ? null : { history: { ...h, index: h.index - 1, lastAt: 0 }, text };
}

/** One step forward again, or null when there is nothing to redo. */
export function redoText(h: TextHistory): { history: TextHistory; text: string } | null {
  const text = h.entries[h.index + 1];
  return text === undefined ? null : { history: { ...h, index: h.index + 1, lastAt: 0 }, text };
}

/** Where to put the caret after the text changed from `before` to `after`: the end of the changed part. */
export function caretAfterChange(before: string, after: string): number {
  return after.length - commonSuffix(before, after);
}
