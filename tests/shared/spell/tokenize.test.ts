// The spell-check tokenizer: which words of a free-text field are checked, as a table and as properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { tokenize } from '../../../shared/spell/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('tokenize', () => {
  it.each([
    ['plain words', 'The family attended', ['The', 'family', 'attended']],
    ['en-GB spellings kept whole', 'behaviour organisation', ['behaviour', 'organisation']],
    [
      'apostrophe inside a word',
      "the child's school, don't",
      ['the', "child's", 'school', "don't"],
    ],
    ['curly apostrophe made straight', 'Mother’s view', ["Mother's", 'view']],
    ['trailing possessive apostrophe dropped', "the parents' views", ['the', 'parents', 'views']],
    ['quoted word', "'neglegt'", ['neglegt']],
    ['hyphenated word checked part by part', 'well-being', ['well', 'being']],
    ['numbers', 'Seen 3 times, 12.5 hours', ['Seen', 'times', 'hours']],
    ['dates', 'on 5 January 2026 and 05/01/2026 and 2026-01-05', ['on', 'January', 'and', 'and']],
    ['ordinals and references', 'the 12th, a s47 enquiry', ['the', 'enquiry']],
    ['times', 'at 10:30am', ['at']],
    ['initials', 'J. R. Okonkwo-Baptiste', ['Okonkwo', 'Baptiste']],
    ['web addresses', 'see https://example.org/a-b?x=1 and www.example.gov.uk', ['see', 'and']],
    ['email addresses', 'email jo.bloggs@example.gov.uk today', ['email', 'today']],
    ['empty', '', []],
    ['only punctuation', '-- ... !!', []],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives each word its place in the original text', () => {
    const text = 'Mother’s  recieve, well-being';
    for (const t of tokenize(text)) {
      expect(text.slice(t.start, t.end).replace(/’/gu, "'")).toBe(t.word);
    }
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual([
      [0, 8],
      [10, 17],
      [19, 23],
      [24, 29],
    ]);
  });

  it('every token is in order, inside the text and matches its span, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end).replace(/’/gu, "'")).toBe(t.word);
          expect(/\p{N}/u.test(t.word)).toBe(false);
          last = t.end;
        }
      }),
    );
  });
});
