// An OS screen lock or a suspend locks the vault at once, whatever the idle countdown or live mode says, after at
// most a moment for the windows to save what was just typed (docs/reliability.md §3.2 K7; docs/vault.md). Kept apart from index.ts so a test can drive it without Electron.
import type { LockReason } from '../services/vault/lock-controller';

/** The part of Electron's powerMonitor used here. */
export type PowerEvents = {
  on(event: 'lock-screen', listener: () => void): unknown;
  on(event: 'suspend', listener: () => void): unknown;
};

/**
 * Locks on an OS screen lock or suspend. `saveFirst` asks the windows to save what is still waiting in the text save
 * delay and resolves when they have or a short deadline passes (electron/services/save-now.ts); the lock follows
 * whatever it resolves to, and even when it fails.
 */
export function lockOnOsEvents(
  power: PowerEvents,
  lock: (reason: Extract<LockReason, 'os-lock' | 'suspend'>) => Promise<void> | void,
  saveFirst?: () => Promise<unknown>,
): void {
  const run = async (reason: Extract<LockReason, 'os-lock' | 'suspend'>) => {
    if (saveFirst === undefined) {
      await lock(reason);
      return;
    }
    try {
      await saveFirst();
    } finally {
      await lock(reason);
    }
  };
  power.on('lock-screen', () => void run('os-lock'));
  power.on('suspend', () => void run('suspend'));
}
