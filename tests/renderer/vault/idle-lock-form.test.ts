// The idle lock form's check of a typed number of minutes, for the normal and the live-mode setting: the same
// range the contract enforces, so the form refuses exactly what main would. Rule source: docs/vault.md.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { minutesProblem } from '../../../renderer/src/screens/vault/idle-lock-minutes';
import { vaultContract } from '../../../shared/ipc/contracts/vault';
import { IDLE_LOCK_MINUTES, LIVE_IDLE_LOCK_MINUTES } from '../../../shared/ipc/contracts/vault';

describe('minutes typed in the idle lock form', () => {
  it.each([
    ['20', LIVE_IDLE_LOCK_MINUTES, null],
    ['1', LIVE_IDLE_LOCK_MINUTES, null],
    ['120', LIVE_IDLE_LOCK_MINUTES, null],
    ['121', LIVE_IDLE_LOCK_MINUTES, 'Give a whole number of minutes from 1 to 120.'],
    ['0', LIVE_IDLE_LOCK_MINUTES, 'Give a whole number of minutes from 1 to 120.'],
    ['2.5', LIVE_IDLE_LOCK_MINUTES, 'Give a whole number of minutes from 1 to 120.'],
    ['', LIVE_IDLE_LOCK_MINUTES, 'Give a whole number of minutes from 1 to 120.'],
    ['  ', LIVE_IDLE_LOCK_MINUTES, 'Give a whole number of minutes from 1 to 120.'],
    ['twenty', LIVE_IDLE_LOCK_MINUTES, 'Give a whole number of minutes from 1 to 120.'],
    ['61', IDLE_LOCK_MINUTES, 'Give a whole number of minutes from 1 to 60.'],
    ['60', IDLE_LOCK_MINUTES, null],
  ])('"%s" → %s', (typed, range, problem) => {
    expect(minutesProblem(typed, range)).toBe(problem);
  });

  it('accepts a number exactly when the settings channel would', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -10, max: 200 }).map(String), fc.string({ maxLength: 6 })),
        fc.boolean(),
        (typed, live) => {
          const range = live ? LIVE_IDLE_LOCK_MINUTES : IDLE_LOCK_MINUTES;
          const channel = live ? 'vault.setLiveIdleLock' : 'vault.setIdleLock';
          const accepted = minutesProblem(typed, range) === null;
          const mainAccepts =
            typed.trim() !== '' &&
            vaultContract[channel].input.safeParse({ minutes: Number(typed) }).success;
          expect(accepted).toBe(mainAccepts);
        },
      ),
    );
  });
});
