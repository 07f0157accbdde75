// The list checks the fields of a stored conference that it reads, and only those (shared/list/list-conference.ts).
// A record damaged only where the list does not read is listed and not counted as unread; the whole record is
// still checked where a whole conference is used: the conferences screen names it, and opening a review from it
// says it could not be read (never "missing", never a second conference). Damage in a field the list reads is in
// unread-records.test.ts. Rule source: docs/list.md, "Records that cannot be read". FICTIONAL children only.
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

type Stored = { conference: Record<string, unknown> } & Record<string, unknown>;

/** Noah's conference as stored (a deep copy), changed by `change`. */
const noahChanged = (change: (s: Stored) => void): JsonValue => {
  const s = JSON.parse(JSON.stringify(h.vault.get('conferences', 'icpc-noah'))) as Stored;
  change(s);
  return s as unknown as JsonValue;
};
type Child = Record<string, unknown> & {
  decision: Record<string, unknown>;
  plan: Record<string, unknown> & { leadSocialWorker: Record<string, unknown> };
};
const firstChild = (s: Stored) => (s.conference.children as Child[])[0]!;

/** Damage the full schema refuses, in fields the list never reads. */
const OUTSIDE_THE_LIST: [string, (s: Stored) => void][] = [
  ['a field this version does not know, on the record', (s) => (s.addedLater = true)],
  ['a saved time that is not a time', (s) => (s.savedAt = 'yesterday')],
  ['a negative revision', (s) => (s.revision = -1)],
  [
    'an attendance entry of the wrong shape',
    (s) => (s.conference.attendance = [{ who: 'someone', present: 'yes' }]),
  ],
  ['minutes of the wrong kind', (s) => (s.conference.discussion = 42)],
  ['a chair with no name', (s) => (s.conference.chair = { role: 'Chair' })],
  ["the child's views of the wrong shape", (s) => (firstChild(s).views = 'none')],
  [
    "a field this version does not know in the child's decision",
    (s) => (firstChild(s).decision.addedLater = true),
  ],
  [
    "the lead social worker's person id of the wrong kind",
    (s) => (firstChild(s).plan.leadSocialWorker.personId = 7),
  ],
  [
    'an outline plan action of the wrong shape',
    (s) => (firstChild(s).plan.actions = [{ what: 1 }]),
  ],
];

describe.each(OUTSIDE_THE_LIST)('a conference record with %s', (_label, change) => {
  beforeEach(async () => {
    await h.vault.put('conferences', 'icpc-noah', noahChanged(change));
  });

  it('is listed and not counted as unread: the list reads none of it', async () => {
    const q = h.list.query({});
    expect(q.unreadRecords).toBe(0);
    expect(q.rows.map((r) => r.childId).sort()).toEqual(['mia', 'noah']);
    expect(h.list.history(childId('noah')).plans).toHaveLength(1);
    const r = await h.list.check(ENQUIRER, NOAH);
    expect(r.answer.code).toBe('subject-to-plan');
    expect(r.unreadRecords).toBe(0);
  });

  it('is still named where the whole conference is shown, and is never taken for missing', async () => {
    expect(h.conferences.overview().unreadable).toEqual(['icpc-noah']);
    expect(await failureCode(() => h.list.openReview(childId('noah')))).toBe('CORRUPT');
    await expect(h.list.openReview(childId('noah'))).rejects.toThrow(
      /^The conference record icpc-noah could not be read in full/,
    );
    // Nothing was made in its place.
    expect(Object.keys(h.vault.list('conferences')).sort()).toEqual(['icpc-mia', 'icpc-noah']);
  });
});

it('an open review whose record fails only the full check is reported, not duplicated', async () => {
  const made = await h.list.openReview(childId('mia'));
  const id = made.conferenceId;
  const stored = h.vault.get('conferences', id) as Stored;
  await h.vault.put('conferences', id, { ...stored, addedLater: true } as unknown as JsonValue);
  expect(await failureCode(() => h.list.openReview(childId('mia')))).toBe('CORRUPT');
  expect(Object.keys(h.vault.list('conferences'))).toHaveLength(3);
  await h.vault.put('conferences', id, stored as unknown as JsonValue);
  const again = await h.list.openReview(childId('mia'));
  expect(again.conferenceId).toBe(id);
  expect(again.warnings[0]).toMatch(/already open/);
});
