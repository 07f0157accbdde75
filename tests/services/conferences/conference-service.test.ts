// The conference service over a real vault: create, list, get, applyEdit with revisions, validate, locked vault.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ConferenceSchema } from '../../../shared/domain/conference';
import type { ConferenceId } from '../../../shared/domain/ids';
import { aChild, aProfessional, IDS } from '../../fixtures/conference';
import { PASS, testVault } from '../vault/helpers';
import { createConferenceService } from '../../../electron/services/conferences/conference-service';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';

import { conferenceHarness } from './support';
import type { ConferenceHarness } from './support';

let h: ConferenceHarness;
beforeEach(async () => (h = await conferenceHarness()));
afterEach(() => h.cleanup());

const initial = {
  type: 'initial',
  date: '2026-01-05',
  strategyDiscussionDate: '2025-12-10',
} as const;

async function created(): Promise<ConferenceId> {
  return (await h.service.create(initial)).id;
}

describe('conference service', () => {
  it('creates a draft at revision 0 that parses as a conference and is audited', async () => {
    const { id, revision } = await h.service.create(initial);
    expect(revision).toBe(0);
    const stored = h.service.get(id);
    expect(stored.status).toBe('draft');
    expect(ConferenceSchema.safeParse(stored.conference).success).toBe(true);
    expect(stored.conference.strategyDiscussionDate).toBe('2025-12-10');
    expect(
      h.vault.auditLog().some((e) => e.action === 'conference.create' && e.ids[0] === id),
    ).toBe(true);
  });

  it('lists summaries with children, status and the due date 15 working days after the strategy discussion', async () => {
    const id = await created();
    await h.service.applyEdit(id, 0, { type: 'insert', path: ['children'], value: aChild() });
    const [row] = h.service.list();
    expect(row).toMatchObject({
      id,
      childrenNames: ['Mia Example'],
      type: 'initial',
      date: '2026-01-05',
      status: 'draft',
      dueDate: '2026-01-05',
    });
    expect(row?.dueRule).toMatch(/15 working days/);
  });

  it('dates a transfer-in from the notification of the move', async () => {
    await h.service.create({
      type: 'transfer-in-initial',
      date: '2026-01-20',
      transferNotifiedOn: '2026-01-05',
    });
    expect(h.service.list()[0]?.dueDate).toBe('2026-01-26');
  });

  it('applies edits in order, one revision each, and keeps them across lock and unlock', async () => {
    const id = await created();
    expect(
      await h.service.applyEdit(id, 0, { type: 'set', path: ['venue'], value: 'Room 2' }),
    ).toEqual({
      revision: 1,
      savedAt: '2026-01-05T09:30:00.000Z',
    });
    await h.service.applyEdit(id, 1, {
      type: 'insert',
      path: ['professionals'],
      value: aProfessional(),
    });
    await h.service.applyEdit(id, 2, {
      type: 'setAttendance',
      personId: IDS.socialWorker,
      status: 'present',
      at: '10:02',
    });
    h.vault.lock('manual');
    await h.vault.unlock(PASS);
    const again = h.service.get(id);
    expect(again.revision).toBe(3);
    expect(again.conference.venue).toBe('Room 2');
    expect(again.conference.attendance).toEqual([
      { personId: IDS.socialWorker, status: 'present', arrivedAt: '10:02' },
    ]);
  });

  it('refuses a stale base revision with CONFLICT and leaves the record unchanged', async () => {
    const id = await created();
    await h.service.applyEdit(id, 0, { type: 'set', path: ['venue'], value: 'Room 2' });
    await expect(
      h.service.applyEdit(id, 0, { type: 'set', path: ['venue'], value: 'Room 9' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(h.service.get(id).conference.venue).toBe('Room 2');
  });

  it('lets only one of two concurrent edits on the same revision win', async () => {
    const id = await created();
    const results = await Promise.allSettled([
      h.service.applyEdit(id, 0, { type: 'set', path: ['venue'], value: 'A' }),
      h.service.applyEdit(id, 0, { type: 'set', path: ['venue'], value: 'B' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(h.service.get(id).revision).toBe(1);
  });

  it('refuses an edit that would make the record invalid with BAD_INPUT and keeps the revision', async () => {
    const id = await created();
    await expect(
      h.service.applyEdit(id, 0, { type: 'set', path: ['date'], value: 'next Tuesday' }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(
      h.service.applyEdit(id, 0, { type: 'set', path: ['id'], value: 'other' }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(h.service.get(id).revision).toBe(0);
  });

  it('answers NOT_FOUND for an unknown conference', async () => {
    await expect(
      h.service.applyEdit('nope' as ConferenceId, 0, { type: 'set', path: ['venue'], value: 'x' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(() => h.service.get('nope' as ConferenceId)).toThrow(/not in the vault/);
  });

  it('returns the validation findings, e.g. a decision needed for every child', async () => {
    const id = await created();
    const { decision: _none, ...undecided } = aChild();
    await h.service.applyEdit(id, 0, { type: 'insert', path: ['children'], value: undecided });
    const findings = h.service.validate(id);
    expect(findings.some((f) => f.ruleId === 'R4-decision-every-child')).toBe(true);
  });

  it('answers LOCKED while the vault is locked', async () => {
    const id = await created();
    h.vault.lock('manual');
    expect(() => h.service.list()).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    await expect(
      h.service.applyEdit(id, 0, { type: 'set', path: ['venue'], value: 'x' }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(h.service.create(initial)).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('answers LOCKED from a vault that was never unlocked', () => {
    const other = testVault(h.dir);
    const service = createConferenceService({
      vault: other,
      clock: h.clock,
      config: () => ENGLAND_DEFAULTS,
    });
    expect(() => service.list()).toThrow(expect.objectContaining({ code: 'LOCKED' }));
  });
});

describe('conference records that cannot be read', () => {
  it.each<[string, (good: Record<string, unknown>) => unknown]>([
    ['a field this version does not know', (good) => ({ ...good, addedLater: 1 })],
    ['an unknown status', (good) => ({ ...good, status: 'finished' })],
    ['text', () => 'not a conference'],
    ['null', () => null],
  ])('names a record with %s, and still lists the others', async (_label, damage) => {
    const kept = await created();
    const other = await created();
    const good = h.vault.get('conferences', other) as Record<string, unknown>;
    await h.vault.put('conferences', other, damage(good) as never);
    const o = h.service.overview();
    expect(o.conferences.map((c) => c.id)).toEqual([kept]);
    expect(o.unreadable).toEqual([other]);
    expect(h.service.list().map((c) => c.id)).toEqual([kept]);
    expect(() => h.service.get(other)).toThrow(/could not be read/);
  });

  it('names none when every record reads', async () => {
    await created();
    expect(h.service.overview().unreadable).toEqual([]);
  });
});
