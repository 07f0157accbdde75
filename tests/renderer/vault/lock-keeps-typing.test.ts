// Nothing typed is lost across an idle lock: the renderer's conference store talks to the real services (through
// dispatch, as both shells do), the text is typed and its debounce never gets to run, the lock warning sends it,
// the idle lock follows, and after unlocking the text is in the vault. Without the warning's flush it would be lost
// (the control case). Rule source: docs/architecture.md §4; docs/vault.md; docs/reliability.md §3.2 K7.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createServices } from '../../../electron/services/create-services';
import type { Services } from '../../../electron/services/create-services';
import { createHandlers } from '../../../electron/services/handlers';
import type { ConferenceId } from '../../../shared/domain/ids';
import { dispatch } from '../../../shared/ipc/dispatch';
import { eventContract } from '../../../shared/ipc/events';
import type { EventPayload } from '../../../shared/ipc/events';

import { recordingLogger } from '../../support/test-services';
import { PASS, fakeClock, steppingTimers, tempDir, testVault } from '../../services/vault/helpers';

let services: Services;
vi.mock('../../../renderer/src/api/client', () => ({
  invoke: (channel: string, input: unknown) =>
    dispatch(channel, input, createHandlers(services), { error: () => undefined }),
}));

const { useConference } = await import('../../../renderer/src/state/conference-store');
const { onLockWarning } = await import('../../../renderer/src/screens/vault/lock-warning-state');

const MIN = 60_000;
let cleanup: () => Promise<void>;
let timers: ReturnType<typeof steppingTimers>;
let warnings: EventPayload<'app.lockWarning'>[];
let flushOnWarning: boolean;

beforeEach(async () => {
  // The renderer's own timers (the 400 ms debounce) are frozen: the lock must come "before the debounce".
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const dir = await tempDir();
  timers = steppingTimers();
  warnings = [];
  flushOnWarning = true;
  services = createServices({
    dataDir: dir.dir,
    shell: 'test',
    clock: fakeClock(),
    logger: recordingLogger(),
    // Main → renderer: each warning goes to the renderer's handler, as LockWarning.tsx does.
    emit: (event, payload) => {
      if (event === 'app.lockWarning') {
        const w = eventContract['app.lockWarning'].parse(payload);
        warnings.push(w);
        onLockWarning(w, 0, () => (flushOnWarning ? useConference.getState().flush() : undefined));
      }
    },
    vault: (emit) => testVault(dir.dir, { emit, timers }),
  });
  cleanup = async () => {
    await services.close();
    await dir.cleanup();
  };
  await services.vault.create(PASS);
  const { id } = await services.conferences.create({ type: 'initial', date: '2026-01-05' });
  useConference.setState({ id: null, conference: null, queue: [], save: { kind: 'idle' } });
  await useConference.getState().load(id);
});

afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

async function venueAfterUnlock(): Promise<string | undefined> {
  await services.vault.whenIdle();
  expect(await services.vault.state()).toBe('locked');
  await services.vault.unlock(PASS);
  const id = useConference.getState().id as ConferenceId;
  return services.conferences.get(id).conference.venue;
}

describe('an idle lock in live mode keeps what was typed', () => {
  it('the warning sends text still inside its debounce; the lock follows; after unlocking the text is there', async () => {
    services.vault.setLiveMode(true);
    timers.advance(19 * MIN - 5_000);
    useConference.getState().setText(['venue'], 'Family room, Example House');
    expect(useConference.getState().save.kind).toBe('saving'); // only in the renderer so far
    timers.advance(5_000); // the warning, 60 s before the live-mode lock
    expect(warnings[0]).toMatchObject({ secondsLeft: 60, live: true });
    expect(await useConference.getState().whenSaved()).toBe(true);
    // Saving was use: the countdown started again (and the warning was ended); left alone, it locks.
    expect(warnings.at(-1)?.secondsLeft).toBeNull();
    timers.advance(20 * MIN);
    expect(await venueAfterUnlock()).toBe('Family room, Example House');
  });

  it('control: without the flush on the warning, the same text is lost, so the test above can fail', async () => {
    flushOnWarning = false;
    services.vault.setLiveMode(true);
    timers.advance(19 * MIN - 5_000);
    useConference.getState().setText(['venue'], 'Family room, Example House');
    timers.advance(5_000 + MIN);
    expect(await venueAfterUnlock()).not.toBe('Family room, Example House');
  });
});

describe('the warning state', () => {
  it('counts whole seconds down to 0 and says why it locks, in live mode and out of it', async () => {
    const { secondsLeft, lockWarningText } =
      await import('../../../renderer/src/screens/vault/lock-warning-state');
    const flushed: number[] = [];
    const shown = onLockWarning({ secondsLeft: 60, live: true, lockAfterMinutes: 20 }, 1_000, () =>
      flushed.push(1),
    );
    expect(flushed).toEqual([1]);
    expect(shown).not.toBeNull();
    const cases: [number, number][] = [
      [1_000, 60],
      [1_001, 60],
      [2_000, 59],
      [60_500, 1],
      [61_000, 0],
      [99_000, 0],
    ];
    for (const [now, left] of cases) {
      expect(secondsLeft(shown!, now)).toBe(left);
    }
    expect(lockWarningText(1, 20, true)).toBe(
      'The vault locks in 1 second because nothing has been typed or saved for a while. In live mode it ' +
        'locks after 20 minutes without use. What you typed is saved, and stays after you unlock.',
    );
    expect(lockWarningText(45, 1, false)).toContain('in 45 seconds');
    expect(lockWarningText(45, 1, false)).toContain('It locks after 1 minute without use.');
    // "Countdown started again": nothing shown, nothing sent.
    expect(
      onLockWarning({ secondsLeft: null, live: true, lockAfterMinutes: 20 }, 0, () =>
        flushed.push(2),
      ),
    ).toBeNull();
    expect(flushed).toEqual([1]);
  });
});
