// The en-GB checker with the bundled dictionary: misspellings marked, en-GB spellings, acronyms and names not.
import dictionary from 'dictionary-en-gb';
import { describe, expect, it } from 'vitest';

import { createChecker } from '../../../shared/spell/checker';
import { conferenceWords, knownWords, SAFEGUARDING_WORDS } from '../../../shared/spell/known-words';

const conference = {
  chair: { name: 'Morwenna Trevithick' },
  children: [{ details: { name: 'Tallulah Okonkwo-Baptiste' } }],
  household: [],
  professionals: [{ name: 'Ifeoma Achterberg', agency: 'Brackenshaw Primary Academy' }],
};
const checker = createChecker(
  dictionary,
  knownWords(SAFEGUARDING_WORDS, conferenceWords(conference)),
);
const marked = (text: string) => checker.misspellings(text).map((t) => t.word);

describe('en-GB checker', () => {
  it.each([
    ['misspellings', 'Evidence of neglegt; they did not recieve it', ['neglegt', 'recieve']],
    ['en-GB spellings', 'Her behaviour and the organisation were recognised', []],
    ['acronyms', 'Referred to MASH, LADO and CAMHS; s47 by the DSL', []],
    ['conference names', 'Ms Achterberg of Brackenshaw spoke to Tallulah Okonkwo-Baptiste', []],
    ['US spelling is not en-GB', 'The organization', ['organization']],
  ])('%s', (_name, text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it('suggests the right word', () => {
    expect(checker.suggest('recieve')).toContain('receive');
  });
});
