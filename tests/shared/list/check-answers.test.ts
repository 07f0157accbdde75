// The three answers to "is this child subject to a plan?" (docs/list.md, "Checks"), on a table of enquiries
// against a seeded list: misspellings, nicknames, hyphens, swapped names, day and month swapped, diacritics,
// unborn babies under the mother's name, twins. Each row asserts the answer class and, for "cannot confirm", the
// detail to ask for next. FICTIONAL people.
import { describe, expect, it } from 'vitest';

import { runCheck } from '../../../shared/list/check';
import type { AnswerCode, AskNext, CheckCriteria } from '../../../shared/list/enquiry-schemas';
import { isValidNhsNumber } from '../../../shared/list/normalise';
import { ACTIVE, seededIndex } from '../../fixtures/list-check-seed';

const index = seededIndex();
const nhsOf = (id: string): string => ACTIVE.find((c) => c.id === id)?.nhsNumber ?? '';

type Row = [
  label: string,
  criteria: CheckCriteria,
  answer: AnswerCode,
  askNext?: AskNext,
  child?: string,
];

const SUBJECT: Row[] = [
  [
    'the exact name and date of birth',
    { name: 'Catherine Smith-Jones', dateOfBirth: '2019-03-04' },
    'subject-to-plan',
    undefined,
    'cat',
  ],
  [
    'a sounds-alike forename and surname with the date',
    { name: 'Katherine Smyth-Jones', dateOfBirth: '2019-03-04' },
    'subject-to-plan',
    undefined,
    'cat',
  ],
  [
    'surname first, with the date',
    { name: 'Smith-Jones Catherine', dateOfBirth: '2019-03-04' },
    'subject-to-plan',
    undefined,
    'cat',
  ],
  [
    'one half of the double-barrelled surname',
    { name: 'Catherine Jones', dateOfBirth: '2019-03-04' },
    'subject-to-plan',
    undefined,
    'cat',
  ],
  [
    'the NHS number and the name',
    { name: 'Catherine Smith-Jones', nhsNumber: '999 000 0018' },
    'subject-to-plan',
    undefined,
    'cat',
  ],
  [
    'the NHS number and the surname alone',
    { name: 'Jones', nhsNumber: '9990000018' },
    'subject-to-plan',
    undefined,
    'cat',
  ],
  [
    'the name without its diacritics',
    { name: 'Zoe Ni Bhriain', dateOfBirth: '2016-11-30' },
    'subject-to-plan',
    undefined,
    'zoe',
  ],
  [
    'the name in capitals with diacritics',
    { name: 'ZOË NÍ BHRIAIN', dateOfBirth: '2016-11-30' },
    'subject-to-plan',
    undefined,
    'zoe',
  ],
  [
    'a nickname when nicknames were asked for',
    { name: 'Bill Madeup', dateOfBirth: '2015-07-07', nicknames: true },
    'subject-to-plan',
    undefined,
    'will',
  ],
  [
    'French diacritics left out',
    { name: 'Francois Lefevre', dateOfBirth: '2013-08-03' },
    'subject-to-plan',
    undefined,
    'francois',
  ],
  [
    'one twin by name and date',
    { name: 'Amy Brownlow', dateOfBirth: '2022-02-14' },
    'subject-to-plan',
    undefined,
    'amy',
  ],
  [
    'the other twin by name and date',
    { name: 'Ava Brownlow', dateOfBirth: '2022-02-14' },
    'subject-to-plan',
    undefined,
    'ava',
  ],
  [
    'a one-letter forename misspelling with the date',
    { name: 'Jaden Thompson', dateOfBirth: '2020-10-21' },
    'subject-to-plan',
    undefined,
    'jayden',
  ],
  [
    'a sounds-alike forename with the date',
    { name: 'Muhammad Al-Rashid', dateOfBirth: '2014-12-05' },
    'subject-to-plan',
    undefined,
    'mo',
  ],
  [
    'one half of a hyphenated surname with the date',
    { name: 'Mohammed Rashid', dateOfBirth: '2014-12-05' },
    'subject-to-plan',
    undefined,
    'mo',
  ],
  [
    'the NHS number and the date of birth',
    { nhsNumber: nhsOf('alfred'), dateOfBirth: '2018-05-12' },
    'subject-to-plan',
    undefined,
    'alfred',
  ],
  [
    'a sounds-alike twin name with the date',
    { name: 'Aimee Brownlow', dateOfBirth: '2022-02-14' },
    'subject-to-plan',
    undefined,
    'amy',
  ],
  [
    'an apostrophe left out, with the date',
    { name: 'Sienna ODonnell', dateOfBirth: '2021-06-15' },
    'subject-to-plan',
    undefined,
    'sienna',
  ],
];

const CANNOT: Row[] = [
  [
    'the exact name alone',
    { name: 'Catherine Smith-Jones' },
    'cannot-confirm',
    'date-of-birth',
    'cat',
  ],
  [
    'a sounds-alike name alone, hyphen left out',
    { name: 'Katharine Smithjones' },
    'cannot-confirm',
    'date-of-birth',
    'cat',
  ],
  [
    'the name with day and month swapped',
    { name: 'Catherine Smith-Jones', dateOfBirth: '2019-04-03' },
    'cannot-confirm',
    'address',
    'cat',
  ],
  [
    'the name, address and postcode',
    { name: 'Catherine Smith-Jones', address: '12A Acacia Rd', postcode: 'ft12ab' },
    'cannot-confirm',
    'date-of-birth',
    'cat',
  ],
  [
    'a nickname not asked for, with the date',
    { name: 'Bill Madeup', dateOfBirth: '2015-07-07' },
    'cannot-confirm',
    'address',
    'will',
  ],
  ['a nickname alone', { name: 'Bill Madeup' }, 'cannot-confirm', 'date-of-birth', 'will'],
  [
    'Liz for Elizabeth, double-barrelled',
    { name: 'Liz Fairweather-Stone' },
    'cannot-confirm',
    'date-of-birth',
    'liz',
  ],
  ['Liz and half the surname', { name: 'Liz Stone' }, 'cannot-confirm', 'date-of-birth', 'liz'],
  ['Alfie for Alfred', { name: 'Alfie Okafor' }, 'cannot-confirm', 'date-of-birth', 'alfred'],
  [
    'Alfie for Alfred with the date',
    { name: 'Alfie Okafor', dateOfBirth: '2018-05-12' },
    'cannot-confirm',
    'address',
    'alfred',
  ],
  [
    'two letters wrong in each name',
    { name: 'Catherin Smyth-Jonse' },
    'cannot-confirm',
    'date-of-birth',
    'cat',
  ],
  [
    'letters missing in both names',
    { name: 'Kathrine Smithjone' },
    'cannot-confirm',
    'date-of-birth',
    'cat',
  ],
  [
    'a sounds-alike forename, a letter missing in the surname',
    { name: 'Jaiden Thomson' },
    'cannot-confirm',
    'date-of-birth',
    'jayden',
  ],
  [
    'a vowel changed and a letter missing',
    { name: 'Jaydon Tompson' },
    'cannot-confirm',
    'date-of-birth',
    'jayden',
  ],
  [
    'surname first, name alone',
    { name: 'Thompson Jayden' },
    'cannot-confirm',
    'date-of-birth',
    'jayden',
  ],
  [
    'surname first and misspelt',
    { name: 'Okafur Alfred' },
    'cannot-confirm',
    'date-of-birth',
    'alfred',
  ],
  [
    'the double-barrelled surname alone',
    { name: 'Smith-Jones' },
    'cannot-confirm',
    'date-of-birth',
    'cat',
  ],
  ['half the surname alone', { name: 'Jones' }, 'cannot-confirm', 'date-of-birth', 'noah'],
  [
    '"Baby <surname>" for an unborn baby',
    { name: 'Baby Example' },
    'cannot-confirm',
    'address',
    'unborn',
  ],
  ['"Unborn <surname>"', { name: 'Unborn Example' }, 'cannot-confirm', 'address', 'unborn'],
  ['"Baby of <mother>"', { name: 'Baby of Jade Example' }, 'cannot-confirm', 'address', 'unborn'],
  ["the mother's name alone", { name: 'Jade Example' }, 'cannot-confirm', 'address', 'unborn'],
  [
    "the mother's name and address",
    { name: 'Jade Example', address: '7 Damson Way', postcode: 'FT4 5GH' },
    'cannot-confirm',
    'date-of-birth',
    'unborn',
  ],
  [
    "the mother's name and a birth near the expected date",
    { name: 'Jade Example', dateOfBirth: '2026-02-20' },
    'cannot-confirm',
    'address',
    'unborn',
  ],
  [
    'the baby named since, born near the expected date',
    { name: 'Tyler Example', dateOfBirth: '2026-02-25' },
    'cannot-confirm',
    'address',
    'unborn',
  ],
  [
    '"Baby <surname>" recorded as "Unborn <surname>"',
    { name: 'Baby Pretendson' },
    'cannot-confirm',
    'address',
    'unborn2',
  ],
  [
    '"Unborn <surname>" misspelt',
    { name: 'Unborn Pretendsen' },
    'cannot-confirm',
    'address',
    'unborn2',
  ],
  [
    'a date of birth alone (twins share it)',
    { dateOfBirth: '2019-03-04' },
    'cannot-confirm',
    'name',
    'cat',
  ],
  ['a postcode alone', { postcode: 'FT1 2AB' }, 'cannot-confirm', 'name', 'noah'],
  ['an NHS number alone', { nhsNumber: '9990000026' }, 'cannot-confirm', 'name', 'noah'],
  ['a twin by name alone', { name: 'Amy Brownlow' }, 'cannot-confirm', 'date-of-birth', 'ava'],
  [
    'a twin name one letter from the other twin, with the date',
    { name: 'Eva Brownlow', dateOfBirth: '2022-02-14' },
    'cannot-confirm',
    'address',
    'ava',
  ],
  [
    'the name with a different date of birth',
    { name: 'Catherine Smith-Jones', dateOfBirth: '2018-01-01' },
    'cannot-confirm',
    'address',
    'cat',
  ],
  [
    'diacritics left out and the middle word dropped',
    { name: 'Zoe Bhriain' },
    'cannot-confirm',
    'date-of-birth',
    'zoe',
  ],
  [
    'the apostrophe as a space, forename misspelt',
    { name: 'Siena O Donnell' },
    'cannot-confirm',
    'date-of-birth',
    'sienna',
  ],
  [
    'Archie for Archibald, surname misspelt',
    { name: 'Archie Quinell' },
    'cannot-confirm',
    'date-of-birth',
    'archie',
  ],
  [
    'Becky for Rebecca, surname misspelt',
    { name: 'Becky Nowack' },
    'cannot-confirm',
    'date-of-birth',
    'becky',
  ],
  [
    'surname first with a space for the hyphen',
    { name: 'Fairweather Stone Elizabeth' },
    'cannot-confirm',
    'date-of-birth',
    'liz',
  ],
  [
    'the hyphen as a space and a letter missing',
    { name: 'Elizabeth Fairwether Stone' },
    'cannot-confirm',
    'date-of-birth',
    'liz',
  ],
  [
    'the right name and date with a different NHS number',
    { name: 'William Madeup', dateOfBirth: '2015-07-07', nhsNumber: nhsOf('becky') },
    'cannot-confirm',
    'address',
    'will',
  ],
  [
    'French name alone, without diacritics',
    { name: 'Francois Lefevre' },
    'cannot-confirm',
    'date-of-birth',
    'francois',
  ],
  [
    'a feminine spelling of the forename',
    { name: 'Françoise Lefèvre' },
    'cannot-confirm',
    'date-of-birth',
    'francois',
  ],
  [
    'hyphen left out and forename misspelt',
    { name: 'Mohamed Alrashid' },
    'cannot-confirm',
    'date-of-birth',
    'mo',
  ],
  [
    'the name and address',
    { name: 'Jayden Thompson', address: 'Flat 2, 18 Fir Lane' },
    'cannot-confirm',
    'date-of-birth',
    'jayden',
  ],
  [
    'an initial and the surname',
    { name: 'J Thompson' },
    'cannot-confirm',
    'date-of-birth',
    'jayden',
  ],
  [
    'a sounds-alike forename by another spelling',
    { name: 'Jaxon Brownlow' },
    'cannot-confirm',
    'date-of-birth',
    'amy',
  ],
  [
    'the name, date, address and NHS number all given for an unborn baby',
    {
      name: 'Jade Example',
      dateOfBirth: '2026-02-27',
      postcode: 'FT4 5GH',
      nhsNumber: nhsOf('becky'),
    },
    'cannot-confirm',
    'call-back',
    'unborn',
  ],
];

const NONE: Row[] = [
  ['a name and date nobody has', { name: 'Reuben Fauxton', dateOfBirth: '2010-10-10' }, 'no-match'],
  ['a name nobody has', { name: 'Reuben Fauxton' }, 'no-match'],
  [
    'a child whose plan has ended',
    { name: 'Oscar Pretend', dateOfBirth: '2012-02-02' },
    'no-match',
  ],
  ['a child whose plan has ended, by name', { name: 'Oscar Pretend' }, 'no-match'],
  ['a date of birth nobody has', { dateOfBirth: '2010-10-10' }, 'no-match'],
  ['a postcode nobody has', { postcode: 'ZZ9 9ZZ' }, 'no-match'],
  ['an NHS number failing its check digit', { nhsNumber: '9990000017' }, 'no-match'],
  [
    'a sibling with another forename and birthday',
    { name: 'Mia Smith-Jones', dateOfBirth: '2015-01-01' },
    'no-match',
  ],
  [
    'the surname with another birthday',
    { name: 'Thompson', dateOfBirth: '2001-01-01' },
    'no-match',
  ],
  ['a forename alone', { name: 'Catherine Whitfield' }, 'no-match'],
  [
    'a shared birthday and nothing else',
    { name: 'Reuben Fauxton', dateOfBirth: '2019-03-04' },
    'no-match',
  ],
];

describe('the answer to a check', () => {
  it('has at least 60 enquiries with valid NHS numbers in the seed', () => {
    expect(SUBJECT.length + CANNOT.length + NONE.length).toBeGreaterThanOrEqual(60);
    for (const c of ACTIVE) {
      expect(c.nhsNumber === undefined || isValidNhsNumber(c.nhsNumber)).toBe(true);
    }
  });

  it.each([...SUBJECT, ...CANNOT, ...NONE])('%s', (_label, criteria, code, askNext, childId) => {
    const r = runCheck(index, criteria);
    expect(r.answer.code).toBe(code);
    expect(r.answer.askNext).toBe(askNext);
    if (childId !== undefined) {
      const m = r.matches.find((x) => x.childId === childId);
      expect(m?.planStatus).toBe('active');
      expect(m?.strength === 'strong').toBe(code === 'subject-to-plan');
    }
    if (code === 'cannot-confirm') {
      expect(r.answer.mayTell).not.toMatch(/\bno child\b|\bnot subject\b/i);
      expect(r.answer.mayTell).toContain('cannot confirm');
    }
  });
});
