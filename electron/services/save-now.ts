// Before an OS lock or suspend locks the vault, every window is asked to save what is still waiting in its text
// save delay ('app.saveNow'), and the lock waits for the answer ('app.savedNow') for at most SAVE_NOW_MS, so a
// keystroke just before the screen locks is not lost (docs/vault.md, "Keys and unlocking"). Nothing here imports 'electron'.
import { randomUUID } from 'node:crypto';

import type { EventSink } from './ports';

/** The longest an OS lock waits for the windows to save before it locks anyway. */
export const SAVE_NOW_MS = 800;

export type SaveNowResult = 'saved' | 'no-answer';

export type SaveNow = {
  /** Asks the windows to save now; resolves when one answers or the deadline passes. */
  request(deadlineMs?: number): Promise<SaveNowResult>;
  /** A window's answer; false when nothing is waiting for `requestId` (late, repeated or unknown). */
  acknowledge(requestId: string): boolean;
};

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

export function createSaveNow(
  emit: EventSink,
  after: (ms: number) => Promise<void> = sleep,
): SaveNow {
  const waiting = new Map<string, () => void>();
  return {
    request(deadlineMs = SAVE_NOW_MS) {
      const requestId = randomUUID();
      return new Promise<SaveNowResult>((resolve) => {
        const finish = (result: SaveNowResult) => {
          if (waiting.delete(requestId)) {
            resolve(result);
          }
        };
        waiting.set(requestId, () => finish('saved'));
        void after(deadlineMs).then(() => finish('no-answer'));
        emit('app.saveNow', { requestId });
      });
    },
    acknowledge(requestId) {
      const done = waiting.get(requestId);
      done?.();
      return done !== undefined;
    },
  };
}
