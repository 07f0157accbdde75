// Exchange records that cannot be read are never taken for absent (docs/exchange.md, "Records that cannot be
// read"). A table: every operation that reads an exchange record × every record it reads × each kind of damage.
// Each damaged case refuses with CORRUPT, names the record by its vault key (no personal data), says what to do,
// and leaves the vault file byte for byte as it was; with the record undamaged the operation does what it always
// did. Records the operation normally finds absent (a first notification, a new thread) are damaged from a copy
// that reads: present-but-unreadable must not pass for absent. FICTIONAL people only.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listServiceFor } from '../../../electron/services/list/for-services';
import { exchangeIds, threadOf } from '../../../electron/services/exchange/threads';
import { ThreadSchema } from '../../../electron/services/exchange/threads';
import type { Conference } from '../../../shared/domain/conference';
import type { ConferenceId } from '../../../shared/domain/ids';
import { fingerprintId } from '../../../shared/exchange/fingerprint';
import type { BundleKind } from '../../../shared/exchange/roles';
import { aDocumentConference } from '../../fixtures/documents';
import { fakeClock } from '../vault/helpers';

import { DAMAGES, vaultHash, withDamage } from './damage';
import type { Damage, Target } from './damage';
import { PASS, TEAM_TIME, introduce, member } from './support';
import type { Member } from './support';

let team: (Member & { cleanup: () => Promise<void> })[];
let mt: Member;
let chair: Member;
let dm: Member;
const dmClock = fakeClock(TEAM_TIME);
const DRAFT = aDocumentConference({ id: 'conf-damage-draft' as ConferenceId });
const MERGE = aDocumentConference({ id: 'conf-damage-merge' as ConferenceId });
const PLAN = aDocumentConference();
const MIA = PLAN.children[0]!.details;
/** Every name in the fixtures: a refusal must name records by key, never by what they hold. */
const NAMES = PLAN.children.map((c) => c.details.name);
/** Bundles made along the way, by name. */
const b: Record<string, Uint8Array> = {};

async function draftAt(m: Member, c: Conference, status = 'awaiting-sign-off'): Promise<void> {
  const prev = m.services.vault.get<{ revision: number }>('conferences', c.id);
  await m.services.vault.put('conferences', c.id, {
    revision: (prev?.revision ?? 0) + 1,
    savedAt: '2026-01-06T09:00:00.000Z',
    status,
    conference: c,
  });
}
const send = async (
  from: Member,
  kind: BundleKind,
  to: Member,
  conferenceId = '',
  childId?: string,
) =>
  (
    await from.services.exchange.send({
      kind,
      conferenceId,
      to: [to.fingerprint],
      ...(childId ? { childId } : {}),
    })
  ).bytes;
const venue = (m: Member, c: Conference, v: string) =>
  draftAt(m, { ...m.services.conferences.get(c.id).conference, venue: v });

// The records, by holder.
const thread = (
  holder: Member | (() => Member),
  kind: BundleKind,
  key: string,
  people: () => Member[],
): Target => ({
  holder: '',
  vault: typeof holder === 'function' ? holder : () => holder,
  collection: 'exchange',
  id: () =>
    exchangeIds.thread(
      threadOf(
        kind,
        key,
        people().map((p) => p.fingerprint),
      ),
    ),
  template: () => ({ thread: 'x', sequence: 1, head: '0'.repeat(64) }),
  field: 'sequence',
});
const conferenceOf = (v: () => Member, c: Conference, template = false): Target => ({
  holder: '',
  vault: v,
  collection: 'conferences',
  id: () => c.id,
  ...(template
    ? {
        template: () => ({
          revision: 0,
          savedAt: '2026-01-06T09:00:00.000Z',
          status: 'signed',
          conference: c,
        }),
      }
    : {}),
  field: 'status',
});
const cardOf = (v: () => Member, whose: () => Member): Target => ({
  holder: '',
  vault: v,
  collection: 'team',
  id: () => fingerprintId(whose().fingerprint),
  field: 'status',
});
const exchangeRecord = (
  v: () => Member,
  id: () => string,
  field: string,
  template?: () => Record<string, never>,
): Target => ({
  holder: '',
  vault: v,
  collection: 'exchange',
  id,
  field,
  ...(template ? { template } : {}),
});
const endedEntry = () =>
  Object.entries(chair.services.vault.list('planList')).find(
    ([, v]) => (v as { childId?: string }).childId === MIA.id,
  )!;

type Op = {
  name: string;
  prepare?: () => Promise<void>;
  run: () => Promise<unknown>;
  reads: Record<string, Target>;
  undamaged: (run: () => Promise<unknown>) => Promise<void>;
};

const OPS: Op[] = [
  {
    name: 'the chair receives the next draft of a conversation',
    prepare: async () => {
      await draftAt(mt, DRAFT);
      b.a1 = await send(mt, 'draft-conference', chair, DRAFT.id);
      await chair.services.exchange.receive(b.a1);
      b.a2 = await send(mt, 'draft-conference', chair, DRAFT.id);
    },
    run: () => chair.services.exchange.receive(b.a2!),
    reads: {
      'its thread': thread(
        () => chair,
        'draft-conference',
        DRAFT.id,
        () => [mt, chair],
      ),
      'the conference': conferenceOf(() => chair, DRAFT),
      'the sender’s card': cardOf(
        () => chair,
        () => mt,
      ),
    },
    undamaged: async (run) => expect(await run()).toMatchObject({ applied: 'update-draft' }),
  },
  {
    name: 'the minute-taker sends the next draft of a conversation',
    run: () => send(mt, 'draft-conference', chair, DRAFT.id),
    reads: {
      'its thread': thread(
        () => mt,
        'draft-conference',
        DRAFT.id,
        () => [mt, chair],
      ),
      'the conference': conferenceOf(() => mt, DRAFT),
      'the recipient’s card': cardOf(
        () => mt,
        () => chair,
      ),
    },
    undamaged: async (run) => expect((await run()) as Uint8Array).toBeInstanceOf(Uint8Array),
  },
  {
    name: 'the chair receives a bundle already received',
    run: () => chair.services.exchange.receive(b.a1!),
    reads: {
      'its receipt': exchangeRecord(
        () => chair,
        () =>
          Object.keys(chair.services.vault.list('exchange')).find((k) =>
            k.startsWith('received:'),
          )!,
        'receivedAt',
      ),
    },
    undamaged: async (run) => {
      await expect(run()).rejects.toMatchObject({ code: 'BAD_INPUT', message: /received before/ });
    },
  },
  {
    name: 'the minute-taker opens the merge waiting for a conference',
    prepare: async () => {
      await draftAt(mt, MERGE);
      await chair.services.exchange.receive(await send(mt, 'draft-conference', chair, MERGE.id));
      await venue(chair, MERGE, 'Chair’s room');
      await venue(mt, MERGE, 'Minute-taker’s room');
      const back = await send(chair, 'draft-conference', mt, MERGE.id);
      expect((await mt.services.exchange.receive(back)).applied).toBe('conflicts');
      await venue(chair, MERGE, 'Chair’s second room');
      b.back2 = await send(chair, 'draft-conference', mt, MERGE.id);
    },
    run: () => Promise.resolve().then(() => mt.services.exchange.pendingMergeViews(MERGE.id)),
    reads: {
      'the merge': exchangeRecord(
        () => mt,
        () => exchangeIds.merge(MERGE.id),
        'theirs',
      ),
      'the conference': conferenceOf(() => mt, MERGE),
    },
    undamaged: async (run) =>
      expect(await run()).toMatchObject({
        merges: [{ conflicts: [{ path: 'venue' }] }],
        unreadable: [],
      }),
  },
  {
    name: 'the minute-taker receives another returned draft while a merge waits',
    run: () => mt.services.exchange.receive(b.back2!),
    reads: {
      'the merge waiting': exchangeRecord(
        () => mt,
        () => exchangeIds.merge(MERGE.id),
        'bundleId',
      ),
      'its thread': thread(
        () => mt,
        'draft-conference',
        MERGE.id,
        () => [mt, chair],
      ),
      'the conference': conferenceOf(() => mt, MERGE),
      'the sender’s card': cardOf(
        () => mt,
        () => chair,
      ),
    },
    undamaged: async (run) => expect(await run()).toMatchObject({ applied: 'conflicts' }),
  },
  {
    name: 'the minute-taker applies the merge',
    run: () => mt.services.exchange.resolveMerge(MERGE.id, { venue: 'theirs' }),
    reads: {
      'the merge': exchangeRecord(
        () => mt,
        () => exchangeIds.merge(MERGE.id),
        'fromName',
      ),
      'the conference': conferenceOf(() => mt, MERGE),
    },
    undamaged: async (run) => expect(await run()).toMatchObject({ venue: 'Chair’s second room' }),
  },
  {
    name: 'the Designated Manager receives a first plan notification',
    prepare: async () => {
      await draftAt(chair, PLAN);
      await chair.services.signoff.signOff(
        PLAN.id,
        PASS,
        undefined,
        chair.services.signoff.documentStems(PLAN.id),
      );
      b.notice = await send(chair, 'plan-notification', dm, PLAN.id);
    },
    run: () => dm.services.exchange.receive(b.notice!),
    reads: {
      'an earlier notification': exchangeRecord(
        () => dm,
        () => exchangeIds.notified(PLAN.id),
        'version',
        () =>
          ({
            conferenceId: PLAN.id,
            version: 1,
            from: chair.fingerprint,
            fromName: 'Cass Exampleton',
            contentSha256: '0'.repeat(64),
            documentIds: [],
            receivedAt: '2026-01-06T09:00:00.000Z',
          }) as never,
      ),
      'a conference with its id': conferenceOf(() => dm, PLAN, true),
      'its thread': thread(
        () => dm,
        'plan-notification',
        PLAN.id,
        () => [chair, dm],
      ),
      'the sender’s card': cardOf(
        () => dm,
        () => chair,
      ),
    },
    undamaged: async (run) => expect(await run()).toMatchObject({ applied: 'notification' }),
  },
  {
    name: 'the chair sends a plan update',
    prepare: async () => {
      await listServiceFor(chair.services).endPlan(
        MIA.id,
        '2026-01-06',
        'moved-to-another-authority',
        'Moved.',
      );
    },
    run: () => send(chair, 'plan-update', dm, '', MIA.id),
    reads: {
      'the list record about the child': {
        holder: '',
        vault: () => chair,
        collection: 'planList',
        id: () => endedEntry()[0],
        field: 'childId',
      },
      'the signed conference': conferenceOf(() => chair, PLAN),
      'the recipient’s card': cardOf(
        () => chair,
        () => dm,
      ),
    },
    undamaged: async (run) => {
      b.update = (await run()) as Uint8Array;
    },
  },
  {
    name: 'the Designated Manager receives a plan update',
    run: () => dm.services.exchange.receive(b.update!),
    reads: {
      'the notified conference': conferenceOf(() => dm, PLAN),
      'the same list record held': {
        holder: '',
        vault: () => dm,
        collection: 'planList',
        id: () => endedEntry()[0],
        template: () => endedEntry()[1] as never,
        field: 'endedOn',
      },
      'its thread': thread(
        () => dm,
        'plan-update',
        MIA.id,
        () => [chair, dm],
      ),
      'the sender’s card': cardOf(
        () => dm,
        () => chair,
      ),
    },
    undamaged: async (run) => expect(await run()).toMatchObject({ applied: 'plan-update' }),
  },
  {
    name: 'the chair pre-checks a child against the list held',
    prepare: async () => {
      await dm.services.exchange.setListSharing(true);
      await chair.services.exchange.receive(await send(dm, 'list-snapshot', chair));
      dmClock.advance(5 * 60_000); // newer, and within the ten minutes a bundle may be ahead
      b.list2 = await send(dm, 'list-snapshot', chair);
    },
    run: () =>
      Promise.resolve().then(() => chair.services.exchange.precheck({ name: 'Noah Example' })),
    reads: {
      'the list held': exchangeRecord(
        () => chair,
        () => 'list-snapshot',
        'body',
      ),
    },
    undamaged: async (run) => expect(await run()).toMatchObject({ fromName: 'Dana Fictional' }),
  },
  {
    name: 'the chair receives a newer list',
    run: () => chair.services.exchange.receive(b.list2!),
    reads: {
      'the list held': exchangeRecord(
        () => chair,
        () => 'list-snapshot',
        'fromName',
      ),
      'its thread': thread(
        () => chair,
        'list-snapshot',
        'list',
        () => [dm, chair],
      ),
      'the sender’s card': cardOf(
        () => chair,
        () => dm,
      ),
    },
    undamaged: async (run) => expect(await run()).toMatchObject({ applied: 'list-snapshot' }),
  },
];

/** Runs the operation on a damaged record: CORRUPT, the record named by key, what to do, nothing written. */
async function expectRefused(op: Op, t: Target, damage: Damage): Promise<void> {
  const key = `${t.collection}/${t.id()}`;
  await withDamage(t, damage, async () => {
    const before = await vaultHash(t.vault());
    const error = await op.run().then(
      () => null,
      (e: unknown) => e as { code?: string; message?: string },
    );
    expect(error, `${op.name} went ahead over ${key}`).not.toBeNull();
    expect(error!.code).toBe('CORRUPT');
    expect(error!.message).toContain(key);
    expect(error!.message).toContain('Nothing was changed');
    expect(error!.message).toContain('Restore the newest backup that reads');
    for (const name of NAMES) {
      expect(error!.message).not.toContain(name);
    }
    expect(await vaultHash(t.vault())).toBe(before);
  });
}

beforeAll(async () => {
  team = [
    await member('minute-taker'),
    await member('chair'),
    await member('designated-manager', dmClock),
  ];
  [mt, chair, dm] = [team[0]!, team[1]!, team[2]!];
  await introduce(team);
}, 60_000);

afterAll(async () => {
  for (const m of team) {
    await m.cleanup();
  }
});

for (const op of OPS) {
  describe(op.name, () => {
    beforeAll(async () => op.prepare?.(), 120_000);
    for (const [what, t] of Object.entries(op.reads)) {
      it.each(Object.keys(DAMAGES) as Damage[])(
        `refuses when ${what} has %s, and writes nothing`,
        (damage) => expectRefused(op, t, damage),
      );
    }
    if (op === OPS[0]) {
      it('refuses whatever unreadable value the thread record holds (property)', async () => {
        const t = op.reads['its thread']!;
        await fc.assert(
          fc.asyncProperty(
            fc.jsonValue({ maxDepth: 3 }).filter((v) => !ThreadSchema.safeParse(v).success),
            async (v) => {
              const vault = chair.services.vault;
              const id = t.id();
              const held = vault.get('exchange', id)!;
              await vault.put('exchange', id, v as never);
              try {
                const before = await vaultHash(chair);
                await expect(op.run()).rejects.toMatchObject({ code: 'CORRUPT' });
                expect(await vaultHash(chair)).toBe(before);
              } finally {
                await vault.put('exchange', id, held);
              }
            },
          ),
          { numRuns: 25 },
        );
      }, 120_000);
    }
    it('does what it always did when the records read', () => op.undamaged(op.run), 60_000);
  });
}
