// conference.setStatus through the real handlers and vault: the allowed moves, the refused ones, revisions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setLiveStatus } from '../../../electron/services/conferences/conference-status';
import type { ConferenceId } from '../../../shared/domain/ids';
import { AppFailure } from '../../../shared/ipc/result';

import { conferenceHarness } from './support';
import type { ConferenceHarness } from './support';

let h: ConferenceHarness;
beforeEach(async () => (h = await conferenceHarness()));
afterEach(() => h.cleanup());

async function created(): Promise<ConferenceId> {
  return (await h.service.create({ type: 'initial', date: '2026-01-05' })).id;
}

const failure = async (p: Promise<unknown>): Promise<AppFailure> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppFailure) {
      return e;
    }
    throw e;
  }
  throw new Error('expected a failure');
};

describe('live-mode status moves', () => {
  it('starts a draft, marks it awaiting sign-off and back, bumping the revision each time', async () => {
    const id = await created();
    const started = await setLiveStatus(h.service, id, 0, 'in-conference');
    expect(started).toMatchObject({ status: 'in-conference', revision: 1 });
    expect(h.service.get(id).status).toBe('in-conference');
    expect(h.service.list()[0]?.status).toBe('in-conference');

    const ready = await setLiveStatus(h.service, id, 1, 'awaiting-sign-off');
    expect(ready).toMatchObject({ status: 'awaiting-sign-off', revision: 2 });
    const back = await setLiveStatus(h.service, id, 2, 'in-conference');
    expect(back).toMatchObject({ status: 'in-conference', revision: 3 });
  });

  it('changes nothing when the status is already the one asked for', async () => {
    const id = await created();
    await setLiveStatus(h.service, id, 0, 'in-conference');
    const again = await setLiveStatus(h.service, id, 1, 'in-conference');
    expect(again).toMatchObject({ status: 'in-conference', revision: 1 });
    expect(h.service.get(id).revision).toBe(1);
  });

  it('refuses to mark a draft ready for sign-off before the conference starts', async () => {
    const id = await created();
    const e = await failure(setLiveStatus(h.service, id, 0, 'awaiting-sign-off'));
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toMatch(/Start the conference/);
    expect(h.service.get(id).status).toBe('draft');
  });

  it('refuses a move based on an old revision, so an edit made meanwhile is not lost', async () => {
    const id = await created();
    await h.service.applyEdit(id, 0, { type: 'set', path: ['venue'], value: 'Room 2' });
    const e = await failure(setLiveStatus(h.service, id, 0, 'in-conference'));
    expect(e.code).toBe('CONFLICT');
    expect(h.service.get(id)).toMatchObject({ status: 'draft', revision: 1 });
    expect(h.service.get(id).conference.venue).toBe('Room 2');
  });

  it('never moves a signed record', async () => {
    const id = await created();
    await h.service.setSignOffStatus(id, 0, 'signed');
    const e = await failure(setLiveStatus(h.service, id, 1, 'in-conference'));
    expect(e.code).toBe('SIGNED_LOCKED');
    expect(h.service.get(id).status).toBe('signed');
  });

  it('is refused for a conference that is not in the vault', async () => {
    const e = await failure(setLiveStatus(h.service, 'nope' as ConferenceId, 0, 'in-conference'));
    expect(e.code).toBe('NOT_FOUND');
  });
});
