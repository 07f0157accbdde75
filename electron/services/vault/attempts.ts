// Escalating delay after 5 wrong passphrases, persisted outside the encrypted part in a small state file that
// holds counts and times only. Friction only: the offline protection is the KDF. Rule: docs/reliability.md §3.2 K5.
import { AppFailure } from '../../../shared/ipc/result';

import type { StateFile } from './state-file';

export { STATE_FILE } from './state-file';
export const FREE_ATTEMPTS = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

export type AttemptState = { failures: number; lastFailureAt: number };

/** Delay after `failures` consecutive wrong passphrases: none for 5, then 30 s, 60 s, 120 s … up to 1 hour. */
export function delayAfter(failures: number): number {
  return failures < FREE_ATTEMPTS
    ? 0
    : Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
}

export class Attempts {
  constructor(private readonly state: StateFile) {}

  async read(): Promise<AttemptState> {
    const v = (await this.state.read()) as Partial<AttemptState>;
    const failures = Number.isSafeInteger(v.failures) ? Math.max(0, v.failures!) : 0;
    const lastFailureAt = Number.isFinite(v.lastFailureAt) ? v.lastFailureAt! : 0;
    return { failures, lastFailureAt };
  }

  /** Milliseconds to wait before the next attempt is allowed (0 = now). */
  async retryAfterMs(now: number): Promise<number> {
    const s = await this.read();
    return Math.max(0, s.lastFailureAt + delayAfter(s.failures) - now);
  }

  /** Throws RATE_LIMITED while a delay is running. Checked before the KDF. */
  async check(now: number): Promise<void> {
    const wait = await this.retryAfterMs(now);
    if (wait > 0) {
      throw new AppFailure(
        'RATE_LIMITED',
        `Too many wrong passphrases. Try again in ${Math.ceil(wait / 1000)} seconds.`,
      );
    }
  }

  private write(state: AttemptState): Promise<void> {
    return this.state.update(state);
  }

  async recordFailure(now: number): Promise<void> {
    const s = await this.read();
    await this.write({ failures: s.failures + 1, lastFailureAt: now });
  }

  async reset(): Promise<void> {
    const s = await this.read();
    if (s.failures !== 0) {
      await this.write({ failures: 0, lastFailureAt: 0 });
    }
  }
}
