// Filtering, searching and sorting the list index directly: every sort key both ways, missing values last, the
// search forms (dates, NHS numbers, whole and partial postcodes, workers, categories, misspelt names).
import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { deriveList } from '../../../shared/list/derive';
import { buildIndex } from '../../../shared/list/list-index';
import { compileSearch, selectRows } from '../../../shared/list/query';
import type { Selection, SortKey } from '../../../shared/list/query';
import { nysiis } from '../../../shared/list/phonetic';
import { listChild, listConference } from '../../fixtures/list';

const C = ENGLAND_DEFAULTS;
const index = buildIndex(
  deriveList(
    [
      listConference('c1', '2026-01-05', [
        listChild({
          id: 'a',
          name: 'Mia Example',
          dateOfBirth: '2021-03-14',
          address: '1 Nowhere Street, Fictionton FT1 2AB',
          nhsNumber: '9990000018',
          categories: ['neglect'],
          lead: 'Tom Placeholder',
          firstCoreGroupDate: '2026-01-19',
          reviewDate: '2026-04-02',
        }),
      ]),
      listConference('c2', '2026-02-02', [
        listChild({
          id: 'b',
          name: 'Oscar Sampleton',
          dateOfBirth: '2015-07-01',
          address: '9 Pretend Close, Fictionton FT9 9ZZ',
          categories: ['sexual'],
          lead: 'Priya Sampleton',
          firstCoreGroupDate: '2026-02-16',
          reviewDate: '2026-05-01',
        }),
        listChild({
          id: 'c',
          name: 'Unborn baby of Jade Madeup',
          unborn: true,
          expectedDeliveryDate: '2026-06-01',
          outcome: 'cp-plan-from-birth',
          categories: ['emotional'],
        }),
      ]),
    ],
    [],
    C,
  ),
  C,
  '2026-01-20',
);

const names = (sel: Selection) => selectRows(index, sel, C).entries.map((e) => e.child.name);

describe('selectRows', () => {
  it('sorts by every key in both directions, missing values last', () => {
    const keys: SortKey[] = [
      'name',
      'dateOfBirth',
      'planStart',
      'primaryCategory',
      'leadSocialWorker',
      'nextCoreGroupDue',
      'nextReviewDue',
    ];
    for (const by of keys) {
      const asc = names({ sort: { by, direction: 'asc' } });
      const desc = names({ sort: { by, direction: 'desc' } });
      expect(asc).toHaveLength(3);
      expect(new Set(desc)).toEqual(new Set(asc));
    }
    expect(names({ sort: { by: 'name', direction: 'asc' } })).toEqual([
      'Mia Example',
      'Unborn baby of Jade Madeup',
      'Oscar Sampleton',
    ]);
    expect(names({ sort: { by: 'dateOfBirth', direction: 'desc' } })).toEqual([
      'Unborn baby of Jade Madeup',
      'Mia Example',
      'Oscar Sampleton',
    ]);
    expect(names({ sort: { by: 'primaryCategory', direction: 'asc' } })).toEqual([
      'Unborn baby of Jade Madeup',
      'Mia Example',
      'Oscar Sampleton',
    ]);
  });

  it('filters overdue: review, none, any; and by worker, including no worker', () => {
    expect(names({ overdue: 'any' })).toEqual(['Mia Example']); // core group was due 19 January
    expect(names({ overdue: 'core-group' })).toEqual(['Mia Example']);
    expect(names({ overdue: 'review' })).toEqual([]);
    expect(names({ overdue: 'none' })).toHaveLength(2);
    expect(names({ leadSocialWorker: 'Tom Placeholder' })).toEqual([
      'Mia Example',
      'Unborn baby of Jade Madeup',
    ]);
    expect(names({ categories: [] })).toHaveLength(3);
  });

  it('searches by date, NHS number, postcode, part postcode, worker, category and misspelt name', () => {
    expect(names({ search: '2021-03-14' })).toEqual(['Mia Example']);
    expect(names({ search: '01/06/2026' })).toEqual(['Unborn baby of Jade Madeup']);
    expect(names({ search: '9990000018' })).toEqual(['Mia Example']);
    expect(names({ search: 'FT9 9ZZ' })).toEqual(['Oscar Sampleton']);
    expect(names({ search: 'ft9' })).toEqual(['Oscar Sampleton']);
    expect(names({ search: 'priya' })).toEqual(['Oscar Sampleton']);
    expect(names({ search: 'sexual' })).toEqual(['Oscar Sampleton']);
    expect(names({ search: 'Oskar Sampelton' })).toEqual(['Oscar Sampleton']);
    expect(names({ search: 'jade' })).toEqual(['Unborn baby of Jade Madeup']);
    expect(names({ search: '99900' })).toEqual(['Mia Example']);
    expect(names({ search: 'zzzz' })).toEqual([]);
    expect(compileSearch('   ', index.vocabulary)).toBeUndefined();
  });
});

describe('nysiis rules inside a word', () => {
  it('applies the SCH, PH, EV, Q, Z, K and W rules', () => {
    expect(nysiis('Bischoff')).toBe(nysiis('Bissoff'));
    expect(nysiis('Stephens')).toBe(nysiis('Steffens'));
    expect(nysiis('Devon')).toBe('DAFAN');
    expect(nysiis('Roque')).toBe(nysiis('Rogue'));
    expect(nysiis('Lizzie')).toBe(nysiis('Lissie'));
    expect(nysiis('Jackson')).toBe(nysiis('Jacson'));
    expect(nysiis('Dawson')).toBe(nysiis('Daason'));
    expect(nysiis('Ryan')).toBe(nysiis('Rian'));
  });
});
