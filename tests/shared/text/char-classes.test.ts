// One definition of unsafe characters (docs/reliability.md §3.4): the exchange check and the CLI's escaping agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { escapeControls } from '../../../electron/cli/safe-text';
import { hasControlOrBidi } from '../../../shared/exchange/text';

const tricky = fc.constantFrom(
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200f',
  'a',
  'é',
);

describe('shared character classes', () => {
  it('a name is refused exactly when the CLI would escape it or it holds a tab or newline', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(tricky).map((a) => a.join('')),
        ),
        (s) => {
          expect(hasControlOrBidi(s)).toBe(escapeControls(s) !== s || /[\t\n]/.test(s));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['plain', 'Amelia Fenwick', false],
    ['tab', 'a\tb', true],
    ['C1 next line', 'a\u0085b', true],
    ['right-to-left override', 'a\u202eb', true],
    ['right-to-left mark (not an override)', 'a\u200fb', false],
  ])('%s', (_n, s, bad) => expect(hasControlOrBidi(s)).toBe(bad));
});
