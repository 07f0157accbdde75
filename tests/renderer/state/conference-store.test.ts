// The conference store without a browser: invoke is replaced by a fake main that acknowledges, fails or
// conflicts on demand. Rule source: docs/architecture.md §3.5 (one sender, in order, "Saved" only after main acknowledges).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Edit } from '../../../shared/domain/edits';
import type { ConferenceId } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/ipc/result';
import { aConference } from '../../fixtures/conference';

type Call = { channel: string; input: Record<string, unknown> };
const calls: Call[] = [];
let respond: (call: Call) => Result<unknown> = () => ({
  ok: false,
  error: { code: 'INTERNAL', message: 'unset' },
});

vi.mock('../../../renderer/src/api/client', () => ({
  invoke: (channel: string, input: Record<string, unknown>) => {
    const call = { channel, input };
    calls.push(call);
    return Promise.resolve(respond(call));
  },
}));

const { TEXT_DEBOUNCE_MS, useConference } =
  await import('../../../renderer/src/state/conference-store');

const ID = 'conf-1' as ConferenceId;
let revision = 0;
const at = '2026-01-05T10:00:00.000Z';

/** A fake main: get returns the fixture; applyEdit checks the base revision and acknowledges. */
function healthyMain(call: Call): Result<unknown> {
  switch (call.channel) {
    case 'conference.get':
      return {
        ok: true,
        value: { conference: aConference(), revision, status: 'draft', savedAt: at },
      };
    case 'conference.applyEdit':
      if (call.input.baseRevision !== revision) {
        return { ok: false, error: { code: 'CONFLICT', message: 'Changed elsewhere.' } };
      }
      revision += 1;
      return { ok: true, value: { revision, savedAt: at } };
    case 'conference.setStatus':
      revision += 1;
      return { ok: true, value: { status: call.input.status, revision, savedAt: at } };
    default:
      return { ok: false, error: { code: 'BAD_INPUT', message: 'Unknown request.' } };
  }
}

const edits = () =>
  calls.filter((c) => c.channel === 'conference.applyEdit').map((c) => c.input.edit as Edit);

beforeEach(async () => {
  vi.useFakeTimers();
  calls.length = 0;
  revision = 0;
  respond = healthyMain;
  useConference.setState({ id: null, conference: null, queue: [], save: { kind: 'idle' } });
  await useConference.getState().load(ID);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('conference store', () => {
  it('loads a conference and shows it as saved', () => {
    const s = useConference.getState();
    expect(s.conference?.venue).toBe(aConference().venue);
    expect(s.save).toEqual({ kind: 'saved', at });
  });

  it('applies an edit at once and shows Saved only after main acknowledges it', async () => {
    const s = useConference.getState();
    expect(s.apply({ type: 'set', path: ['venue'], value: 'Room 9' })).toBeNull();
    expect(useConference.getState().conference?.venue).toBe('Room 9');
    expect(useConference.getState().save.kind).toBe('saving');
    await vi.waitFor(() => expect(useConference.getState().save.kind).toBe('saved'));
    expect(useConference.getState().revision).toBe(1);
  });

  it('refuses an edit that does not fit the record and sends nothing', () => {
    const error = useConference
      .getState()
      .apply({ type: 'set', path: ['nope', 'deeper'], value: 1 });
    expect(error?.code).toBe('BAD_INPUT');
    expect(edits()).toEqual([]);
  });

  it('sends typing as one edit once typing pauses, and at once on flush', async () => {
    const { setText } = useConference.getState();
    setText(['venue'], 'R');
    setText(['venue'], 'Ro');
    setText(['venue'], 'Room');
    expect(edits()).toEqual([]);
    await vi.advanceTimersByTimeAsync(TEXT_DEBOUNCE_MS + 1);
    expect(edits()).toEqual([{ type: 'set', path: ['venue'], value: 'Room' }]);
    setText(['minuteTaker'], 'Ben');
    useConference.getState().flush();
    await vi.waitFor(() => expect(edits()).toHaveLength(2));
  });

  it('sends edits one at a time, in order, each on the last acknowledged revision', async () => {
    const { apply } = useConference.getState();
    apply({ type: 'set', path: ['venue'], value: 'A' });
    apply({ type: 'set', path: ['venue'], value: 'B' });
    apply({ type: 'set', path: ['minuteTaker'], value: 'C' });
    await vi.waitFor(() => expect(useConference.getState().save.kind).toBe('saved'));
    const sent = calls.filter((c) => c.channel === 'conference.applyEdit');
    expect(sent.map((c) => c.input.baseRevision)).toEqual([0, 1, 2]);
    expect(edits().map((e) => (e.type === 'set' ? e.value : null))).toEqual(['A', 'B', 'C']);
  });

  it('keeps a failed edit on screen and in the queue, then sends it again', async () => {
    let failures = 1;
    respond = (call) => {
      if (call.channel === 'conference.applyEdit' && failures > 0) {
        failures -= 1;
        return { ok: false, error: { code: 'IO', message: 'The disk is busy.' } };
      }
      return healthyMain(call);
    };
    useConference.getState().apply({ type: 'set', path: ['venue'], value: 'Kept' });
    await vi.waitFor(() => expect(useConference.getState().save.kind).toBe('failed'));
    expect(useConference.getState().save).toMatchObject({ retrying: true });
    expect(useConference.getState().queue).toHaveLength(1);
    expect(useConference.getState().conference?.venue).toBe('Kept');
    await vi.advanceTimersByTimeAsync(2_100);
    await vi.waitFor(() => expect(useConference.getState().save.kind).toBe('saved'));
    expect(useConference.getState().queue).toHaveLength(0);
  });

  it('stops retrying on a conflict and says to reload, keeping the text on screen', async () => {
    revision = 5; // main has moved on since the load
    useConference.getState().apply({ type: 'set', path: ['venue'], value: 'Mine' });
    await vi.waitFor(() => expect(useConference.getState().save.kind).toBe('failed'));
    expect(useConference.getState().save).toMatchObject({
      retrying: false,
      error: { code: 'CONFLICT' },
    });
    expect(useConference.getState().conference?.venue).toBe('Mine');
    expect(await useConference.getState().whenSaved()).toBe(false);
  });

  it('sets the status only after every edit is saved, on the revision main acknowledged', async () => {
    useConference.getState().setText(['venue'], 'Room 3');
    const error = await useConference.getState().setStatus('in-conference');
    expect(error).toBeNull();
    const order = calls.map((c) => c.channel).filter((c) => c !== 'conference.get');
    expect(order).toEqual(['conference.applyEdit', 'conference.setStatus']);
    expect(calls.at(-1)?.input).toMatchObject({ expectedRevision: 1, status: 'in-conference' });
    expect(useConference.getState()).toMatchObject({ status: 'in-conference', revision: 2 });
  });

  it('does not change the status while an edit cannot be saved', async () => {
    respond = (call) =>
      call.channel === 'conference.applyEdit'
        ? { ok: false, error: { code: 'BAD_INPUT', message: 'No.' } }
        : healthyMain(call);
    useConference.getState().apply({ type: 'set', path: ['venue'], value: 'X' });
    const error = await useConference.getState().setStatus('in-conference');
    expect(error?.message).toMatch(/not saved/);
    expect(calls.some((c) => c.channel === 'conference.setStatus')).toBe(false);
    expect(useConference.getState().status).toBe('draft');
  });
});
