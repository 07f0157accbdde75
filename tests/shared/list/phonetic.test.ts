// NYSIIS keys, Jaro-Winkler similarity and the one-edit test behind spelling-tolerant name matching.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { compareNames, compareWords, nameKeys } from '../../../shared/list/name-match';
import { isNickname } from '../../../shared/list/nicknames';
import { editDistance, jaroWinkler, nysiis, withinOneEdit } from '../../../shared/list/phonetic';

describe('nysiis', () => {
  it('gives the published keys for the classic examples', () => {
    expect(nysiis('Knuth')).toBe('NAT');
    expect(nysiis('Macintosh')).toBe('MCANT');
    expect(nysiis('')).toBe('');
    expect(nysiis('123')).toBe('');
  });

  it.each([
    ['Smith', 'Smyth'],
    ['Catherine', 'Katherine'],
    ['Stephen', 'Steven'],
    ['Jon', 'John'],
    ['Mohammed', 'Muhammad'],
    ['Mohamed', 'Muhammad'],
    ['Aisha', 'Ayesha'],
    ['Phillips', 'Filips'],
    ['Sean', 'Shaun'],
    ['Jayden', 'Jaiden'],
    ['Kelly', 'Kellie'],
    ['Reid', 'Reed'],
  ])('gives %s and %s the same key', (a, b) => {
    expect(nysiis(a)).toBe(nysiis(b));
  });

  it('keeps different names apart', () => {
    expect(nysiis('Smith')).not.toBe(nysiis('Jones'));
    expect(nysiis('Mia')).not.toBe(nysiis('Noah'));
  });
});

describe('jaroWinkler', () => {
  it('matches the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', '')).toBe(0);
  });

  it('is between 0 and 1, 1 for equal words, and symmetric (property)', () => {
    const word = fc.stringMatching(/^[a-e]{1,8}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(jaroWinkler(a, a)).toBe(1);
        expect(jaroWinkler(b, a)).toBeCloseTo(s, 10);
      }),
    );
  });
});

describe('withinOneEdit', () => {
  it('allows one insertion, deletion or substitution and no more', () => {
    expect(withinOneEdit('CATARAN', 'CATRAN')).toBe(true);
    expect(withinOneEdit('SNAT', 'SNAD')).toBe(true);
    expect(withinOneEdit('ab', 'ba')).toBe(false);
    expect(withinOneEdit('abc', 'a')).toBe(false);
  });

  it('agrees with a deletion of any one character (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), fc.nat(), (s, n) => {
        const i = n % s.length;
        expect(withinOneEdit(s, s.slice(0, i) + s.slice(i + 1))).toBe(true);
      }),
    );
  });
});

describe('name words and whole names', () => {
  const t = (text: string) => nameKeys(text).surnames[0]!;

  it('says how two words are alike', () => {
    expect(compareWords(t('Smith'), t('Smith'), false)?.how).toBe('exact');
    expect(compareWords(t('Smyth'), t('Smith'), false)?.how).toBe('sounds-alike');
    expect(compareWords(t('Kathryn'), t('Catherine'), false)?.how).toBe('sounds-alike');
    expect(compareWords(t('Examplee'), t('Example'), false)?.how).toBeDefined();
    expect(compareWords(t('J'), t('Jade'), false)?.how).toBe('initial');
    // A nickname always counts, but loosely (enough to list, not to confirm) unless nicknames were asked for.
    expect(compareWords(t('Bill'), t('William'), false)).toMatchObject({
      how: 'nickname',
      loose: true,
    });
    expect(compareWords(t('Bill'), t('William'), true)).toMatchObject({
      how: 'nickname',
      loose: false,
    });
    // One letter wrong in a word of 4 or more is firm; two letters wrong, or one in 3 letters, is loose.
    expect(compareWords(t('Thomsen'), t('Thomson'), false)?.loose).toBe(false);
    expect(compareWords(t('Ellis'), t('Elise'), false)).toMatchObject({ loose: true });
    expect(compareWords(t('Tia'), t('Tea'), false)).toBeDefined();
    expect(compareWords(t('Max'), t('Mia'), false)).toBeUndefined();
    expect(compareWords(t('Mia'), t('Noah'), false)).toBeUndefined();
  });

  it('knows nickname families only when they differ', () => {
    expect(isNickname('bill', 'william')).toBe(true);
    expect(isNickname('william', 'william')).toBe(false);
    expect(isNickname('mia', 'noah')).toBe(false);
  });

  it('grades whole names', () => {
    const held = nameKeys('Catherine Smith-Jones');
    expect(compareNames(nameKeys('Catherine Smith-Jones'), held, false).level).toBe('exact');
    expect(compareNames(nameKeys('Katherine Smith Jones'), held, false).level).toBe('variant');
    expect(compareNames(nameKeys('Catherine Jones'), held, false).level).toBe('exact');
    expect(compareNames(nameKeys('Jones Catherine'), held, false).level).toBe('swapped');
    expect(compareNames(nameKeys('C Smith-Jones'), held, false).level).toBe('surname');
    expect(compareNames(nameKeys('Ava Jones'), held, false).level).toBe('surname');
    expect(compareNames(nameKeys('Jones'), held, false).level).toBe('surname');
    expect(compareNames(nameKeys('Catherine'), held, false).level).toBe('forename');
    expect(compareNames(nameKeys('Catherine Brown'), held, false).level).toBe('forename');
    expect(compareNames(nameKeys('Noah Brown'), held, false).level).toBe('none');
    expect(compareNames(nameKeys(''), held, false).level).toBe('none');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours, up to a limit', () => {
    expect(editDistance('smith', 'smith', 2)).toBe(0);
    expect(editDistance('smith', 'smiht', 2)).toBe(1);
    expect(editDistance('greenwood', 'grenwod', 2)).toBe(2);
    expect(editDistance('lefevre', 'flevre', 2)).toBe(2); // a letter dropped, then two swapped
    expect(editDistance('abcdef', 'ghijkl', 2)).toBe(3);
    expect(editDistance('ab', 'abcde', 2)).toBe(3);
  });

  it('is symmetric and never more than the longer length (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 20);
        expect(d).toBe(editDistance(b, a, 20));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d === 0).toBe(a === b);
      }),
    );
  });
});
