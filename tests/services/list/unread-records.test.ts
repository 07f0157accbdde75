// A stored conference or planList record that fails its check is left out of the list, and every answer given
// from the list says so: the list, a child's history, the CSV export, the census (refused) and checks, where "no
// match" becomes "cannot confirm" (docs/list.md, "Records that cannot be read"). FICTIONAL children only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { JsonValue } from '../../../electron/services/vault/vault-data';
import { childId } from '../../../shared/domain/ids';
import { listChild, listConference } from '../../fixtures/list';
import { failureCode } from '../signoff/support';

import { ENQUIRER, listHarness } from './support';
import type { ListHarness } from './support';

let h: ListHarness;
const MIA = { name: 'Mia Example', dateOfBirth: '2021-03-14' } as const;
const NOAH = { name: 'Noah Sample', dateOfBirth: '2019-07-02' } as const;

beforeEach(async () => {
  h = await listHarness();
  await h.store(
    listConference('icpc-mia', '2026-01-05', [listChild({ id: 'mia', ...MIA })]),
    'signed',
  );
  await h.store(
    listConference('icpc-noah', '2026-01-06', [listChild({ id: 'noah', ...NOAH })]),
    'signed',
  );
});
afterEach(() => h.cleanup());

/** Noah's conference as stored, for damaging one part of it. */
const noahStored = () =>
  h.vault.get('conferences', 'icpc-noah') as { conference: Record<string, unknown> } & Record<
    string,
    unknown
  >;

/** Noah's conference as stored, with one change to the first child's record. */
const noahChildChanged = (change: (child: Record<string, unknown>) => void): JsonValue => {
  const s = JSON.parse(JSON.stringify(noahStored())) as {
    conference: { children: Record<string, unknown>[] };
  };
  change(s.conference.children[0]!);
  return s as unknown as JsonValue;
};

/**
 * Ways a stored conference can fail the list's check (an older app reading a newer record, a bad write, …): each
 * is damage in a field the list reads. Damage only where the list does not read is listed
 * (list-fields-only.test.ts).
 */
const DAMAGED_CONFERENCES: [string, () => JsonValue][] = [
  [
    'another format version',
    () => ({ ...noahStored(), conference: { ...noahStored().conference, schemaVersion: 2 } }),
  ],
  ['an unknown status', () => ({ ...noahStored(), status: 'finished' }) as JsonValue],
  [
    'a category this version does not know',
    () =>
      noahChildChanged((c) => {
        (c.decision as { categories: { category: string }[] }).categories[0]!.category =
          'financial';
      }),
  ],
  ['a child with no id', () => noahChildChanged((c) => delete (c.details as { id?: unknown }).id)],
  [
    'a review date that is not a date',
    () =>
      noahChildChanged((c) => {
        (c.plan as { reviewDate?: string }).reviewDate = '2026-13-01';
      }),
  ],

  [
    'a date that is not a date',
    () => ({
      ...noahStored(),
      conference: { ...noahStored().conference, date: '31/02/2026' },
    }),
  ],
  ['no conference at all', () => ({ revision: 3, status: 'signed' })],
  ['text instead of a record', () => 'not a conference'],
  ['a number', () => 42],
  ['null', () => null],
  ['a list', () => [1, 2, 3]],
];

describe.each(DAMAGED_CONFERENCES)('a conference record with %s', (_label, damaged) => {
  beforeEach(async () => {
    await h.vault.put('conferences', 'icpc-noah', damaged());
  });

  it('is counted on the list, never silently dropped', () => {
    const q = h.list.query({});
    expect(q.unreadRecords).toBe(1);
    expect(q.rows.map((r) => r.childId)).toEqual(['mia']);
    expect(h.list.exportCsv({}).unreadRecords).toBe(1);
    expect(h.list.history(childId('mia')).unreadRecords).toBe(1);
  });

  it('turns "no match" into "cannot confirm", logged as such with the count', async () => {
    const r = await h.list.check(ENQUIRER, NOAH);
    expect(r.answer.code).toBe('cannot-confirm');
    expect(r.answer.headline).toMatch(
      /^This cannot be confirmed or ruled out: 1 record in this vault could not be read, and the child may be in it\.$/,
    );
    expect(r.answer.mayTell).toMatch(/Do not say no/);
    expect(r.unreadRecords).toBe(1);
    expect(r.warnings[0]).toMatch(/^1 record in this vault could not be read/);
    expect(h.vault.get('enquiries', r.enquiryId)).toMatchObject({
      answer: { code: 'cannot-confirm' },
      unreadRecords: 1,
    });
    const audit = h.vault.auditLog().filter((e) => e.action === 'list.check');
    expect(audit.at(-1)?.ids).toEqual([r.enquiryId, 'answer:cannot-confirm', 'unread:1']);
    expect(h.list.enquiries({}).enquiries[0]?.unreadRecords).toBe(1);
  });

  it('keeps a confirmed plan confirmed, with a warning that it may be out of date', async () => {
    const r = await h.list.check(ENQUIRER, MIA);
    expect(r.answer.code).toBe('subject-to-plan');
    expect(r.warnings.join(' ')).toMatch(/may hold a plan, or the end of one/);
  });

  it('refuses the census file rather than leave a child out of it', async () => {
    expect(await failureCode(() => h.list.exportCensus({ format: 'csv' }))).toBe('BLOCKED');
    expect(() => h.list.exportCensus({ format: 'xml' })).toThrow(
      /^The census file was not made: 1 record in this vault could not be read/,
    );
  });

  it('is counted no more once the record reads again, and "no match" is allowed again', async () => {
    await h.store(
      listConference('icpc-noah', '2026-01-06', [listChild({ id: 'noah', ...NOAH })]),
      'signed',
    );
    expect(h.list.query({}).unreadRecords).toBe(0);
    const r = await h.list.check(ENQUIRER, { name: 'Reuben Fauxton', dateOfBirth: '2010-10-10' });
    expect(r.answer.code).toBe('no-match');
    expect(r.unreadRecords).toBe(0);
    expect(h.vault.get('enquiries', r.enquiryId)).not.toHaveProperty('unreadRecords');
  });
});

describe('planList records and enquiries that cannot be read', () => {
  it.each<[string, JsonValue]>([
    ['an unknown kind', { kind: 'plan-paused', childId: 'noah', id: 'e1' }],
    ['a core group held with no date', { kind: 'core-group-held', childId: 'noah', id: 'e2' }],
    ['text', 'core group held'],
  ])('a planList record with %s is counted in every answer', async (_label, value) => {
    await h.vault.put('planList', 'broken', value);
    expect(h.list.query({}).unreadRecords).toBe(1);
    const r = await h.list.check(ENQUIRER, { name: 'Reuben Fauxton' });
    expect(r.answer.code).toBe('cannot-confirm');
    expect(r.unreadRecords).toBe(1);
  });

  it('counts two damaged records of both kinds as 2', async () => {
    await h.vault.put('planList', 'broken', { kind: 'nonsense' });
    await h.vault.put('conferences', 'icpc-noah', 'x');
    expect(h.list.query({}).unreadRecords).toBe(2);
    const r = await h.list.check(ENQUIRER, NOAH);
    expect(r.answer.headline).toMatch(
      /2 records in this vault could not be read, and the child may be in one of them\./,
    );
  });

  it('says how many logged enquiries could not be read', async () => {
    await h.list.check(ENQUIRER, MIA);
    await h.vault.put('enquiries', 'enq-broken', { id: 'enq-broken', at: 'yesterday' });
    const log = h.list.enquiries({});
    expect(log.enquiries).toHaveLength(1);
    expect(log.unreadRecords).toBe(1);
  });
});

it('with every record read: nothing counted, and the census is made', async () => {
  expect(h.list.query({}).unreadRecords).toBe(0);
  expect(await failureCode(() => h.list.exportCensus({ format: 'csv' }))).toBe('resolved');
});
