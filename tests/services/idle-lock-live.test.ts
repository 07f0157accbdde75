// The idle lock that knows a conference is running, through the services and the IPC boundary: the live-mode
// timeout kept in the vault, the warning event, "stay unlocked", and OS lock / suspend still locking at once.
// Rule source: docs/reliability.md §3.2 K7; docs/vault.md.
import { EventEmitter } from 'node:events';

import { afterEach, describe, expect, it } from 'vitest';

import { lockOnOsEvents } from '../../electron/main/os-lock';
import { createServices } from '../../electron/services/create-services';
import type { Services } from '../../electron/services/create-services';
import { createHandlers } from '../../electron/services/handlers';
import { LIVE_IDLE_LOCK_SETTING } from '../../electron/services/vault/vault';
import { dispatch } from '../../shared/ipc/dispatch';
import { eventContract } from '../../shared/ipc/events';

import { recordingLogger } from '../support/test-services';
import { PASS, fakeClock, steppingTimers, tempDir, testVault } from './vault/helpers';

const MIN = 60_000;
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) {
    await c();
  }
  cleanups = [];
});

async function setUp() {
  const { dir, cleanup } = await tempDir();
  const timers = steppingTimers();
  const events: [string, unknown][] = [];
  const make = () =>
    createServices({
      dataDir: dir,
      shell: 'test',
      clock: fakeClock(),
      logger: recordingLogger(),
      emit: (e, p) => events.push([e, p]),
      vault: (emit) => testVault(dir, { emit, timers }),
    });
  const s = make();
  let current: Services = s;
  cleanups.push(async () => {
    await current.close();
    await cleanup();
  });
  await s.vault.create(PASS);
  const call = (channel: string, input: unknown) =>
    dispatch(channel, input, createHandlers(current), { error: () => undefined });
  const reopen = async () => {
    await current.close();
    current = make();
    await current.vault.unlock(PASS);
    return current;
  };
  return { s, timers, events, call, reopen };
}

/** The warnings emitted, each checked against the event contract the renderer relies on. */
const warnings = (events: [string, unknown][]) =>
  events
    .filter(([e]) => e === 'app.lockWarning')
    .map(([, p]) => eventContract['app.lockWarning'].parse(p));
const locks = (events: [string, unknown][]) =>
  events.filter(([e]) => e === 'app.locked').map(([, p]) => p);

describe('the live-mode idle lock setting', () => {
  it('defaults to 20 minutes, is kept in the vault beside the normal one, and applies at every unlock', async () => {
    const { s, call, reopen } = await setUp();
    expect(await call('vault.status', {})).toMatchObject({
      ok: true,
      value: { idleLockMinutes: 5, liveIdleLockMinutes: 20 },
    });
    expect(await call('vault.setLiveIdleLock', { minutes: 45 })).toEqual({
      ok: true,
      value: { liveIdleLockMinutes: 45 },
    });
    expect(s.vault.get('settings', LIVE_IDLE_LOCK_SETTING)).toEqual({ minutes: 45 });
    expect(s.vault.idleLockMs).toBe(5 * MIN); // the normal one is untouched
    const again = await reopen();
    expect(again.vault.liveIdleLockMs).toBe(45 * MIN);
  });

  it.each([
    [0, 'Give at least 1 minute.'],
    [121, 'Give at most 120 minutes.'],
    [2.5, 'Give a whole number of minutes.'],
    [-5, 'Give at least 1 minute.'],
  ])('refuses %s minutes with "%s" and changes nothing', async (minutes, message) => {
    const { s, call } = await setUp();
    await call('vault.setLiveIdleLock', { minutes: 30 });
    const r = await call('vault.setLiveIdleLock', { minutes });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(JSON.stringify(r)).toContain(message);
    expect(s.vault.liveIdleLockMs).toBe(30 * MIN);
    expect(s.vault.get('settings', LIVE_IDLE_LOCK_SETTING)).toEqual({ minutes: 30 });
  });

  it('refuses a bad value in the service too (the CLI and tests call it directly)', async () => {
    const { s } = await setUp();
    for (const m of [0, 121, 1.5, Number.NaN]) {
      await expect(s.vault.setLiveIdleLockMinutes(m)).rejects.toMatchObject({
        code: 'BAD_INPUT',
        message: 'Give a whole number of minutes from 1 to 120.',
      });
    }
    expect(s.vault.liveIdleLockMs).toBe(20 * MIN);
    expect(s.vault.get('settings', LIVE_IDLE_LOCK_SETTING)).toBeUndefined();
  });

  it('refuses a live-mode flag that is not true or false', async () => {
    const { call } = await setUp();
    expect(await call('vault.setLiveMode', { live: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await call('vault.setLiveMode', {})).toMatchObject({ ok: false });
  });
});

describe('warning, stay unlocked and lock in live mode', () => {
  it('warns 60 s before the live timeout, "stay unlocked" restarts it, and it locks when left alone', async () => {
    const { s, timers, events, call } = await setUp();
    expect(await call('vault.setLiveMode', { live: true })).toEqual({
      ok: true,
      value: { live: true, lockAfterMinutes: 20 },
    });
    timers.advance(19 * MIN - 1);
    expect(warnings(events)).toEqual([]);
    timers.advance(1);
    expect(warnings(events)).toEqual([{ secondsLeft: 60, live: true, lockAfterMinutes: 20 }]);
    timers.advance(30_000);
    expect(await call('vault.stayUnlocked', {})).toEqual({
      ok: true,
      value: { lockAfterMinutes: 20 },
    });
    expect(warnings(events).at(-1)).toEqual({
      secondsLeft: null,
      live: true,
      lockAfterMinutes: 20,
    });
    timers.advance(20 * MIN - 1);
    expect(await s.vault.state()).toBe('unlocked');
    timers.advance(1);
    expect(await s.vault.state()).toBe('locked');
    expect(locks(events)).toEqual([{ reason: 'idle' }]);
    // Locked: "stay unlocked" and the live flag are refused, not silently accepted.
    expect(await call('vault.stayUnlocked', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(await call('vault.setLiveMode', { live: true })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  it('outside live mode the normal timeout applies, also with its warning; leaving live mode goes back to it', async () => {
    const { s, timers, events, call } = await setUp();
    await call('vault.setLiveMode', { live: true });
    timers.advance(10 * MIN);
    await call('vault.setLiveMode', { live: false });
    timers.advance(4 * MIN);
    expect(warnings(events)).toEqual([{ secondsLeft: 60, live: false, lockAfterMinutes: 5 }]);
    timers.advance(MIN);
    expect(await s.vault.state()).toBe('locked');
  });

  it('the live flag ends with the session: after unlocking again the normal timeout applies', async () => {
    const { s, timers, call } = await setUp();
    await call('vault.setLiveMode', { live: true });
    s.vault.lock('manual');
    await s.vault.unlock(PASS);
    expect(s.vault.liveMode).toBe(false);
    timers.advance(5 * MIN);
    expect(await s.vault.state()).toBe('locked');
  });
});

describe('OS lock and suspend lock at once, live mode or not', () => {
  it.each(['lock-screen', 'suspend'] as const)(
    'powerMonitor "%s" locks every service straight away, during a live-mode warning',
    async (osEvent) => {
      const { s, timers, events, call } = await setUp();
      await call('vault.setLiveMode', { live: true });
      timers.advance(19 * MIN + 10_000); // the warning is showing
      const power = new EventEmitter();
      lockOnOsEvents(power, (reason) => s.lock(reason));
      power.emit(osEvent);
      expect(await s.vault.state()).toBe('locked'); // no waiting for the 50 s left
      const reason = osEvent === 'lock-screen' ? 'os-lock' : 'suspend';
      expect(locks(events)).toEqual([{ reason }]);
      expect(timers.pending()).toBe(0); // nothing left to fire later
      timers.advance(60 * MIN);
      expect(locks(events)).toHaveLength(1);
    },
  );
});
