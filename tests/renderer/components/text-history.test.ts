// Undo/redo history of a text field: word-sized steps, pauses, redo dropped after a new change, the limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  GROUP_MS,
  HISTORY_CHAR_LIMIT,
  HISTORY_LIMIT,
  caretAfterChange,
  commonPrefix,
  commonSuffix,
  recordText,
  redoText,
  startHistory,
  undoText,
} from '../../../renderer/src/components/text-history';
import type { TextHistory } from '../../../renderer/src/components/text-history';

/** Types `text` one character at a time, 50 ms apart, starting at `start` ms. */
function type(h: TextHistory, from: string, text: string, start: number): TextHistory {
  let out = h;
  let current = from;
  [...text].forEach((ch, i) => {
    current += ch;
    out = recordText(out, current, start + i * 50);
  });
  return out;
}

const undoAll = (h: TextHistory): string[] => {
  const seen: string[] = [];
  let step = undoText(h);
  while (step) {
    seen.push(step.text);
    step = undoText(step.history);
  }
  return seen;
};

describe('text field history', () => {
  it('undoes a word at a time while typing without a pause', () => {
    const h = type(startHistory(''), '', 'the cat sat', 1_000);
    expect(h.entries.at(-1)).toBe('the cat sat');
    expect(undoAll(h)).toEqual(['the cat ', 'the cat', 'the ', 'the', '']);
  });

  it('starts a new step after a pause, even inside a word', () => {
    let h = type(startHistory(''), '', 'abc', 1_000);
    h = type(h, 'abc', 'def', 1_100 + GROUP_MS + 500);
    expect(undoText(h)?.text).toBe('abc');
  });

  it('redoes what was undone, and forgets it after a new change', () => {
    const h = type(startHistory('x'), 'x', ' one two', 0);
    const back = undoText(h);
    expect(back?.text).toBe('x one ');
    const again = back ? redoText(back.history) : null;
    expect(again?.text).toBe('x one two');
    const changed = recordText(back!.history, 'x one 2', 99_999);
    expect(redoText(changed)).toBeNull();
  });

  it('has nothing to undo at the start and nothing to redo at the end', () => {
    const h = startHistory('hello');
    expect(undoText(h)).toBeNull();
    expect(redoText(h)).toBeNull();
    expect(recordText(h, 'hello', 5)).toBe(h);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let h = startHistory('');
    for (let i = 0; i < HISTORY_LIMIT + 50; i += 1) {
      h = recordText(h, `v${i} `, i * 10_000);
    }
    expect(h.entries).toHaveLength(HISTORY_LIMIT);
    expect(h.entries.at(-1)).toBe(`v${HISTORY_LIMIT + 49} `);
  });

  it('always undoes back to the first text and redoes forward to the last (any edits)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.tuple(fc.string(), fc.nat(3_000)), { maxLength: 30 }),
        (first, changes) => {
          let h = startHistory(first);
          let t = 0;
          let last = first;
          for (const [text, gap] of changes) {
            t += gap;
            h = recordText(h, text, t);
            last = text;
          }
          let undo = undoText(h);
          let bottom = h;
          while (undo) {
            bottom = undo.history;
            undo = undoText(undo.history);
          }
          expect(bottom.entries[bottom.index]).toBe(first);
          let redo = redoText(bottom);
          let top = bottom;
          while (redo) {
            top = redo.history;
            redo = redoText(redo.history);
          }
          expect(top.entries[top.index]).toBe(last);
        },
      ),
    );
  });

  it('puts the caret at the end of the changed part', () => {
    expect(caretAfterChange('hello world', 'hello brave world')).toBe(11);
    expect(caretAfterChange('hello brave world', 'hello world')).toBe(5);
    expect(caretAfterChange('abc', 'abcd')).toBe(4);
  });

  it('finds common prefixes and suffixes as a character-by-character scan would', () => {
    const naivePrefix = (a: string, b: string) => {
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) {
        n += 1;
      }
      return n;
    };
    const naiveSuffix = (a: string, b: string, keep: number) => {
      let n = 0;
      while (
        n < Math.min(a.length, b.length) - keep &&
        a[a.length - 1 - n] === b[b.length - 1 - n]
      ) {
        n += 1;
      }
      return n;
    };
    const long = fc
      .tuple(fc.string({ maxLength: 700 }), fc.nat(3))
      .map(([s, r]) => s.repeat(r + 1));
    fc.assert(
      fc.property(long, fc.string({ maxLength: 3 }), long, fc.nat(600), (head, mid, tail, keep) => {
        const a = head + tail;
        const b = head + mid + tail;
        expect(commonPrefix(a, b)).toBe(naivePrefix(a, b));
        expect(commonSuffix(a, b)).toBe(naiveSuffix(a, b, 0));
        const k = Math.min(keep, a.length);
        expect(commonSuffix(a, b, k)).toBe(naiveSuffix(a, b, k));
      }),
    );
  });

  it('keeps a 40-page field to a bounded number of characters, always with one step to undo', () => {
    const page = 'x'.repeat(120_000);
    let h = startHistory(page);
    for (let i = 0; i < 200; i += 1) {
      h = recordText(h, `${page} ${i}`, i * 10_000);
    }
    const chars = h.entries.reduce((n, e) => n + e.length, 0);
    expect(chars).toBeLessThanOrEqual(HISTORY_CHAR_LIMIT);
    expect(h.entries.length).toBeGreaterThan(HISTORY_CHAR_LIMIT / 120_010 - 2);
    expect(undoText(h)?.text).toBe(`${page} 198`);
  });

  it('groups typing at the end of a 40-page field into word steps', () => {
    const page = 'The conference heard from the school. '.repeat(3_200);
    const h = type(startHistory(page), page, 'new words', 0);
    expect(undoAll(h)).toEqual([`${page}new `, `${page}new`, page]);
  });
});
