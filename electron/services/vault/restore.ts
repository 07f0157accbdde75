// Restore from the newest backup that verifies (or a chosen one): each candidate is fully authenticated, then
// copied into place through the durable protocol; the replaced file is kept as a backup. Rule: docs/reliability.md §3.3 R2, R4.
import { join } from 'node:path';

import { AppFailure } from '../../../shared/ipc/result';
import type { Clock, Logger } from '../ports';

import type { BackupInfo } from './backups';
import { linkBackup, listBackups } from './backups';
import { replaceDurably } from './durable-file';
import type { FsPort } from './fs-port';
import type { KdfPolicy } from './kdf';
import { keysFromDek, unlockWithPassphrase, wipeKeys } from './keys';
import { openVaultFile } from './open-file';
import { VaultSession } from './session';

export type RestoreDeps = {
  fs: FsPort;
  vaultPath: string;
  backupsDir: string;
  kdf: KdfPolicy;
  clock: Clock;
  logger: Logger;
  /** Runs once the backup is verified and copied, just before it replaces the vault file. */
  beforeReplace?: () => Promise<void>;
};

const MAX_CANDIDATES = 40;

/** Opens a backup read-only and authenticates every entry, document and the audit chain. */
export async function verifyBackup(
  deps: RestoreDeps,
  path: string,
  passphrase: string,
): Promise<void> {
  const opened = await openVaultFile(deps.fs, path, 'r');
  let session: VaultSession | null = null;
  try {
    const keys = keysFromDek(
      await unlockWithPassphrase(opened.header.header, passphrase, deps.kdf),
    );
    try {
      ({ session } = await VaultSession.open(
        { fs: deps.fs, path, backupsDir: deps.backupsDir, clock: deps.clock, logger: deps.logger },
        opened.fh,
        opened.size,
        opened.header,
        keys,
      ));
    } catch (e) {
      wipeKeys(keys);
      throw e;
    }
    await session.verifyBlobs();
  } finally {
    if (session) {
      await session.close();
    } else {
      await opened.fh.close().catch(() => undefined);
    }
  }
}

/** Restores `id`, or the newest backup that verifies with this passphrase. Returns the restored backup. */
export async function restoreBackup(
  deps: RestoreDeps,
  passphrase: string,
  id?: string,
): Promise<BackupInfo> {
  const all = await listBackups(deps.fs, deps.backupsDir);
  const candidates =
    id === undefined ? all.slice(0, MAX_CANDIDATES) : all.filter((b) => b.id === id);
  if (candidates.length === 0) {
    throw new AppFailure(
      'NOT_FOUND',
      id === undefined ? 'There are no backups yet.' : 'That backup was not found.',
    );
  }
  let wrong = 0;
  for (const b of candidates) {
    const path = join(deps.backupsDir, b.id);
    try {
      await verifyBackup(deps, path, passphrase);
    } catch (e) {
      wrong += e instanceof AppFailure && e.code === 'WRONG_PASSPHRASE' ? 1 : 0;
      deps.logger.info('vault.restore', `backup ${b.id} did not verify`);
      continue;
    }
    const source = await deps.fs.open(path, 'r');
    try {
      const size = (await source.stat()).size;
      await replaceDurably(
        deps.fs,
        deps.vaultPath,
        async (write) => {
          for (let pos = 0; pos < size; pos += 4 * 1024 * 1024) {
            await write(await source.read(pos, Math.min(4 * 1024 * 1024, size - pos)));
          }
        },
        {
          beforeRename: async () => {
            const current = await deps.fs.lstat(deps.vaultPath);
            if (current?.isFile) {
              // Keep what is being replaced: it may be the only copy of something.
              await linkBackup(
                deps.fs,
                deps.vaultPath,
                deps.backupsDir,
                (all[0]?.generation ?? 0) + 1,
                deps.clock.now(),
              );
            }
            await deps.beforeReplace?.();
          },
        },
      );
    } finally {
      await source.close();
    }
    return b;
  }
  throw wrong === candidates.length
    ? new AppFailure('WRONG_PASSPHRASE', 'That passphrase does not open any backup.')
    : new AppFailure('CORRUPT', 'No backup could be verified with that passphrase.');
}
