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
import type { VaultHeader } from './format';
import { keysFromDek, unlockWithPassphrase, unlockWithRecovery, wipeKeys } from './keys';
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

/** What opens a backup: a passphrase (the backup's own, or the current vault's) or the printed recovery key. */
export type RestoreKey = { passphrase: string } | { recoveryKey: Buffer };

/** A restore's result: the backup, and the data key when the restored file must take the current passphrase. */
export type Restored = { backup: BackupInfo; rewrap: { dek: Buffer; from: VaultHeader } | null };

/**
 * Same vault, same data key: the file id and the recovery wrap are kept by every passphrase change, and one
 * recovery key's wrap of two different data keys cannot have the same bytes.
 */
export function sameDataKey(a: VaultHeader, b: VaultHeader): boolean {
  return (
    a.fileId === b.fileId && JSON.stringify(a.wraps.recovery) === JSON.stringify(b.wraps.recovery)
  );
}

/** The live vault's header, or null when the file is missing or its header is damaged. */
async function liveHeader(deps: RestoreDeps): Promise<VaultHeader | null> {
  try {
    const opened = await openVaultFile(deps.fs, deps.vaultPath, 'r');
    await opened.fh.close().catch(() => undefined);
    return opened.header.header;
  } catch {
    return null;
  }
}

/** Opens a backup read-only and authenticates every entry, document and the audit chain. */
export async function verifyBackup(
  deps: RestoreDeps,
  path: string,
  getDek: (header: VaultHeader) => Promise<Buffer>,
): Promise<void> {
  const opened = await openVaultFile(deps.fs, path, 'r');
  let session: VaultSession | null = null;
  try {
    const keys = keysFromDek(await getDek(opened.header.header));
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

/**
 * Restores `id`, or the newest backup that verifies with `key`. A backup opens with its own passphrase, with the
 * current vault's passphrase when it holds the same data key (a passphrase change keeps it), or with the recovery
 * key. When the current vault's header is readable and holds the same data key, `rewrap` says the restored file
 * must take the current passphrase (docs/vault.md, "Backups and passphrase changes").
 */
export async function restoreBackup(
  deps: RestoreDeps,
  key: RestoreKey,
  id?: string,
): Promise<Restored> {
  const all = await listBackups(deps.fs, deps.backupsDir);
  const candidates =
    id === undefined ? all.slice(0, MAX_CANDIDATES) : all.filter((b) => b.id === id);
  if (candidates.length === 0) {
    throw new AppFailure(
      'NOT_FOUND',
      id === undefined ? 'There are no backups yet.' : 'That backup was not found.',
    );
  }
  const live = await liveHeader(deps);
  // The current passphrase's key, derived at most once (the KDF takes about a second).
  let liveDek: Promise<Buffer> | null = null;
  const dekFor = async (h: VaultHeader): Promise<Buffer> => {
    if ('recoveryKey' in key) {
      return unlockWithRecovery(h, key.recoveryKey);
    }
    try {
      return await unlockWithPassphrase(h, key.passphrase, deps.kdf);
    } catch (e) {
      if (
        !(e instanceof AppFailure && e.code === 'WRONG_PASSPHRASE') ||
        !live ||
        !sameDataKey(live, h)
      ) {
        throw e;
      }
      liveDek ??= unlockWithPassphrase(live, key.passphrase, deps.kdf);
      return Buffer.from(await liveDek);
    }
  };
  let wrong = 0;
  for (const b of candidates) {
    const path = join(deps.backupsDir, b.id);
    let dek: Buffer | null = null;
    let header: VaultHeader | null = null;
    try {
      await verifyBackup(deps, path, async (h) => {
        header = h;
        dek = await dekFor(h);
        return Buffer.from(dek);
      });
    } catch (e) {
      (dek as Buffer | null)?.fill(0);
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
    const h = header as VaultHeader | null;
    const rewrap =
      live && h && dek && sameDataKey(live, h) && !sameWrap(live, h) ? { dek, from: live } : null;
    if (!rewrap) {
      (dek as Buffer | null)?.fill(0);
    }
    return { backup: b, rewrap };
  }
  const what = 'recoveryKey' in key ? 'recovery key' : 'passphrase';
  throw wrong === candidates.length
    ? new AppFailure('WRONG_PASSPHRASE', `That ${what} does not open any backup.`)
    : new AppFailure('CORRUPT', `No backup could be verified with that ${what}.`);
}

function sameWrap(a: VaultHeader, b: VaultHeader): boolean {
  return (
    JSON.stringify([a.kdf, a.salt, a.wraps.passphrase]) ===
    JSON.stringify([b.kdf, b.salt, b.wraps.passphrase])
  );
}
