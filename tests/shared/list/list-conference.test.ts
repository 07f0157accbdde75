// The list's own check of a stored conference (shared/list/list-conference.ts) against the full schema:
// - it accepts every stored conference the full schema accepts, and deriveList gives the same answer (as JSON,
//   key order included) from its reading as from the full reading;
// - changing any single value the list reads to something of the wrong kind is refused; changing any value the
//   list does not read is accepted (the full schema refuses both), and the list's reading is unchanged.
// Generated histories use the fixture builders (FICTIONAL children). Rule source: docs/list.md, "Records that
// cannot be read".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { StoredConferenceSchema } from '../../../electron/services/conferences/stored-conference';
import { CATEGORIES } from '../../../shared/domain/categories';
import type { Category } from '../../../shared/domain/categories';
import { CONFERENCE_TYPES } from '../../../shared/domain/conference';
import type { Conference, ConferenceType } from '../../../shared/domain/conference';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { OUTCOMES } from '../../../shared/domain/decision';
import type { Outcome } from '../../../shared/domain/decision';
import { DISCONTINUE_REASONS } from '../../../shared/domain/review-schema';
import { ConferenceStatusSchema } from '../../../shared/ipc/contracts/conference';
import { deriveList } from '../../../shared/list/derive';
import { ListStoredConferenceSchema } from '../../../shared/list/list-conference';
import { aConference } from '../../fixtures/conference';
import {
  aConferenceWithRestrictionsAndExclusion,
  aPreBirthConference,
  aSiblingGroup,
} from '../../fixtures/conference-scenarios';
import { generatedConferences, listChild, listConference } from '../../fixtures/list';

const STATUSES = ConferenceStatusSchema.options;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const envelope = (conference: Conference, status: (typeof STATUSES)[number]): Json =>
  JSON.parse(
    JSON.stringify({ revision: 2, savedAt: '2026-01-12T09:00:00.000Z', status, conference }),
  ) as Json;

/** One child's record at one conference, varied in every field the list reads. */
const childArb = (ids: readonly string[]) =>
  fc
    .record({
      id: fc.constantFrom(...ids),
      unborn: fc.boolean(),
      outcome: fc.constantFrom<Outcome>(...OUTCOMES),
      categories: fc.subarray<Category>([...CATEGORIES], { minLength: 1 }),
      address: fc.option(fc.constantFrom('', '  4 Fictional Road, Fictionton FT1 1AB '), {
        nil: undefined,
      }),
      nhsNumber: fc.option(fc.constantFrom('9434765919', '9990000018'), { nil: undefined }),
      lead: fc.option(fc.constantFrom('Tom Placeholder', ' '), { nil: undefined }),
      firstCoreGroupDate: fc.option(fc.constantFrom('2025-03-02', '2025-11-20'), {
        nil: undefined,
      }),
      reviewDate: fc.option(fc.constantFrom('2025-06-01', '2026-02-01'), { nil: undefined }),
      noDecision: fc.boolean(),
      discontinue: fc.option(fc.constantFrom(...DISCONTINUE_REASONS), { nil: undefined }),
    })
    .map((o) => {
      const child = listChild({
        id: o.id,
        name: o.unborn ? 'Unborn baby of Jade Example' : `Child ${o.id} Example`,
        unborn: o.unborn,
        ...(o.unborn ? { expectedDeliveryDate: '2025-08-01' } : { dateOfBirth: '2019-04-05' }),
        outcome: o.outcome,
        categories: o.categories,
        ...(o.address !== undefined ? { address: o.address } : {}),
        ...(o.nhsNumber !== undefined ? { nhsNumber: o.nhsNumber } : {}),
        ...(o.lead !== undefined ? { lead: o.lead } : {}),
        ...(o.firstCoreGroupDate ? { firstCoreGroupDate: o.firstCoreGroupDate } : {}),
        ...(o.reviewDate ? { reviewDate: o.reviewDate } : {}),
      });
      if (o.noDecision) {
        delete child.decision;
      }
      if (o.discontinue) {
        child.review = {
          categoriesBefore: [],
          actionProgress: [],
          discontinueReason: o.discontinue,
        };
      }
      return child;
    });

/** A stored conference: a generated one, or a fixture scenario, with a status. */
const storedArb = fc
  .record({
    n: fc.nat(99),
    date: fc.constantFrom('2025-01-06', '2025-04-07', '2025-07-07', '2025-10-06', '2026-01-05'),
    type: fc.constantFrom<ConferenceType>(...CONFERENCE_TYPES),
    children: fc.array(childArb(['amy', 'ben', 'cal']), { minLength: 1, maxLength: 3 }),
    transfer: fc.boolean(),
    status: fc.constantFrom(...STATUSES),
    scenario: fc.nat(5),
  })
  .map((o) => {
    const base = [
      () =>
        listConference(`c-${o.n}`, o.date, o.children, o.type, {
          ...(o.transfer
            ? {
                transferIn: {
                  notifiedOn: '2024-12-20',
                  originatingAuthority: 'Fictional Borough Council',
                  originatingCategories: ['neglect'],
                  originatingPlanSummary: 'A plan made elsewhere.',
                },
              }
            : {}),
        }),
      () => aSiblingGroup(),
      () => aPreBirthConference(),
      () => aConferenceWithRestrictionsAndExclusion(),
      () => aConference(),
      () => generatedConferences(o.n + 1).conferences[o.n]!,
    ][o.scenario]!;
    return envelope(base(), o.status);
  });

const isObject = (v: Json): v is Json[] | { [k: string]: Json } =>
  typeof v === 'object' && v !== null;

/** The paths of every value (not a non-empty object or array) in a JSON value. */
function leaves(v: Json, at: string[] = []): string[][] {
  if (!isObject(v) || (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0)) {
    return [at];
  }
  return Object.entries(v).flatMap(([k, x]) => leaves(x, [...at, k]));
}

function withValueAt(v: Json, path: readonly string[], value: Json): Json {
  const copy = JSON.parse(JSON.stringify(v)) as Json;
  let here = copy as { [k: string]: Json };
  for (const k of path.slice(0, -1)) {
    here = here[k] as { [k: string]: Json };
  }
  here[path.at(-1)!] = value;
  return copy;
}

/** deriveList as JSON (the children map as entries), so key order counts too. */
const derivedJson = (conferences: Parameters<typeof deriveList>[0]): string => {
  const d = deriveList(conferences, [], ENGLAND_DEFAULTS);
  return JSON.stringify({ plans: d.plans, children: [...d.children] });
};

describe('the list reads what the full schema reads, and derives the same list', () => {
  it('accepts every stored conference the full schema accepts (fixture scenarios and generated)', () => {
    fc.assert(
      fc.property(storedArb, (stored) => {
        fc.pre(StoredConferenceSchema.safeParse(stored).success);
        expect(ListStoredConferenceSchema.safeParse(stored).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives deriveList the same output from its reading as from the full reading', () => {
    fc.assert(
      fc.property(fc.array(storedArb, { minLength: 1, maxLength: 8 }), (records) => {
        const full = records.map((r) => StoredConferenceSchema.safeParse(r));
        fc.pre(full.every((f) => f.success));
        const narrow = records.map((r) => ListStoredConferenceSchema.parse(r));
        const fullConferences = full.map((f) => f.data.conference);
        expect(derivedJson(narrow.map((s) => s.conference))).toBe(derivedJson(fullConferences));
        expect(narrow.map((s) => s.status)).toEqual(full.map((f) => f.data.status));
      }),
      { numRuns: 200 },
    );
  });

  it('derives the same 500 generated children either way', () => {
    const stored = generatedConferences(500).conferences.map((c) => envelope(c, 'signed'));
    const narrow = stored.map((s) => ListStoredConferenceSchema.parse(s).conference);
    const full = stored.map((s) => StoredConferenceSchema.parse(s).conference);
    expect(derivedJson(narrow)).toBe(derivedJson(full));
  });
});

describe('one value changed to something of the wrong kind', () => {
  it('is refused when the list reads it, and ignored (same reading) when it does not', () => {
    fc.assert(
      fc.property(storedArb, fc.nat(), (stored, pick) => {
        fc.pre(StoredConferenceSchema.safeParse(stored).success);
        const read = ListStoredConferenceSchema.parse(stored);
        const readPaths = new Set(leaves(read as unknown as Json).map((p) => p.join('.')));
        const all = leaves(stored);
        const path = all[pick % all.length]!;
        const damaged = withValueAt(stored, path, { wrong: 'kind' });
        expect(StoredConferenceSchema.safeParse(damaged).success).toBe(false);
        const narrow = ListStoredConferenceSchema.safeParse(damaged);
        if (readPaths.has(path.join('.'))) {
          expect(narrow.success, `list field ${path.join('.')}`).toBe(false);
        } else {
          expect(narrow.success, `other field ${path.join('.')}`).toBe(true);
          expect(narrow.data).toEqual(read);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Noah's conference, stored and signed, to damage one part of. */
const noah = (): Json =>
  envelope(
    listConference('icpc-noah', '2026-01-06', [
      listChild({
        id: 'noah',
        name: 'Noah Sample',
        dateOfBirth: '2019-07-02',
        lead: 'Sam Pretend',
      }),
    ]),
    'signed',
  );
const at = (path: string, value: Json) => withValueAt(noah(), path.split('.'), value);

describe('examples', () => {
  it.each<[string, Json]>([
    [
      'a category this version does not know',
      at('conference.children.0.decision.categories.0.category', 'financial'),
    ],
    ['a conference date that is not a date', at('conference.date', '2026-02-30')],
    ['an unknown status', at('status', 'finished')],
    ['a child with no id', at('conference.children.0.details.id', '')],
    [
      'an outcome this version does not know',
      at('conference.children.0.decision.outcome', 'cp-plan-lite'),
    ],
    ['another format version', at('conference.schemaVersion', 2)],
    ['an unknown conference type', at('conference.type', 'strategy')],
    ['a review date that is not a date', at('conference.children.0.plan.reviewDate', '12/01/2026')],
    [
      'a core group frequency of 0 weeks',
      at('conference.children.0.plan.coreGroupFrequencyWeeks', 0),
    ],
    [
      'a lead social worker with no team',
      at('conference.children.0.plan.leadSocialWorker.team', null),
    ],
    [
      'an NHS number of the wrong form',
      at('conference.children.0.details.nhsNumber', '943 476 5919'),
    ],
    ['a household address that is not text', at('conference.household.0.address', 12)],
    [
      'more children than a conference holds',
      at(
        'conference.children',
        Array<Json>(21).fill(
          (noah() as { conference: { children: Json[] } }).conference.children[0]!,
        ),
      ),
    ],
  ])('refuses a record with %s', (_label, damaged) => {
    expect(ListStoredConferenceSchema.safeParse(damaged).success).toBe(false);
    expect(StoredConferenceSchema.safeParse(damaged).success).toBe(false);
  });

  it.each<[string, Json]>([
    ['an attendance entry of the wrong shape', at('conference.attendance', [{ who: 1 }])],
    ['a field this version does not know, on the record', at('addedLater', true)],
    ['minutes of the wrong kind', at('conference.discussion', 42)],
    ["the child's views missing", at('conference.children.0.views', null)],
    ['a dissent of the wrong shape', at('conference.children.0.decision.dissent', [{}])],
    ['a saved time that is not a time', at('savedAt', 'yesterday')],
  ])('lists a record with %s, reading the same as before', (_label, damaged) => {
    expect(StoredConferenceSchema.safeParse(damaged).success).toBe(false);
    const r = ListStoredConferenceSchema.safeParse(damaged);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(ListStoredConferenceSchema.parse(noah()));
  });
});
