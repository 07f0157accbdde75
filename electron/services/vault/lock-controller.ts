// Locks the vault manually or after idle time (default 5 minutes; 20 while the chair is in live mode), with a
// warning 60 seconds before an idle lock and injectable timers so tests need no waits. OS lock/suspend are wired by
// electron/main through lock(reason) and lock at once. Rule source: docs/reliability.md §3.2 K7; docs/vault.md.
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
export const DEFAULT_LIVE_IDLE_MS = 20 * 60_000;
/** The warning comes this long before an idle lock (at once when the whole timeout is shorter). */
export const LOCK_WARNING_MS = 60_000;

/** What the controller tells its owner: a warning with the seconds left, or that a shown warning is over. */
export type LockWarning = { secondsLeft: number } | { secondsLeft: null };

export type LockControllerOptions = {
  timers: Timers;
  idleMs: number;
  liveIdleMs?: number;
  onLock: (reason: LockReason) => void;
  onWarning?: (warning: LockWarning) => void;
};

/**
 * Calls `onWarning` LOCK_WARNING_MS before, and `onLock('idle')` when, no activity was reported for the timeout of
 * the current mode (normal or live); `touch()` restarts the countdown and ends a shown warning.
 */
export class LockController {
  private lockHandle: unknown = null;
  private warningHandle: unknown = null;
  private warned = false;
  private live = false;
  private idleMs: number;
  private liveIdleMs: number;
  private readonly timers: Timers;
  private readonly onLock: (reason: LockReason) => void;
  private readonly onWarning: (warning: LockWarning) => void;

  constructor(options: LockControllerOptions) {
    this.timers = options.timers;
    this.idleMs = options.idleMs;
    this.liveIdleMs = options.liveIdleMs ?? DEFAULT_LIVE_IDLE_MS;
    this.onLock = options.onLock;
    this.onWarning = options.onWarning ?? (() => undefined);
  }

  /** The normal idle timeout. */
  get idleTimeoutMs(): number {
    return this.idleMs;
  }

  /** The idle timeout while the chair is in live mode. */
  get liveIdleTimeoutMs(): number {
    return this.liveIdleMs;
  }

  get liveMode(): boolean {
    return this.live;
  }

  /** The timeout that applies now. */
  get activeTimeoutMs(): number {
    return this.live ? this.liveIdleMs : this.idleMs;
  }

  /** Starts (or restarts) the idle countdown; call on unlock, on every vault operation and on "stay unlocked". */
  touch(): void {
    this.clearTimers();
    if (this.warned) {
      this.warned = false;
      this.onWarning({ secondsLeft: null });
    }
    const total = this.activeTimeoutMs;
    if (total <= 0) {
      return;
    }
    const warnAfter = Math.max(0, total - LOCK_WARNING_MS);
    this.warningHandle = this.timers.setTimeout(() => {
      this.warningHandle = null;
      this.warned = true;
      this.onWarning({ secondsLeft: Math.round((total - warnAfter) / 1000) });
    }, warnAfter);
    this.lockHandle = this.timers.setTimeout(() => {
      this.lockHandle = null;
      this.clearTimers();
      this.warned = false;
      this.onLock('idle');
    }, total);
  }

  setIdleMs(ms: number): void {
    this.idleMs = ms;
    this.restartIfRunning();
  }

  setLiveIdleMs(ms: number): void {
    this.liveIdleMs = ms;
    this.restartIfRunning();
  }

  /** The renderer says the chair entered or left live mode: the countdown restarts with that mode's timeout. */
  setLive(live: boolean): void {
    this.live = live;
    this.restartIfRunning();
  }

  /** Stops the countdown (on lock); live mode ends with the session. */
  stop(): void {
    this.clearTimers();
    this.warned = false;
    this.live = false;
  }

  private restartIfRunning(): void {
    if (this.lockHandle !== null) {
      this.touch();
    }
  }

  private clearTimers(): void {
    for (const h of [this.lockHandle, this.warningHandle]) {
      if (h !== null) {
        this.timers.clearTimeout(h);
      }
    }
    this.lockHandle = null;
    this.warningHandle = null;
  }
}
