// Words never marked: safeguarding acronyms and terms, and the names and agencies of the conference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { conferenceWords, knownWords, SAFEGUARDING_WORDS } from '../../../shared/spell/known-words';

const conference = {
  chair: { name: 'Morwenna Trevithick-Quayle' },
  children: [{ details: { name: 'Tallulah Okonkwo-Baptiste' } }],
  household: [{ name: "Zebedee O'Sullivan-Ferreira" }],
  professionals: [{ name: 'Dr Ifeoma Ngozi-Achterberg', agency: 'Brackenshaw Primary Academy' }],
};

describe('known words', () => {
  it.each([
    'MASH',
    'LADO',
    'CAMHS',
    'ICPC',
    'RCPC',
    'PLO',
    'DSL',
    'IDVA',
    'MARAC',
    'Ofsted',
    'SENCO',
    'EHCP',
    'GP',
  ])('%s is a known safeguarding word', (word) => {
    expect(knownWords(SAFEGUARDING_WORDS)(word)).toBe(true);
  });

  it('knows the two words of "core group" and is not fooled by case', () => {
    const known = knownWords(SAFEGUARDING_WORDS);
    expect(known('core')).toBe(true);
    expect(known('group')).toBe(true);
    expect(known('ofsted')).toBe(true);
    expect(known('OFSTED')).toBe(true);
  });

  it('does not know a misspelling', () => {
    const known = knownWords(SAFEGUARDING_WORDS, conferenceWords(conference));
    expect(known('neglegt')).toBe(false);
    expect(known('recieve')).toBe(false);
  });

  it("knows every part of every person's name and agency of the conference", () => {
    const known = knownWords(conferenceWords(conference));
    for (const word of [
      'Trevithick',
      'Quayle',
      'Okonkwo',
      'Baptiste',
      "O'Sullivan",
      'Ferreira',
      'Ifeoma',
    ]) {
      expect(known(word)).toBe(true);
    }
    expect(known('Achterberg')).toBe(true);
    expect(known('Brackenshaw')).toBe(true);
  });

  it('any name given to a professional is known afterwards', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{1,12}$/u), (surname) => {
        const known = knownWords(
          conferenceWords({
            ...conference,
            professionals: [{ name: `Sam ${surname}`, agency: 'Police' }],
          }),
        );
        expect(known(surname)).toBe(true);
      }),
    );
  });
});
