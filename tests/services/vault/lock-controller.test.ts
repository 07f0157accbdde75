// The idle lock's countdown outside Electron, with vitest's fake clock driving the real timer functions: the
// warning 60 s before, the lock at the timeout, "stay unlocked", and the live-mode timeout.
// Rule source: docs/reliability.md §3.2 K7; docs/vault.md.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { LockReason, LockWarning } from '../../../electron/services/vault/lock-controller';
import {
  DEFAULT_LIVE_IDLE_MS,
  LOCK_WARNING_MS,
  LockController,
  realTimers,
} from '../../../electron/services/vault/lock-controller';

const MIN = 60_000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function controller(idleMs = 5 * MIN, liveIdleMs?: number) {
  const locks: LockReason[] = [];
  const warnings: LockWarning[] = [];
  const c = new LockController({
    timers: realTimers,
    idleMs,
    ...(liveIdleMs !== undefined ? { liveIdleMs } : {}),
    onLock: (r) => locks.push(r),
    onWarning: (w) => warnings.push(w),
  });
  return { c, locks, warnings };
}

describe('the idle lock countdown', () => {
  it('warns 60 seconds before the lock and locks at the timeout, not a millisecond sooner', () => {
    const { c, locks, warnings } = controller(5 * MIN);
    c.touch();
    vi.advanceTimersByTime(4 * MIN - 1);
    expect(warnings).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(warnings).toEqual([{ secondsLeft: 60 }]);
    vi.advanceTimersByTime(LOCK_WARNING_MS - 1);
    expect(locks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(locks).toEqual(['idle']);
    vi.advanceTimersByTime(60 * MIN);
    expect(locks).toEqual(['idle']); // once only
  });

  it('"stay unlocked" during the warning ends it and starts the whole countdown again', () => {
    const { c, locks, warnings } = controller(5 * MIN);
    c.touch();
    vi.advanceTimersByTime(4 * MIN + 30_000);
    expect(warnings).toEqual([{ secondsLeft: 60 }]);
    c.touch();
    expect(warnings).toEqual([{ secondsLeft: 60 }, { secondsLeft: null }]);
    vi.advanceTimersByTime(5 * MIN - 1);
    expect(locks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(locks).toEqual(['idle']);
  });

  it('activity before the warning sends no "warning over" event', () => {
    const { c, warnings } = controller(5 * MIN);
    c.touch();
    vi.advanceTimersByTime(2 * MIN);
    c.touch();
    expect(warnings).toEqual([]);
  });

  it('uses the live-mode timeout (default 20 minutes) while live, and the normal one after leaving', () => {
    const { c, locks, warnings } = controller(5 * MIN);
    expect(c.liveIdleTimeoutMs).toBe(DEFAULT_LIVE_IDLE_MS);
    c.touch();
    c.setLive(true);
    expect(c.activeTimeoutMs).toBe(20 * MIN);
    vi.advanceTimersByTime(19 * MIN - 1);
    expect(warnings).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(warnings).toEqual([{ secondsLeft: 60 }]);
    c.setLive(false); // leaving live mode restarts the countdown with the normal timeout
    expect(warnings.at(-1)).toEqual({ secondsLeft: null });
    vi.advanceTimersByTime(5 * MIN);
    expect(locks).toEqual(['idle']);
  });

  it('warns at once, with the seconds there are, when the timeout is a minute or less', () => {
    const { c, locks, warnings } = controller(5 * MIN, 1 * MIN);
    c.touch();
    c.setLive(true);
    vi.advanceTimersByTime(0);
    expect(warnings).toEqual([{ secondsLeft: 60 }]);
    vi.advanceTimersByTime(MIN);
    expect(locks).toEqual(['idle']);
  });

  it('stop() cancels everything and leaves live mode (a lock of any reason ends the session)', () => {
    const { c, locks, warnings } = controller(5 * MIN);
    c.touch();
    c.setLive(true);
    c.stop();
    expect(c.liveMode).toBe(false);
    vi.advanceTimersByTime(60 * MIN);
    expect(locks).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('changing a timeout while the countdown runs restarts it with the new value; while stopped it waits', () => {
    const { c, locks } = controller(5 * MIN);
    c.setIdleMs(2 * MIN);
    vi.advanceTimersByTime(10 * MIN);
    expect(locks).toEqual([]); // not started: the vault is locked
    c.touch();
    c.setIdleMs(3 * MIN);
    vi.advanceTimersByTime(3 * MIN - 1);
    expect(locks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(locks).toEqual(['idle']);
  });

  it('for any timeout and any activity times: warning 60 s (or the whole timeout) before, lock at last activity + timeout', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 200_000 }), { maxLength: 6 }),
        (minutes, live, gaps) => {
          vi.clearAllTimers();
          const timeout = minutes * MIN;
          const { c, locks, warnings } = live ? controller(5 * MIN, timeout) : controller(timeout);
          c.setLive(live);
          c.touch();
          let last = 0;
          let now = 0;
          for (const gap of gaps) {
            if (now + gap >= last + timeout) {
              break; // would lock first
            }
            vi.advanceTimersByTime(gap);
            now += gap;
            c.touch();
            last = now;
          }
          const shown = warnings.filter((w) => w.secondsLeft !== null).length;
          const over = warnings.filter((w) => w.secondsLeft === null).length;
          expect(over).toBe(shown); // every warning shown was ended by the activity after it
          const warnAt = last + Math.max(0, timeout - LOCK_WARNING_MS);
          vi.advanceTimersByTime(warnAt - now);
          expect(warnings.at(-1)).toEqual({ secondsLeft: Math.min(60, minutes * 60) });
          vi.advanceTimersByTime(last + timeout - warnAt - 1);
          expect(locks).toEqual([]);
          vi.advanceTimersByTime(1);
          expect(locks).toEqual(['idle']);
        },
      ),
      { numRuns: 60 },
    );
  });
});
