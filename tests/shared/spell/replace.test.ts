// Replacing a marked word with a suggestion, and the next marked word from the caret.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { nextMisspelling, replaceEvery, replaceWordAt } from '../../../shared/spell/replace';
import { tokenize } from '../../../shared/spell/tokenize';

describe('replaceWordAt', () => {
  it.each([
    [
      'the word in the middle',
      'seen; neglegt noted',
      6,
      13,
      'neglegt',
      'neglect',
      'seen; neglect noted',
    ],
    ['at the start', 'recieve it', 0, 7, 'recieve', 'receive', 'receive it'],
    ['at the end', 'did not recieve', 8, 15, 'recieve', 'receive', 'did not receive'],
    [
      'a curly apostrophe in the text',
      'the childs’ room',
      4,
      10,
      'childs',
      "child's",
      "the child's’ room",
    ],
    ['text changed since the check', 'seen; neglect noted', 6, 13, 'neglegt', 'neglect', null],
    ['past the end', 'short', 2, 9, 'ort', 'x', null],
    ['empty span', 'short', 2, 2, '', 'x', null],
    ['negative start', 'short', -1, 2, 'sh', 'x', null],
    ['not whole numbers', 'short', 0.5, 2, 'h', 'x', null],
  ])('%s', (_name, text, start, end, word, replacement, expected) => {
    expect(replaceWordAt(text, { start, end, word }, replacement)).toBe(expected);
  });

  it('changes only the word: what is before and after stays, and the new word sits where the old one was', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (before, after, replacement) => {
        const words = tokenize(`${before} ${after}`);
        for (const w of words) {
          const text = `${before} ${after}`;
          const out = replaceWordAt(text, w, replacement);
          if (text.slice(w.start, w.end) === w.word) {
            expect(out).toBe(text.slice(0, w.start) + replacement + text.slice(w.end));
            expect(out?.slice(w.start, w.start + replacement.length)).toBe(replacement);
          }
        }
      }),
    );
  });

  it('never replaces a span that does not hold the word', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.nat(30),
        fc.nat(30),
        fc.string({ minLength: 1 }),
        (text, a, b, word) => {
          const start = Math.min(a, b);
          const end = Math.max(a, b);
          const out = replaceWordAt(text, { start, end, word }, 'X');
          expect(out === null).toBe(
            text.slice(start, end).replaceAll('’', "'") !== word ||
              start === end ||
              end > text.length,
          );
        },
      ),
    );
  });
});

describe('nextMisspelling', () => {
  const words = [
    { word: 'bbb', start: 10, end: 13 },
    { word: 'aaa', start: 0, end: 3 },
    { word: 'ccc', start: 20, end: 23 },
  ];
  it.each([
    [0, 'aaa'],
    [3, 'bbb'],
    [11, 'ccc'],
    [13, 'ccc'],
    [23, 'aaa'],
    [99, 'aaa'],
  ])('from %i goes to %s', (from, expected) => {
    expect(nextMisspelling(words, from)?.word).toBe(expected);
  });
  it('none to go to', () => {
    expect(nextMisspelling([], 4)).toBeNull();
  });
  it('pressing again from the end of each word visits every word once, in order, then wraps', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(200), { minLength: 1, maxLength: 12 }), (starts) => {
        const list = starts.map((s, i) => ({ word: `w${i}`, start: s * 2, end: s * 2 + 1 }));
        const seen: number[] = [];
        let from = 0;
        for (let i = 0; i < list.length; i++) {
          const w = nextMisspelling(list, from);
          expect(w).not.toBeNull();
          seen.push(w?.start ?? -1);
          from = w?.end ?? 0;
        }
        expect(seen).toEqual([...list.map((w) => w.start)].sort((x, y) => x - y));
        expect(nextMisspelling(list, from)?.start).toBe(Math.min(...list.map((w) => w.start)));
      }),
    );
  });
});

describe('replaceEvery', () => {
  it('replaces each place of the word and puts the caret after the first', () => {
    const text = 'recieve, then recieve again; recieved';
    const marked = tokenize(text).filter((t) => t.word.startsWith('reciev'));
    expect(replaceEvery(text, marked, 'recieve', 'receive')).toEqual({
      text: 'receive, then receive again; recieved',
      caret: 7,
    });
  });
  it('refuses when the text changed after the check, or the word is not marked', () => {
    const marked = tokenize('recieve and recieve');
    expect(replaceEvery('recieve and receive', marked, 'recieve', 'receive')).toBeNull();
    expect(replaceEvery('recieve and recieve', marked, 'other', 'x')).toBeNull();
  });
  it('leaves no place of the word behind, and changes nothing else', () => {
    const word = fc.constantFrom('neglegt', 'recieve', 'Tuesdy');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, fc.constantFrom('the', 'family', '12', 'seen;')), {
          maxLength: 12,
        }),
        word,
        (parts, w) => {
          const text = parts.join(' ');
          const marked = tokenize(text);
          const out = replaceEvery(text, marked, w, 'REPLACED');
          if (!parts.includes(w)) {
            expect(out).toBeNull();
            return;
          }
          expect(out?.text).toBe(parts.map((p) => (p === w ? 'REPLACED' : p)).join(' '));
        },
      ),
    );
  });
});
