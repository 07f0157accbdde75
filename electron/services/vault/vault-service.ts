// The vault with backup listing and restore added (kept apart so each file stays small). Rule source:
// reliability.md §3.3 R4; issue 4 §6.
import { AppFailure } from '../../../shared/ipc/result';

import type { BackupInfo } from './backups';
import { listBackups } from './backups';
import { restoreBackup } from './restore';
import { VaultRecords } from './vault-records';

export class VaultService extends VaultRecords {
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
      return restoreBackup(
        {
          fs: this.deps.fs,
          vaultPath: this.path,
          backupsDir: this.backupsDir,
          kdf: this.deps.kdf,
          clock: this.deps.clock,
          logger: this.deps.logger,
        },
        passphrase,
        id,
      );
    });
  }
}
