// Plan updates without a conference (docs/exchange.md, plan updates): the chair ends Mia's plan (moved to another
// authority) and records a core group for Noah; a plan-update bundle carries those list records to the Designated
// Manager, whose list then ends Mia's plan and moves Noah's next core group. Refused with the vault unchanged: an
// update for a child never notified, a replay, one changing a record already held, one from a minute-taker.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listServiceFor } from '../../../electron/services/list/for-services';
import { childId } from '../../../shared/domain/ids';
import { PlanUpdateBodySchema } from '../../../shared/exchange/schemas';
import { aDocumentConference } from '../../fixtures/documents';
import { failureCode } from '../signoff/support';

import { PASS, introduce, member } from './support';
import type { Member } from './support';

let team: (Member & { cleanup: () => Promise<void> })[];
let mt: Member;
let chair: Member;
let dm: Member;
const conference = aDocumentConference();
const MIA = conference.children[0]!.details;
const NOAH = conference.children[1]!.details;

const vaultBytes = (m: Member) => readFile(join(m.dir, 'vault.icpc'));
const activeNames = (m: Member) =>
  listServiceFor(m.services)
    .query({})
    .rows.map((r) => r.name)
    .sort();

beforeAll(async () => {
  team = [await member('minute-taker'), await member('chair'), await member('designated-manager')];
  [mt, chair, dm] = [team[0]!, team[1]!, team[2]!];
  await introduce(team);
  await chair.services.vault.put('conferences', conference.id, {
    revision: 1,
    savedAt: '2026-01-06T09:00:00.000Z',
    status: 'awaiting-sign-off',
    conference,
  });
  await chair.services.signoff.signOff(
    conference.id,
    PASS,
    undefined,
    chair.services.signoff.documentStems(conference.id),
  );
}, 120_000);

afterAll(async () => {
  for (const m of team) {
    await m.cleanup();
  }
});

let firstUpdate: Uint8Array;

describe('a plan ended without a conference reaches the Designated Manager’s list', () => {
  it('is refused before the plan itself was notified, and nothing is written', async () => {
    await listServiceFor(chair.services).endPlan(
      MIA.id,
      '2026-01-06',
      'moved-to-another-authority',
      'Moved to Otherton.',
    );
    firstUpdate = (
      await chair.services.exchange.send({
        kind: 'plan-update',
        conferenceId: '',
        childId: MIA.id,
        to: [dm.fingerprint],
      })
    ).bytes;
    const before = await vaultBytes(dm);
    await expect(dm.services.exchange.receive(firstUpdate)).rejects.toThrow(
      /No plan for Mia Example has been notified to you/,
    );
    expect((await vaultBytes(dm)).equals(before)).toBe(true);
  });

  it('ends the plan on the manager’s list once the plan is there; a replay is refused', async () => {
    const notice = await chair.services.exchange.send({
      kind: 'plan-notification',
      conferenceId: conference.id,
      to: [dm.fingerprint],
    });
    await dm.services.exchange.receive(notice.bytes);
    expect(activeNames(dm)).toEqual(['Mia Example', 'Noah Example']);
    const got = await dm.services.exchange.receive(firstUpdate);
    expect(got).toMatchObject({
      applied: 'plan-update',
      childId: MIA.id,
      effect: { type: 'plan-update', records: 1, ended: true },
    });
    expect(activeNames(dm)).toEqual(['Noah Example']);
    expect(activeNames(chair)).toEqual(['Noah Example']);
    const before = await vaultBytes(dm);
    await expect(dm.services.exchange.receive(firstUpdate)).rejects.toThrow(/received before/);
    expect((await vaultBytes(dm)).equals(before)).toBe(true);
  });

  it('keeps the core group held, as the chair’s list does', async () => {
    const { entryId } = await listServiceFor(chair.services).recordCoreGroup(NOAH.id, '2026-01-06');
    expect(dm.services.vault.get('planList', entryId)).toBeUndefined();
    const update = await chair.services.exchange.send({
      kind: 'plan-update',
      conferenceId: '',
      childId: NOAH.id,
      to: [dm.fingerprint],
    });
    const got = await dm.services.exchange.receive(update.bytes);
    expect(got.effect).toEqual({ type: 'plan-update', records: 1, ended: false });
    expect(dm.services.vault.get('planList', entryId)).toEqual(
      chair.services.vault.get('planList', entryId),
    );
    const row = (m: Member) =>
      listServiceFor(m.services)
        .query({})
        .rows.find((r) => r.name === 'Noah Example');
    expect(row(dm)).toEqual(row(chair));
  });

  it('refuses an update that changes a record the manager already holds', async () => {
    const [id, record] = Object.entries(chair.services.vault.list('planList')).find(
      ([, v]) => (v as { childId?: string }).childId === MIA.id,
    )!;
    await chair.services.vault.put('planList', id, { ...(record as object), note: 'Changed.' });
    const update = await chair.services.exchange.send({
      kind: 'plan-update',
      conferenceId: '',
      childId: MIA.id,
      to: [dm.fingerprint],
    });
    const before = await vaultBytes(dm);
    await expect(dm.services.exchange.receive(update.bytes)).rejects.toThrow(
      /changes a record already held/,
    );
    expect((await vaultBytes(dm)).equals(before)).toBe(true);
  });

  it('says so when nothing was recorded about the child without a conference', async () => {
    const ava = conference.children[2]!.details;
    await expect(
      chair.services.exchange.send({
        kind: 'plan-update',
        conferenceId: '',
        childId: ava.id,
        to: [dm.fingerprint],
      }),
    ).rejects.toThrow(/Nothing has been recorded/);
  });
});

describe('the plan-update body', () => {
  const entry = {
    kind: 'plan-ended' as const,
    id: 'end-1',
    childId: MIA.id,
    recordedAt: '2026-01-06T09:00:00.000Z',
    endedOn: '2026-01-06',
    reason: 'turned-18' as const,
    note: '',
  };
  const body = {
    child: { id: MIA.id, name: MIA.name },
    conference: { id: conference.id, date: conference.date },
    entries: [entry],
  };
  it.each([
    ['a record about another child', { entries: [{ ...entry, childId: childId('other') }] }],
    ['the same record twice', { entries: [entry, entry] }],
    ['no records', { entries: [] }],
    [
      'a transfer-in record',
      {
        entries: [
          {
            kind: 'transfer-in',
            id: 't-1',
            childId: MIA.id,
            recordedAt: entry.recordedAt,
            entry: {},
          },
        ],
      },
    ],
    ['a child name with a direction override', { child: { id: MIA.id, name: 'Mia\u202eExample' } }],
  ])('refuses %s', (_what, change) => {
    expect(PlanUpdateBodySchema.safeParse({ ...body, ...change }).success).toBe(false);
  });
  it('accepts a plan ended and a core group held', () => {
    const core = {
      kind: 'core-group',
      id: 'cg-1',
      childId: MIA.id,
      recordedAt: entry.recordedAt,
      heldOn: '2026-01-06',
    };
    expect(PlanUpdateBodySchema.safeParse({ ...body, entries: [entry, core] }).success).toBe(true);
  });
});

it('refuses a plan update from a minute-taker before anything is made', async () => {
  expect(
    await failureCode(
      mt.services.exchange.send({
        kind: 'plan-update',
        conferenceId: '',
        childId: MIA.id,
        to: [dm.fingerprint],
      }),
    ),
  ).toBe('BAD_INPUT');
});
