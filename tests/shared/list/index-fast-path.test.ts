// The faster ways the list's index is built give exactly what the slower ones gave (docs/list.md, "Speed"): fold and
// nameParts skip the Unicode passes for ASCII text, toRow and childKeys build their objects by assignment instead
// of spreads, the index reads each name's parts once, and it works out each child's check and search keys only
// when first read. Each "reference" below is the earlier code, kept here
// only to compare against; results are compared as JSON, so the keys' order must match too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { cinCensusCode } from '../../../shared/domain/categories';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { childId, conferenceId } from '../../../shared/domain/ids';
import { deriveList, planStartOf } from '../../../shared/list/derive';
import type { DerivedPlan } from '../../../shared/list/derive';
import { runCheck } from '../../../shared/list/check';
import { buildIndex, withSearchKeys } from '../../../shared/list/list-index';
import type { ListIndex } from '../../../shared/list/list-index';
import { childKeys } from '../../../shared/list/match';
import { nameKeys } from '../../../shared/list/name-match';
import { addressKey, fold, nameParts, postcodeOf } from '../../../shared/list/normalise';
import { selectRows } from '../../../shared/list/query';
import { nextCoreGroupDue, nextReviewDue, toRow } from '../../../shared/list/rows';
import type { ListChild, ListRow } from '../../../shared/list/schemas';
import { generatedConferences } from '../../fixtures/list';

const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

function referenceFold(text: string): string {
  const lower = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return lower
    .replace(/[ßæœøđðłþı]/g, (ch) => SPECIAL[ch] ?? ch)
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function referenceToRow(plan: DerivedPlan, child: ListChild, today: string): ListRow {
  const config = ENGLAND_DEFAULTS;
  const coreGroup = nextCoreGroupDue(plan, config);
  const review = nextReviewDue(plan, config);
  const cin = cinCensusCode(plan.latestCategories);
  const primary = plan.latestCategories[0];
  return {
    ...child,
    planId: plan.planId,
    ...(planStartOf(plan) !== undefined ? { planStart: planStartOf(plan) } : {}),
    startsAtBirth: plan.startsAtBirth,
    listedOn: plan.startDate,
    categories: [...plan.latestCategories],
    ...(primary !== undefined ? { primaryCategory: primary } : {}),
    ...(cin !== undefined ? { cinCode: cin } : {}),
    ...(plan.lead ? { leadSocialWorker: { ...plan.lead } } : {}),
    ...(coreGroup !== undefined ? { nextCoreGroupDue: coreGroup } : {}),
    ...(review !== undefined ? { nextReviewDue: review } : {}),
    coreGroupOverdue: coreGroup !== undefined && coreGroup < today,
    reviewOverdue: review !== undefined && review < today,
    reviewsHeld: plan.reviewDates.length,
    source: plan.source,
    ...(plan.originatingAuthority !== undefined
      ? { originatingAuthority: plan.originatingAuthority }
      : {}),
    ...(plan.lastConferenceId !== undefined ? { lastConferenceId: plan.lastConferenceId } : {}),
  };
}

function referenceChildKeys(child: ListChild) {
  const postcode = postcodeOf(child.address);
  return {
    name: nameKeys(child.name),
    unborn: child.unborn,
    ...(child.dateOfBirth !== undefined ? { dateOfBirth: child.dateOfBirth } : {}),
    ...(child.expectedDeliveryDate !== undefined
      ? { expectedDeliveryDate: child.expectedDeliveryDate }
      : {}),
    ...(postcode !== undefined ? { postcode } : {}),
    address: addressKey(child.address),
    ...(child.nhsNumber !== undefined ? { nhs: child.nhsNumber } : {}),
  };
}

/** Name-like text: ASCII letters and punctuation mixed with accented, special and combining characters. */
const nameText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ'.split('')),
      fc.constantFrom(' ', '  ', '-', "'", '’', '`', '´', '.', ',', '\t', '0', '7'),
      fc.constantFrom('é', 'Ö', 'ß', 'Æ', 'ø', 'ł', 'ı', 'þ', 'ﬁ', 'Ⅻ', '\u0301', 'Ł', 'ñ', 'İ'),
    ),
    { maxLength: 30 },
  )
  .map((cs) => cs.join(''));

const anyText = fc.oneof(nameText, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string());

describe('ASCII shortcut in fold and nameParts', () => {
  it('folds every text exactly as the Unicode passes do', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(fold(t)).toBe(referenceFold(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('splits names as before (table)', () => {
    expect(fold("  O'Brien-SMITH  ")).toBe('obrien smith');
    expect(fold('Zoë Ångström')).toBe('zoe angstrom');
    expect(nameParts('Unborn baby of Jade Smith-Jones')).toEqual({
      forenames: ['jade'],
      surnames: ['smith', 'jones', 'smithjones'],
      all: ['jade', 'smith', 'jones'],
    });
  });

  it('gives childKeys the same name keys whether or not the parts are passed in', () => {
    fc.assert(
      fc.property(nameText, (name) => {
        const child: ListChild = {
          childId: childId('c'),
          name,
          unborn: false,
          address: `${name} Road, FT1 1AB`,
        };
        const expected = JSON.stringify(referenceChildKeys(child));
        expect(JSON.stringify(childKeys(child))).toBe(expected);
        expect(JSON.stringify(childKeys(child, nameParts(name)))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

const isoDay = fc
  .integer({ min: Date.UTC(2020, 0, 1) / 864e5, max: Date.UTC(2027, 11, 31) / 864e5 })
  .map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
const category = fc.constantFrom<DerivedPlan['latestCategories'][number]>(
  'neglect',
  'physical',
  'emotional',
  'sexual',
);

const planArb: fc.Arbitrary<DerivedPlan> = fc.record(
  {
    planId: fc.constant('p:1'),
    childId: fc.constant(childId('c')),
    status: fc.constant('active' as const),
    source: fc.constantFrom('conference' as const, 'transfer-in' as const),
    originatingAuthority: fc.constant('Elsewhere Borough Council'),
    startDate: isoDay,
    startsAtBirth: fc.boolean(),
    bornOn: isoDay,
    expectedDeliveryDate: isoDay,
    initialCategories: fc.array(category, { maxLength: 3 }),
    latestCategories: fc.array(category, { maxLength: 3 }),
    lead: fc.constant({ name: 'Priya Sampleton', team: 'Team 1', contact: '01632 960000' }),
    conferences: fc.constant([]),
    reviewDates: fc.array(isoDay, { maxLength: 3 }),
    setOn: isoDay,
    setCoreGroup: isoDay,
    setReview: isoDay,
    coreGroupFrequencyWeeks: fc.integer({ min: 1, max: 12 }),
    lastCoreGroupHeld: isoDay,
    lastConferenceId: fc.constant(conferenceId('gc-1')),
    lastConferenceType: fc.constantFrom('initial' as const, 'review' as const),
    transferNotifiedOn: isoDay,
  },
  {
    requiredKeys: [
      'planId',
      'childId',
      'status',
      'source',
      'startDate',
      'startsAtBirth',
      'initialCategories',
      'latestCategories',
      'conferences',
      'reviewDates',
      'setOn',
      'coreGroupFrequencyWeeks',
    ],
  },
);

const childArb: fc.Arbitrary<ListChild> = fc.record(
  {
    childId: fc.constant(childId('c')),
    name: nameText,
    unborn: fc.boolean(),
    dateOfBirth: isoDay,
    expectedDeliveryDate: isoDay,
    address: fc.constantFrom('', '1 Example Road, FT1 1AB', 'Flat 2, Made Up Street'),
    nhsNumber: fc.constant('9990000018'),
  },
  { requiredKeys: ['childId', 'name', 'unborn', 'address'] },
);

describe('toRow built by assignment', () => {
  it('gives the same row, keys in the same order, for any plan and child', () => {
    fc.assert(
      fc.property(planArb, childArb, isoDay, (plan, child, today) => {
        expect(JSON.stringify(toRow(plan, child, ENGLAND_DEFAULTS, today))).toBe(
          JSON.stringify(referenceToRow(plan, child, today)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('indexes generated lists with the rows and keys the reference gives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), isoDay, (n, today) => {
        const derived = deriveList(generatedConferences(n).conferences, [], ENGLAND_DEFAULTS);
        const index = buildIndex(derived, ENGLAND_DEFAULTS, today);
        expect(index.children).toHaveLength(derived.children.size);
        for (const entry of index.children) {
          expect(JSON.stringify(entry.keys)).toBe(JSON.stringify(referenceChildKeys(entry.child)));
          if (entry.latest.status === 'active') {
            expect(JSON.stringify(entry.row)).toBe(
              JSON.stringify(referenceToRow(entry.latest, entry.child, today)),
            );
          } else {
            expect(entry.row).toBeUndefined();
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('keys worked out when first read', () => {
  const ids = (index: ListIndex, search: string, by: 'name' | 'nextReviewDue') =>
    selectRows(index, { search, sort: { by, direction: 'asc' } }, ENGLAND_DEFAULTS).entries.map(
      (e) => e.child.childId,
    );

  it('gives the same searches, sorts and checks as an index whose keys were all worked out first', () => {
    const derived = deriveList(generatedConferences(300).conferences, [], ENGLAND_DEFAULTS);
    const words = [...derived.children.values()].flatMap((c) => nameParts(c.name).all);
    const typed = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.slice(0, 3)),
      fc.constantFrom('FT1', 'ft2 1ab', '2014-06-12', 'sampelton', 'zoe', ''),
    );
    fc.assert(
      fc.property(typed, fc.constantFrom('name' as const, 'nextReviewDue' as const), (q, by) => {
        const lazy = buildIndex(derived, ENGLAND_DEFAULTS, '2026-01-12');
        const eager = withSearchKeys(buildIndex(derived, ENGLAND_DEFAULTS, '2026-01-12'));
        for (const e of eager.children) {
          void e.keys;
        }
        expect(lazy.active.map((e) => e.child.childId)).toEqual(
          eager.active.map((e) => e.child.childId),
        );
        expect(ids(lazy, q, by)).toEqual(ids(eager, q, by));
        const fresh = buildIndex(derived, ENGLAND_DEFAULTS, '2026-01-12');
        expect(runCheck(fresh, { name: q })).toEqual(runCheck(eager, { name: q }));
        for (const e of lazy.children) {
          expect(e.sortName).toBe(e.search.sortName);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('holds every name word on the list in the vocabulary once the search keys are worked out', () => {
    const derived = deriveList(generatedConferences(200).conferences, [], ENGLAND_DEFAULTS);
    const index = withSearchKeys(buildIndex(derived, ENGLAND_DEFAULTS, '2026-01-12'));
    const expected = new Set([...derived.children.values()].flatMap((c) => nameParts(c.name).all));
    expect(new Set(index.vocabulary.map((w) => w.text))).toEqual(expected);
    expect(index.vocabulary).toHaveLength(expected.size);
  });
});
