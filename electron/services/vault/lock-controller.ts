// Locks the vault manually or after idle time (default 5 minutes), with injectable timers so tests need no waits.
// OS lock/suspend are wired by electron/main through lock(reason). Rule source: docs/reliability.md §3.2 K7.
export type LockReason = 'manual' | 'idle' | 'os-lock' | 'suspend';

export type Timers = {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

export const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export const DEFAULT_IDLE_MS = 5 * 60_000;

/** Calls `onLock('idle')` when no activity was reported for `idleMs`; `touch()` restarts the countdown. */
export class LockController {
  private handle: unknown = null;

  constructor(
    private readonly timers: Timers,
    private idleMs: number,
    private readonly onLock: (reason: LockReason) => void,
  ) {}

  get idleTimeoutMs(): number {
    return this.idleMs;
  }

  /** Starts (or restarts) the idle countdown; call on unlock and on every vault operation. */
  touch(): void {
    this.stop();
    if (this.idleMs > 0) {
      this.handle = this.timers.setTimeout(() => {
        this.handle = null;
        this.onLock('idle');
      }, this.idleMs);
    }
  }

  setIdleMs(ms: number): void {
    this.idleMs = ms;
    if (this.handle !== null) {
      this.touch();
    }
  }

  stop(): void {
    if (this.handle !== null) {
      this.timers.clearTimeout(this.handle);
      this.handle = null;
    }
  }
}
