// Listings meet exchange records that cannot be read and say so, naming them by vault key, instead of dropping them
// (docs/exchange.md, "Records that cannot be read"): the waiting merges, the team directory and the shared folder's
// inbox. Listing writes nothing; acting on such a record is refused. FICTIONAL people only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exchangeIds } from '../../../electron/services/exchange/threads';
import type { Conference } from '../../../shared/domain/conference';
import type { ConferenceId } from '../../../shared/domain/ids';
import { fingerprintId } from '../../../shared/exchange/fingerprint';
import { unreadableSentence } from '../../../shared/exchange/unreadable';
import { aDocumentConference } from '../../fixtures/documents';
import { tempDir } from '../vault/helpers';

import { vaultHash } from './damage';
import { introduce, member } from './support';
import type { Member } from './support';

let team: (Member & { cleanup: () => Promise<void> })[];
let mt: Member;
let chair: Member;
let folder: { dir: string; cleanup: () => Promise<void> };
const MERGE = aDocumentConference({ id: 'conf-listing-merge' as ConferenceId });
const GARBAGE = { addedByNewerApp: true };

async function draftAt(m: Member, c: Conference): Promise<void> {
  const prev = m.services.vault.get<{ revision: number }>('conferences', c.id);
  await m.services.vault.put('conferences', c.id, {
    revision: (prev?.revision ?? 0) + 1,
    savedAt: '2026-01-06T09:00:00.000Z',
    status: 'awaiting-sign-off',
    conference: c,
  });
}
const sendDraft = async (from: Member, to: Member) =>
  (
    await from.services.exchange.send({
      kind: 'draft-conference',
      conferenceId: MERGE.id,
      to: [to.fingerprint],
    })
  ).bytes;

beforeAll(async () => {
  team = [await member('minute-taker'), await member('chair')];
  [mt, chair] = [team[0]!, team[1]!];
  await introduce(team);
  folder = await tempDir();
  // A merge waiting on the minute-taker's side: both changed the venue.
  await draftAt(mt, MERGE);
  await chair.services.exchange.receive(await sendDraft(mt, chair));
  await draftAt(chair, { ...MERGE, venue: 'Chair’s room' });
  await draftAt(mt, { ...MERGE, venue: 'Minute-taker’s room' });
  expect((await mt.services.exchange.receive(await sendDraft(chair, mt))).applied).toBe(
    'conflicts',
  );
}, 60_000);

afterAll(async () => {
  for (const m of team) {
    await m.cleanup();
  }
  await folder.cleanup();
});

describe('the waiting merges', () => {
  it('lists the merges that read and names the one that does not, writing nothing', async () => {
    await mt.services.vault.put('exchange', exchangeIds.merge('conf-other'), GARBAGE);
    const before = await vaultHash(mt);
    const all = mt.services.exchange.pendingMergeViews();
    expect(all.merges.map((m) => m.conferenceId)).toEqual([MERGE.id]);
    expect(all.unreadable).toEqual(['exchange/merge:conf-other']);
    expect(await vaultHash(mt)).toBe(before);
  });

  it('refuses to open or apply the one that does not read', async () => {
    await expect(
      Promise.resolve().then(() => mt.services.exchange.pendingMergeViews('conf-other')),
    ).rejects.toMatchObject({ code: 'CORRUPT', message: /exchange\/merge:conf-other/ });
    const before = await vaultHash(mt);
    await expect(mt.services.exchange.resolveMerge('conf-other', {}, 'mine')).rejects.toMatchObject(
      { code: 'CORRUPT' },
    );
    expect(await vaultHash(mt)).toBe(before);
  });

  it('with none waiting and none unread, says none', async () => {
    await mt.services.vault.remove('exchange', exchangeIds.merge('conf-other'));
    await mt.services.exchange.resolveMerge(MERGE.id, { venue: 'theirs' });
    expect(mt.services.exchange.pendingMergeViews()).toEqual({ merges: [], unreadable: [] });
  });
});

describe('the team directory', () => {
  it('names a card that does not read, and refuses to import the card again over it', async () => {
    const id = fingerprintId(chair.fingerprint);
    const held = mt.services.vault.get('team', id)!;
    await mt.services.vault.put('team', id, { ...(held as object), status: 'trusted' });
    expect(mt.services.exchange.team()).toEqual([]);
    expect(mt.services.exchange.teamUnreadable()).toEqual([`team/${id}`]);
    const before = await vaultHash(mt);
    await expect(
      mt.services.exchange.addCard(chair.services.exchange.card()),
    ).rejects.toMatchObject({ code: 'CORRUPT', message: new RegExp(`team/${id}`) });
    expect(await vaultHash(mt)).toBe(before);
    await mt.services.vault.put('team', id, held);
    expect(mt.services.exchange.teamUnreadable()).toEqual([]);
    expect(mt.services.exchange.team().map((m) => m.fingerprint)).toEqual([id]);
  });
});

describe('the shared folder’s inbox', () => {
  it('says which receipt or sent record does not read, instead of calling the bundle new', async () => {
    await mt.services.exchange.setFolder(folder.dir);
    await chair.services.exchange.setFolder(folder.dir);
    await draftAt(mt, { ...MERGE, venue: 'Room 7' });
    const sent = await mt.services.exchange.sendToFolder({
      kind: 'draft-conference',
      conferenceId: MERGE.id,
      to: [chair.fingerprint],
    });
    await chair.services.exchange.receiveFromFolder(sent.fileName);
    const entry = async (m: Member) =>
      (await m.services.exchange.inboxEntries()).find((e) => e.fileName === sent.fileName);
    expect(await entry(chair)).toMatchObject({ state: 'received' });
    expect(await entry(mt)).toMatchObject({ state: 'sent-by-you' });
    for (const [m, id] of [
      [chair, exchangeIds.received(sent.id)],
      [mt, exchangeIds.sent(sent.id)],
    ] as const) {
      const held = m.services.vault.get('exchange', id)!;
      await m.services.vault.put('exchange', id, { ...(held as object), kind: 'a-later-kind' });
      const before = await vaultHash(m);
      const e = await entry(m);
      expect(e).toMatchObject({ state: 'refused' });
      expect(e && 'why' in e ? e.why : '').toContain(`exchange/${id}`);
      expect(await vaultHash(m)).toBe(before);
      await m.services.vault.put('exchange', id, held);
    }
  });
});

describe('the sentence a listing shows', () => {
  it.each([
    [[], 'merge', ''],
    [
      ['exchange/merge:c1'],
      'merge',
      '1 waiting merge in this vault could not be read, so it is not shown (exchange/merge:c1).',
    ],
    [
      ['team/a', 'team/b'],
      'card',
      '2 cards in your team directory could not be read, so they are not shown (team/a, team/b).',
    ],
    [
      ['m:1', 'm:2', 'm:3', 'm:4', 'm:5'],
      'merge',
      '5 waiting merges in this vault could not be read, so they are not shown (m:1, m:2, m:3 and 2 more).',
    ],
  ] as const)('%j (%s)', (keys, what, start) => {
    const s = unreadableSentence(keys, what);
    expect(s.startsWith(start)).toBe(true);
    expect(s === '' || s.includes('Restore the newest backup that reads')).toBe(true);
  });
});
