// Handlers of the vault.* channels: thin calls into the vault service. Rule source: docs/architecture.md §3.4; docs/vault.md.
import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../create-services';

type VaultChannel =
  | 'vault.status'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.unlockWithRecoveryKey'
  | 'vault.acceptOlder'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.backups'
  | 'vault.restoreBackup'
  | 'vault.setIdleLock';

export function createVaultHandlers(s: Services): Pick<Handlers, VaultChannel> {
  const v = s.vault;
  return {
    'vault.status': async () => ({
      state: await v.state(),
      idleLockMinutes: v.idleLockMs / 60_000,
      retryAfterSeconds: Math.ceil((await v.retryAfterMs()) / 1000),
    }),
    'vault.create': ({ passphrase }) => v.create(passphrase),
    'vault.unlock': ({ passphrase }) => v.unlock(passphrase),
    'vault.unlockWithRecoveryKey': ({ recoveryKey, newPassphrase }) =>
      v.unlockWithRecoveryKey(recoveryKey, newPassphrase),
    'vault.acceptOlder': ({ passphrase, confirmation }) =>
      v.acceptOlderFile(passphrase, confirmation),
    'vault.lock': async () => {
      v.lock('manual');
      await v.whenIdle();
      return { state: 'locked' as const };
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await v.changePassphrase(current, next);
      return { changed: true as const };
    },
    'vault.backups': async () => ({ backups: await v.listBackups() }),
    'vault.restoreBackup': async ({ passphrase, id }) => ({
      restored: await v.restoreBackup(passphrase, id),
    }),
    'vault.setIdleLock': async ({ minutes }) => {
      await v.setIdleLockMinutes(minutes);
      return { idleLockMinutes: v.idleLockMs / 60_000 };
    },
  };
}
