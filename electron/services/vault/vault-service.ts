// The vault with backup listing and restore added (kept apart so each file stays small). Rule source:
// docs/reliability.md §3.3 R4; docs/vault.md.
import { AppFailure } from '../../../shared/ipc/result';

import type { BackupInfo } from './backups';
import { listBackups } from './backups';
import { parseRecoveryKey } from './cipher';
import { newestBackupWith } from './intact-backup';
import { unlockWithPassphrase } from './keys';
import type { Restored, RestoreKey } from './restore';
import { restoreBackup } from './restore';
import type { DocumentMeta } from './vault-data';
import { VaultRecords } from './vault-records';

export class VaultService extends VaultRecords {
  /**
   * Confirms the passphrase of the open vault by re-deriving its key (nothing is stored): WRONG_PASSPHRASE when
   * it does not open this vault. Used where a person must re-confirm who they are, e.g. signing off a record.
   */
  async confirmPassphrase(passphrase: string): Promise<void> {
    const s = this.requireSession();
    const dek = await unlockWithPassphrase(s.header.header, passphrase, this.deps.kdf).catch(
      (e: unknown) => {
        throw e instanceof AppFailure && e.code === 'WRONG_PASSPHRASE'
          ? new AppFailure('WRONG_PASSPHRASE', 'That is not the vault passphrase.')
          : e;
      },
    );
    const same = dek.equals(s.keys.dek);
    dek.fill(0);
    if (!same) {
      throw new AppFailure('CORRUPT', 'The vault header does not match the open vault.');
    }
  }

  /** The newest backup in which this document is intact (checked by opening each backup), or null. */
  newestBackupWithDocument(documentId: string): Promise<BackupInfo | null> {
    const s = this.requireSession();
    const meta = s.db.data.documents[documentId] as DocumentMeta | undefined;
    if (!meta) {
      return Promise.reject(new AppFailure('NOT_FOUND', 'That document is not in the vault.'));
    }
    // In the queue, so a compaction does not prune a backup while it is being read.
    return this.serial(() =>
      newestBackupWith(
        {
          fs: this.deps.fs,
          backupsDir: this.backupsDir,
          clock: this.deps.clock,
          logger: this.deps.logger,
        },
        s.header.header,
        s.keys.dek,
        meta.blobId,
      ),
    );
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.deps.fs, this.backupsDir);
  }

  /**
   * Restores the chosen backup, or the newest that verifies with `key` (a passphrase, or the recovery key). The
   * vault must be locked; it stays locked. A backup made before a passphrase change is rewritten to take the current
   * passphrase (docs/vault.md, "Backups and passphrase changes").
   */
  async restoreBackup(key: string | { recoveryKey: string }, id?: string): Promise<BackupInfo> {
    let k: RestoreKey = { passphrase: '' };
    if (typeof key === 'string') {
      k = { passphrase: key };
    } else {
      const bytes = parseRecoveryKey(key.recoveryKey);
      if (!bytes) {
        throw new AppFailure(
          'WRONG_PASSPHRASE',
          'That is not a recovery key (8 groups of 4 characters).',
        );
      }
      k = { recoveryKey: bytes };
    }
    const restored = await this.serial(async () => {
      if (this.session) {
        throw new AppFailure('CONFLICT', 'Lock the vault before restoring a backup.');
      }
      await this.takeLock();
      return restoreBackup(
        {
          fs: this.deps.fs,
          vaultPath: this.path,
          backupsDir: this.backupsDir,
          kdf: this.deps.kdf,
          clock: this.deps.clock,
          logger: this.deps.logger,
          // The person chose an older file: forget the position before it replaces the vault, so a crash
          // between the two never leaves the restored file refused as rolled back.
          beforeReplace: () => this.forgetPosition(),
        },
        k,
        id,
      );
    }).finally(() => {
      if ('recoveryKey' in k) {
        k.recoveryKey.fill(0);
      }
    });
    if (restored.rewrap) {
      await this.takeCurrentPassphrase(restored.rewrap);
    }
    return restored.backup;
  }

  /**
   * The restored file still carries the passphrase of its day: it is rewritten (one compaction, audited) with the
   * current vault's key wraps, which wrap the same data key, so no passphrase is needed. A crash before the rename
   * leaves the restored file as copied: it still opens with the recovery key or its old passphrase.
   */
  private async takeCurrentPassphrase(r: NonNullable<Restored['rewrap']>): Promise<void> {
    try {
      await this.serial(() => this.openWith(() => Promise.resolve(Buffer.from(r.dek))));
    } finally {
      r.dek.fill(0);
    }
    try {
      await this.appendAudit({ actor: 'app', action: 'vault.restored-current-passphrase' });
      await this.serial(async () => {
        const s = this.requireSession();
        const h = s.header.header;
        await s.compact(s.adapter.persisted, {
          kdf: r.from.kdf,
          salt: r.from.salt,
          fileId: h.fileId,
          generation: h.generation + 1,
          createdAt: h.createdAt,
          wraps: r.from.wraps,
        });
      });
    } finally {
      await this.serial(async () => {
        const s = this.session;
        this.session = null;
        if (s) {
          await this.remember(s.position);
          await s.close();
        }
      });
    }
  }
}
