// An OS screen lock or a suspend locks the vault at once, whatever the idle countdown or live mode says
// (docs/reliability.md §3.2 K7; docs/vault.md). Kept apart from index.ts so a test can drive it without Electron.
import type { LockReason } from '../services/vault/lock-controller';

/** The part of Electron's powerMonitor used here. */
export type PowerEvents = {
  on(event: 'lock-screen', listener: () => void): unknown;
  on(event: 'suspend', listener: () => void): unknown;
};

export function lockOnOsEvents(
  power: PowerEvents,
  lock: (reason: Extract<LockReason, 'os-lock' | 'suspend'>) => Promise<void> | void,
): void {
  power.on('lock-screen', () => void lock('os-lock'));
  power.on('suspend', () => void lock('suspend'));
}
