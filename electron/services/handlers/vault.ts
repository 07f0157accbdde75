// Handlers of the vault.* channels: thin calls into the vault service. Rule source: docs/architecture.md §3.4; docs/vault.md.
import { formatDate, formatList } from '../../../shared/domain/format-en-gb';
import type { ConferenceId } from '../../../shared/domain/ids';
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
  | 'vault.setIdleLock'
  | 'vault.setLiveIdleLock'
  | 'vault.setLiveMode'
  | 'vault.stayUnlocked'
  | 'vault.damagedDocuments';

/** "the conference on 5 January 2026 about Mia Example and Noah Example", or its id when it cannot be read. */
function conferenceInWords(s: Services, id: string): string {
  try {
    const c = s.conferences.get(id as ConferenceId).conference;
    const names = formatList(c.children.map((ch) => ch.details.name));
    return `the conference on ${formatDate(c.date)}${names ? ` about ${names}` : ''}`;
  } catch {
    return `conference ${id}`;
  }
}

export function createVaultHandlers(s: Services): Pick<Handlers, VaultChannel> {
  const v = s.vault;
  const lockAfterMinutes = () => (v.liveMode ? v.liveIdleLockMs : v.idleLockMs) / 60_000;
  return {
    'vault.status': async () => ({
      state: await v.state(),
      idleLockMinutes: v.idleLockMs / 60_000,
      liveIdleLockMinutes: v.liveIdleLockMs / 60_000,
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
    'vault.damagedDocuments': async () => {
      const checked = Object.keys(v.list('documents')).length;
      const damaged = await v.checkDocuments();
      return {
        checked,
        damaged: await Promise.all(
          damaged.map(async (d) => ({
            documentId: d.documentId,
            conference: d.conferenceId ? conferenceInWords(s, d.conferenceId) : null,
            intactBackup: await v.newestBackupWithDocument(d.documentId),
          })),
        ),
      };
    },
    'vault.setIdleLock': async ({ minutes }) => {
      await v.setIdleLockMinutes(minutes);
      return { idleLockMinutes: v.idleLockMs / 60_000 };
    },
    'vault.setLiveIdleLock': async ({ minutes }) => {
      await v.setLiveIdleLockMinutes(minutes);
      return { liveIdleLockMinutes: v.liveIdleLockMs / 60_000 };
    },
    'vault.setLiveMode': ({ live }) => {
      v.setLiveMode(live);
      return Promise.resolve({ live: v.liveMode, lockAfterMinutes: lockAfterMinutes() });
    },
    'vault.stayUnlocked': () => {
      v.stayUnlocked();
      return Promise.resolve({ lockAfterMinutes: lockAfterMinutes() });
    },
  };
}
