// A team of three vaults (minute-taker, chair, Designated Manager): a draft handed over, edited on both sides and
// merged, signed by the chair only, and notified to the Designated Manager, whose list then shows the children.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listServiceFor } from '../../../electron/services/list/for-services';
import type { Conference } from '../../../shared/domain/conference';
import { isPlanOutcome } from '../../../shared/domain/decision';
import { aDocumentConference } from '../../fixtures/documents';
import { failureCode } from '../signoff/support';

import { PASS, introduce, member } from './support';
import type { Member } from './support';

let team: (Member & { cleanup: () => Promise<void> })[];
let mt: Member;
let chair: Member;
let dm: Member;
let conference: Conference;

const stored = (m: Member, id: string) => m.services.conferences.get(id as never);

async function draftAt(m: Member, c: Conference, status = 'awaiting-sign-off'): Promise<void> {
  const prev = m.services.vault.get<{ revision: number }>('conferences', c.id);
  await m.services.vault.put('conferences', c.id, {
    revision: (prev?.revision ?? 0) + 1,
    savedAt: '2026-01-06T09:00:00.000Z',
    status,
    conference: c,
  });
}

const withVenue = (c: Conference, venue: string): Conference => ({ ...c, venue });
const withMinuteTaker = (c: Conference, minuteTaker: string): Conference => ({ ...c, minuteTaker });

beforeEach(async () => {
  team = [await member('minute-taker'), await member('chair'), await member('designated-manager')];
  [mt, chair, dm] = [team[0]!, team[1]!, team[2]!];
  await introduce(team);
  for (const m of [chair]) {
    await m.services.settings.set({
      authorityName: 'Testshire County Council',
      protectiveMarking: 'OFFICIAL-SENSITIVE',
      listManagerTitle: 'Child Protection Designated Manager',
    });
  }
  conference = aDocumentConference();
  await draftAt(mt, conference);
});

afterEach(async () => {
  for (const m of team) {
    await m.cleanup();
  }
});

describe('a draft passes from the minute-taker to the chair and back', () => {
  it('arrives as a new draft, identical to what was sent', async () => {
    const sent = await mt.services.exchange.send({
      kind: 'draft-conference',
      conferenceId: conference.id,
      to: [chair.fingerprint],
      note: 'Ready for you to check',
    });
    const got = await chair.services.exchange.receive(sent.bytes);
    expect(got).toMatchObject({
      applied: 'new-draft',
      note: 'Ready for you to check',
      from: { role: 'minute-taker' },
    });
    expect(stored(chair, conference.id).conference).toEqual(conference);
    expect(stored(chair, conference.id).status).toBe('awaiting-sign-off');
  });

  it('merges the chair’s edit and the minute-taker’s edit to different fields without asking', async () => {
    const sent = await mt.services.exchange.send({
      kind: 'draft-conference',
      conferenceId: conference.id,
      to: [chair.fingerprint],
    });
    await chair.services.exchange.receive(sent.bytes);
    await draftAt(
      chair,
      withVenue(stored(chair, conference.id).conference, 'Room 4, Testshire House'),
    );
    await draftAt(mt, withMinuteTaker(conference, 'Robin Notetaker'));
    const back = await chair.services.exchange.send({
      kind: 'draft-conference',
      conferenceId: conference.id,
      to: [mt.fingerprint],
    });
    const got = await mt.services.exchange.receive(back.bytes);
    expect(got.applied).toBe('update-draft');
    const merged = stored(mt, conference.id).conference;
    expect(merged.venue).toBe('Room 4, Testshire House');
    expect(merged.minuteTaker).toBe('Robin Notetaker');
    expect(got.effect).toMatchObject({
      type: 'update-draft',
      conflicts: [],
      takenFromTheirs: ['venue'],
    });
  });

  it('asks field by field when both sides changed the same field, and applies the choices', async () => {
    const sent = await mt.services.exchange.send({
      kind: 'draft-conference',
      conferenceId: conference.id,
      to: [chair.fingerprint],
    });
    await chair.services.exchange.receive(sent.bytes);
    await draftAt(chair, withVenue(stored(chair, conference.id).conference, 'Chair’s room'));
    await draftAt(mt, withVenue(conference, 'Minute-taker’s room'));
    const back = await chair.services.exchange.send({
      kind: 'draft-conference',
      conferenceId: conference.id,
      to: [mt.fingerprint],
    });
    const got = await mt.services.exchange.receive(back.bytes);
    expect(got.applied).toBe('conflicts');
    const pending = mt.services.exchange.pendingMerge(conference.id)!;
    expect(pending.conflicts.map((c) => c.path)).toEqual(['venue']);
    expect(pending.conflicts[0]).toMatchObject({
      mine: 'Minute-taker’s room',
      theirs: 'Chair’s room',
    });
    expect(stored(mt, conference.id).conference.venue).toBe('Minute-taker’s room');
    await mt.services.exchange.resolveMerge(conference.id, { venue: 'theirs' });
    expect(stored(mt, conference.id).conference.venue).toBe('Chair’s room');
    expect(mt.services.exchange.pendingMerge(conference.id)).toBeNull();
  });
});

describe('only a chair signs off, and the Designated Manager’s list follows', () => {
  it('refuses the minute-taker’s sign-off and changes nothing', async () => {
    expect(
      await failureCode(mt.services.signoff.signOff(conference.id as never, PASS, undefined, [])),
    ).toBe('BLOCKED');
    expect(stored(mt, conference.id).status).toBe('awaiting-sign-off');
  });

  it('the chair signs, notifies the Designated Manager, and the children are on the manager’s list', async () => {
    const sent = await mt.services.exchange.send({
      kind: 'draft-conference',
      conferenceId: conference.id,
      to: [chair.fingerprint],
    });
    await chair.services.exchange.receive(sent.bytes);
    await chair.services.signoff.signOff(
      conference.id,
      PASS,
      undefined,
      chair.services.signoff.documentStems(conference.id),
    );
    expect(listServiceFor(dm.services).query({}).totalActive).toBe(0);
    const notice = await chair.services.exchange.send({
      kind: 'plan-notification',
      conferenceId: conference.id,
      to: [dm.fingerprint],
    });
    const got = await dm.services.exchange.receive(notice.bytes);
    expect(got).toMatchObject({
      applied: 'notification',
      effect: { type: 'notification', version: 1, replaces: null },
    });
    const planChildren = conference.children.filter(
      (c) => c.decision !== undefined && isPlanOutcome(c.decision.outcome),
    );
    const rows = listServiceFor(dm.services)
      .query({})
      .rows.map((r) => r.name)
      .sort();
    expect(rows).toEqual(planChildren.map((c) => c.details.name).sort());
    expect(stored(dm, conference.id).status).toBe('signed');
  });

  it('refuses a plan notification from a minute-taker before anything is made', async () => {
    expect(
      await failureCode(
        mt.services.exchange.send({
          kind: 'plan-notification',
          conferenceId: conference.id,
          to: [dm.fingerprint],
        }),
      ),
    ).toBe('BAD_INPUT');
  });
});
