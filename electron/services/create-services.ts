// Composition root: builds every service from a data folder, a clock and a logger. Runs in every shell.
import type { Clock, EventSink, Logger, ShellKind } from './ports';

export type ServicesOptions = {
  dataDir: string;
  shell: ShellKind;
  clock: Clock;
  logger: Logger;
  emit?: EventSink;
};

export type LockReason = 'manual' | 'idle' | 'os-lock' | 'suspend';
export type Lockable = { lock: (reason: LockReason) => Promise<void> };

export type Services = {
  dataDir: string;
  shell: ShellKind;
  clock: Clock;
  logger: Logger;
  emit: EventSink;
  /** Locks everything that holds keys or decrypted data (manual lock, idle, OS lock, suspend). */
  lock: (reason: LockReason) => Promise<void>;
  /** Services that hold secrets register here so that lock() reaches them. */
  lockables: Lockable[];
  /** Releases locks and drops keys; called on quit. */
  close: () => Promise<void>;
};

/** Builds the services for one shell. Nothing here imports 'electron'. */
export function createServices(options: ServicesOptions): Services {
  const emit: EventSink = options.emit ?? (() => undefined);
  const lockables: Lockable[] = [];
  return {
    lockables,
    lock: async (reason) => {
      for (const lockable of lockables) {
        await lockable.lock(reason);
      }
    },
    dataDir: options.dataDir,
    shell: options.shell,
    clock: options.clock,
    logger: options.logger,
    emit,
    close: () => Promise.resolve(),
  };
}
