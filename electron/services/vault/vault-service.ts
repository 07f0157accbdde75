// The vault with backup listing and restore added (kept apart so each file stays small). Rule source:
// docs/reliability.md §3.3 R4; docs/vault.md.
import { AppFailure } from '../../../shared/ipc/result';

import type { BackupInfo } from './backups';
import { listBackups } from './backups';
import { unlockWithPassphrase } from './keys';
import { restoreBackup } from './restore';
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

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.deps.fs, this.backupsDir);
  }

  /** Restores the chosen backup, or the newest that verifies. The vault must be locked; it stays locked. */
  restoreBackup(passphrase: string, id?: string): Promise<BackupInfo> {
    return this.serial(async () => {
      if (this.session) {
        throw new AppFailure('CONFLICT', 'Lock the vault before restoring a backup.');
      }
      await this.takeLock();
      const restored = await restoreBackup(
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
        passphrase,
        id,
      );
      return restored;
    });
  }
}
