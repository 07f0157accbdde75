// Undo and redo for one text field. A controlled textarea loses the browser's own undo, so each field keeps its
// own history: typing is grouped into word-sized steps (a pause or a space starts a new step), like native undo.
// Rule source: issue 5 §9 (undo/redo in text fields).

/** The texts a field has held, oldest first; `index` is the one on screen. */
export type TextHistory = { entries: readonly string[]; index: number; lastAt: number };

/** Longest history kept per field; the oldest steps fall off. */
export const HISTORY_LIMIT = 500;
/** A pause longer than this starts a new undo step. */
export const GROUP_MS = 800;

/** A history holding only the field's current text. */
export function startHistory(text: string): TextHistory {
  return { entries: [text], index: 0, lastAt: 0 };
}

/** True when the change from `before` to `after` adds or removes only word characters at one place. */
function isWordContinuation(before: string, after: string): boolean {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) {
    start += 1;
  }
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB -= 1;
    endA -= 1;
  }
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
  const entries = kept.slice(Math.max(0, kept.length - HISTORY_LIMIT));
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
  let suffix = 0;
  while (
    suffix < before.length &&
    suffix < after.length &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  return after.length - suffix;
}
