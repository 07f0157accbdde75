// The table for damaged-records.test.ts: each exchange operation, how to get a vault to the point where it runs,
// the records it reads (docs/exchange.md, "Records that cannot be read") and what it does when they read. The
// operations run in order over one team: each one's undamaged run is the state the next one starts from.
// FICTIONAL people only.
import { expect } from 'vitest';

import { listServiceFor } from '../../../electron/services/list/for-services';
import { exchangeIds } from '../../../electron/services/exchange/threads';
import type { Conference } from '../../../shared/domain/conference';
import type { ConferenceId } from '../../../shared/domain/ids';
import type { BundleKind } from '../../../shared/exchange/roles';
import { aDocumentConference } from '../../fixtures/documents';
import { fakeClock } from '../vault/helpers';

import { cardOf, conferenceOf, exchangeRecord, thread } from './damage';
import type { Target } from './damage';
import { PASS, TEAM_TIME } from './support';
import type { Member } from './support';

let mt: Member;
let chair: Member;
let dm: Member;
/** The Designated Manager's clock: a newer list is made a few minutes later. */
export const dmClock = fakeClock(TEAM_TIME);

/** The team the operations run over (set once, before the first). */
export function useTeam(team: { mt: Member; chair: Member; dm: Member }): void {
  ({ mt, chair, dm } = team);
}
const DRAFT = aDocumentConference({ id: 'conf-damage-draft' as ConferenceId });
const MERGE = aDocumentConference({ id: 'conf-damage-merge' as ConferenceId });
const PLAN = aDocumentConference();
const MIA = PLAN.children[0]!.details;
/** Every name in the fixtures: a refusal must name records by key, never by what they hold. */
export const NAMES = PLAN.children.map((c) => c.details.name);
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

const endedEntry = () =>
  Object.entries(chair.services.vault.list('planList')).find(
    ([, v]) => (v as { childId?: string }).childId === MIA.id,
  )!;

export type Op = {
  name: string;
  prepare?: () => Promise<void>;
  run: () => Promise<unknown>;
  reads: Record<string, Target>;
  undamaged: (run: () => Promise<unknown>) => Promise<void>;
};

export const OPS: Op[] = [
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
