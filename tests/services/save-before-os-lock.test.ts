// An OS lock or suspend asks the window to save what is still in its text save delay and waits (briefly) for the
// answer before locking, so a keystroke just before the screen locks is kept (docs/vault.md, "Keys and unlocking").
import { EventEmitter } from 'node:events';

import { afterEach, describe, expect, it } from 'vitest';

import { lockOnOsEvents } from '../../electron/main/os-lock';
import { createServices } from '../../electron/services/create-services';
import type { Services } from '../../electron/services/create-services';
import { createHandlers } from '../../electron/services/handlers';
import { createSaveNow } from '../../electron/services/save-now';
import { dispatch } from '../../shared/ipc/dispatch';
import { eventContract } from '../../shared/ipc/events';

import { recordingLogger } from '../support/test-services';
import { PASS, fakeClock, tempDir, testVault } from './vault/helpers';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) {
    await c();
  }
  cleanups = [];
});

type Rpc = { ok: boolean; value?: { id?: string; revision?: number } };

/**
 * Services with a window that still holds `typed` in its save delay: on 'app.saveNow' it sends the edit and then
 * answers, as renderer/src/App.tsx does; `answer: false` is a window that never answers.
 */
async function withWindow(typed: string, answer = true) {
  const { dir, cleanup } = await tempDir();
  const call = (channel: string, input: unknown) =>
    dispatch(channel, input, createHandlers(services), {
      error: () => undefined,
    }) as Promise<Rpc>;
  let conferenceId = '';
  let revision = 0;
  const seen: unknown[] = [];
  const services: Services = createServices({
    dataDir: dir,
    shell: 'test',
    clock: fakeClock(),
    logger: recordingLogger(),
    emit: (event, payload) => {
      if (event !== 'app.saveNow') {
        return;
      }
      const { requestId } = eventContract['app.saveNow'].parse(payload);
      seen.push(requestId);
      if (!answer) {
        return;
      }
      void (async () => {
        await call('conference.applyEdit', {
          conferenceId,
          baseRevision: revision,
          edit: { type: 'set', path: ['discussion', 'chairSummary', 'text'], value: typed },
        });
        await call('app.savedNow', { requestId });
      })();
    },
    vault: (emit) => testVault(dir, { emit }),
  });
  cleanups.push(async () => {
    await services.close();
    await cleanup();
  });
  await services.vault.create(PASS);
  const created = await call('conference.create', { type: 'initial', date: '2026-01-05' });
  conferenceId = created.value?.id ?? '';
  revision = created.value?.revision ?? 0;
  const summary = async () => {
    await services.vault.unlock(PASS);
    const got = (await call('conference.get', { conferenceId })) as {
      value?: { conference: { discussion: { chairSummary: { text: string } } } };
    };
    return got.value?.conference.discussion.chairSummary.text;
  };
  return { s: services, seen, summary };
}

const locked = (s: Services) =>
  new Promise<void>((resolve) => {
    const wait = async () => {
      if ((await s.vault.state()) === 'locked') {
        resolve();
        return;
      }
      setTimeout(() => void wait(), 5);
    };
    void wait();
  });

describe('saving what was just typed before an OS lock', () => {
  it.each(['lock-screen', 'suspend'] as const)(
    'on %s the window saves first, then the vault locks, and the words are there after unlock',
    async (osEvent) => {
      const { s, seen, summary } = await withWindow('Typed a moment before the screen locked.');
      const power = new EventEmitter();
      lockOnOsEvents(
        power,
        (reason) => s.lock(reason),
        () => s.saveNow.request(),
      );
      power.emit(osEvent);
      await locked(s);
      expect(seen).toHaveLength(1);
      expect(await summary()).toBe('Typed a moment before the screen locked.');
    },
  );

  it('without the request the same words arrive too late and are refused (the race it closes)', async () => {
    const { s, summary } = await withWindow('Typed a moment before the screen locked.');
    const power = new EventEmitter();
    lockOnOsEvents(power, (reason) => s.lock(reason));
    power.emit('lock-screen');
    await locked(s);
    // The window's edit, sent now, finds the vault locked.
    await s.saveNow.request(50);
    expect(await summary()).toBe('');
  });

  it('locks anyway when no window answers, after the deadline', async () => {
    const { s, seen } = await withWindow('never sent', false);
    const power = new EventEmitter();
    const started = Date.now();
    lockOnOsEvents(
      power,
      (reason) => s.lock(reason),
      () => s.saveNow.request(100),
    );
    power.emit('lock-screen');
    await locked(s);
    expect(seen).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });
});

describe('createSaveNow', () => {
  it('resolves "saved" on the answer, "no-answer" at the deadline, and ignores late or unknown answers', async () => {
    const emitted: { requestId: string }[] = [];
    let fire: () => void = () => undefined;
    const saveNow = createSaveNow(
      (_e, p) => emitted.push(p as { requestId: string }),
      () =>
        new Promise<void>((resolve) => {
          fire = resolve;
        }),
    );
    const first = saveNow.request();
    const id = emitted[0]?.requestId ?? '';
    expect(saveNow.acknowledge('someone-else')).toBe(false);
    expect(saveNow.acknowledge(id)).toBe(true);
    expect(await first).toBe('saved');
    expect(saveNow.acknowledge(id)).toBe(false); // a second answer finds nothing waiting
    const second = saveNow.request();
    fire();
    expect(await second).toBe('no-answer');
    expect(saveNow.acknowledge(emitted[1]?.requestId ?? '')).toBe(false);
  });
});
