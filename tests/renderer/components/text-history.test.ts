// Undo/redo history of a text field: word-sized steps, pauses, redo dropped after a new change, the limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  GROUP_MS,
  HISTORY_LIMIT,
  caretAfterChange,
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
});
