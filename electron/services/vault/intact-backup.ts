// Finds the newest backup in which a damaged document is intact: each backup of the same vault (same data key) is
// opened read-only with the open vault's key and that document authenticated. Rule source: docs/vault.md ("One
// damaged document"); docs/reliability.md §3.3 R4.
import { join } from 'node:path';

import type { Clock, Logger } from '../ports';

import type { BackupInfo } from './backups';
import { listBackups } from './backups';
import type { VaultHeader } from './format';
import type { FsPort } from './fs-port';
import { keysFromDek, wipeKeys } from './keys';
import { openVaultFile } from './open-file';
import { sameDataKey } from './restore';
import { VaultSession } from './session';

export type IntactDeps = { fs: FsPort; backupsDir: string; clock: Clock; logger: Logger };

/** At most this many backups are opened (newest first): the rotation keeps 10 compactions and 30 days. */
const MAX_CHECKED = 40;

/** The newest backup holding `blobId` intact, or null. Backups of another vault or that fail to open are passed over. */
export async function newestBackupWith(
  deps: IntactDeps,
  live: VaultHeader,
  dek: Buffer,
  blobId: string,
): Promise<BackupInfo | null> {
  const backups = (await listBackups(deps.fs, deps.backupsDir)).slice(0, MAX_CHECKED);
  for (const b of backups) {
    const path = join(deps.backupsDir, b.id);
    const opened = await openVaultFile(deps.fs, path, 'r').catch(() => null);
    if (!opened) {
      continue;
    }
    let session: VaultSession | null = null;
    const keys = keysFromDek(Buffer.from(dek));
    try {
      if (!sameDataKey(live, opened.header.header)) {
        continue;
      }
      ({ session } = await VaultSession.open(
        { ...deps, path },
        opened.fh,
        opened.size,
        opened.header,
        keys,
      ));
      await session.readBlob(blobId);
      return b;
    } catch {
      deps.logger.info('vault.intact-backup', `backup ${b.id} does not hold that document intact`);
    } finally {
      if (session) {
        await session.close();
      } else {
        wipeKeys(keys);
        await opened.fh.close().catch(() => undefined);
      }
    }
  }
  return null;
}
