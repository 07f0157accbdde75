// The Designated Manager's list for chairs' pre-checks (docs/exchange.md): sent only when the authority shares it,
// only to chairs; the chair keeps the newest and checks a child against it with the list's matching, always told
// the list's age. A list no newer than the one held is refused with the vault unchanged. FICTIONAL children only.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { snapshotAge } from '../../../shared/exchange/list-snapshot';
import { ANSWER_CLASS } from '../../../shared/list/disclosure';
import { aDocumentConference } from '../../fixtures/documents';
import { fakeClock } from '../vault/helpers';
import { failureCode } from '../signoff/support';

import { TEAM_TIME, introduce, member } from './support';
import type { Member } from './support';

let team: (Member & { cleanup: () => Promise<void> })[];
let mt: Member;
let chair: Member;
let dm: Member;
const chairClock = fakeClock(TEAM_TIME);
const DAY = 86_400_000;

const send = (to: Member) =>
  dm.services.exchange.send({ kind: 'list-snapshot', conferenceId: '', to: [to.fingerprint] });

beforeAll(async () => {
  team = [
    await member('minute-taker'),
    await member('chair', chairClock),
    await member('designated-manager'),
  ];
  [mt, chair, dm] = [team[0]!, team[1]!, team[2]!];
  await introduce(team);
  const c = aDocumentConference();
  await dm.services.vault.put('conferences', c.id, {
    revision: 1,
    savedAt: '2026-01-06T09:00:00.000Z',
    status: 'signed',
    conference: c,
  });
}, 60_000);

afterAll(async () => {
  for (const m of team) {
    await m.cleanup();
  }
});

describe('sending the list', () => {
  it('is refused until the authority shares it, and only the manager may turn sharing on', async () => {
    expect(await failureCode(send(chair))).toBe('BLOCKED');
    expect(await failureCode(chair.services.exchange.setListSharing(true))).toBe('BLOCKED');
    await dm.services.exchange.setListSharing(true);
    expect(dm.services.exchange.listSharing()).toBe(true);
  });

  it('goes to chairs only', async () => {
    expect(await failureCode(send(mt))).toBe('BAD_INPUT');
  });

  it('a chair has nothing to pre-check against before a list arrives', () => {
    expect(() => chair.services.exchange.precheck({ name: 'Mia Example' })).toThrow(
      /No list from the Designated Manager/,
    );
  });
});

describe('a chair pre-checks against the list received', () => {
  it('receives the list and answers with its age', async () => {
    const sent = await send(chair);
    const got = await chair.services.exchange.receive(sent.bytes);
    expect(got).toMatchObject({
      applied: 'list-snapshot',
      effect: { type: 'list-snapshot', children: 2 },
    });
    const r = chair.services.exchange.precheck({ name: 'Mia Example', dateOfBirth: '2021-03-14' });
    expect(ANSWER_CLASS[r.answer.code]).toBe('Subject to a child protection plan');
    expect(r.age).toBe('list as of 6 January 2026 (today)');
    expect(r.fromName).toBe('Dana Fictional');
    expect(r.matches[0]).toMatchObject({ name: 'Mia Example', strength: 'strong' });
    chairClock.advance(3 * DAY);
    expect(chair.services.exchange.precheck({ name: 'Noah Example' }).age).toBe(
      'list as of 6 January 2026 (3 days old)',
    );
  });

  it.each([
    [{ name: 'Mia Exmple' }, 'Cannot confirm from these details'],
    [{ name: 'Reuben Fauxton', dateOfBirth: '2010-10-10' }, 'No child subject to a plan matches'],
    [{ name: 'Ava Example', dateOfBirth: '2024-01-01' }, 'No child subject to a plan matches'],
  ])('%j → %s', (criteria, answer) => {
    expect(ANSWER_CLASS[chair.services.exchange.precheck(criteria).answer.code]).toBe(answer);
  });

  it('refuses a list no newer than the one held, with the vault unchanged', async () => {
    const again = await send(chair); // same manager clock: the same "as of"
    const before = await readFile(join(chair.dir, 'vault.icpc'));
    await expect(chair.services.exchange.receive(again.bytes)).rejects.toThrow(
      /not newer than the one you already hold/,
    );
    expect((await readFile(join(chair.dir, 'vault.icpc'))).equals(before)).toBe(true);
  });
});

describe('snapshotAge', () => {
  it.each([
    ['2026-12-03T09:00:00.000Z', '2026-12-03', 'list as of 3 December 2026 (today)'],
    ['2026-12-03T09:00:00.000Z', '2026-12-04', 'list as of 3 December 2026 (1 day old)'],
    ['2026-12-03T09:00:00.000Z', '2026-12-15', 'list as of 3 December 2026 (12 days old)'],
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    ['2026-06-30T23:30:00.000Z', '2026-07-01', 'list as of 1 July 2026 (today)'],
  ])('%s seen on %s: %s', (asOf, today, text) => {
    expect(snapshotAge(asOf, today)).toBe(text);
  });
});

describe('a manager’s vault with a record that cannot be read', () => {
  it('refuses to send the list, so no chair checks against a list with children missing', async () => {
    await dm.services.vault.put('conferences', 'c-unreadable', { revision: 1, status: 'signed' });
    const sent = send(chair);
    expect(await failureCode(sent)).toBe('BLOCKED');
    await expect(send(chair)).rejects.toThrow(
      /The list was not sent to chairs: 1 record in this vault could not be read/,
    );
  });
});
