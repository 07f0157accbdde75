// Rotating encrypted backup generations in backups/ (0700): the file as it was before each compaction, kept as the
// last 10 plus the newest of each day for 30 days. Rule source: docs/reliability.md §2.3, §3.3 (R4, F10).
import { join } from 'node:path';

import { replaceDurably, tempPathFor } from './durable-file';
import type { FsPort } from './fs-port';

export const BACKUP_DIR = 'backups';
export const KEEP_RECENT = 10;
export const KEEP_DAYS = 30;
const NAME = /^vault-(\d{8})-(\d{8}T\d{6}Z)\.icpc$/;
/** Base of the hidden temp name a backup is renamed to while it is removed (swept at unlock if a crash left it). */
export const REMOVED_BASE = 'removed';
/** A backup being removed is cut short this much at a time before the unlink (see removeGently). */
const CUT_BYTES = 16 * 1024 * 1024;
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export type BackupInfo = { id: string; generation: number; createdAt: string; size: number };

const stamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The backup file name for a generation at a time, e.g. `vault-00000012-20250101T120000Z.icpc`. */
export function backupName(generation: number, at: Date): string {
  return `vault-${String(generation).padStart(8, '0')}-${stamp(at)}.icpc`;
}

function parseName(id: string): { generation: number; createdAt: string } | null {
  const m = NAME.exec(id);
  if (!m) {
    return null;
  }
  const s = m[2]!;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
  return { generation: Number(m[1]), createdAt: iso };
}

/** Backups newest first (by generation, then time). Unknown names are ignored. */
export async function listBackups(fs: FsPort, dir: string): Promise<BackupInfo[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const out: BackupInfo[] = [];
  for (const id of names) {
    const parsed = parseName(id);
    const st = parsed ? await fs.lstat(join(dir, id)) : null;
    if (parsed && st?.isFile) {
      out.push({ id, ...parsed, size: st.size });
    }
  }
  return out.sort((a, b) => b.generation - a.generation || b.createdAt.localeCompare(a.createdAt));
}

/** Which backups the policy keeps: the newest 10, plus the newest of each of the last 30 days. */
export function selectKept(backups: readonly BackupInfo[], now: Date): Set<string> {
  const kept = new Set(backups.slice(0, KEEP_RECENT).map((b) => b.id));
  const oldest = now.getTime() - KEEP_DAYS * 86_400_000;
  const days = new Set<string>();
  for (const b of backups) {
    const day = b.createdAt.slice(0, 10);
    if (Date.parse(b.createdAt) >= oldest && !days.has(day)) {
      days.add(day);
      kept.add(b.id);
    }
  }
  return kept;
}

/**
 * Links the current vault file into backups/ (no copy: after the rename that follows, the old inode is the
 * backup), fsyncs the folder, then prunes. A crash between steps leaves at most one extra or missing old backup.
 */
export async function linkBackup(
  fs: FsPort,
  vaultPath: string,
  dir: string,
  generation: number,
  now: Date,
): Promise<string> {
  await fs.mkdir(dir, 0o700);
  const id = backupName(generation, now);
  try {
    await fs.link(vaultPath, join(dir, id));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw e;
    }
    // A copy made earlier in the same second (daily or before sign-off) holds no more than this file: replace it.
    await fs.unlink(join(dir, id));
    await fs.link(vaultPath, join(dir, id));
  }
  await fs.syncDir(dir);
  return id;
}

/**
 * Copies the committed part of the live vault file (`length` bytes) into backups/ (a copy: the live file keeps
 * growing in place, so a link would change with it), durably (temp file, fsync, rename, fsync of the folder).
 */
export async function copyBackup(
  fs: FsPort,
  read: (position: number, length: number) => Promise<Buffer>,
  length: number,
  dir: string,
  generation: number,
  now: Date,
): Promise<string> {
  await fs.mkdir(dir, 0o700);
  const id = backupName(generation, now);
  await replaceDurably(fs, join(dir, id), async (write) => {
    for (let pos = 0; pos < length; pos += 4 * 1024 * 1024) {
      await write(await read(pos, Math.min(4 * 1024 * 1024, length - pos)));
    }
  });
  return id;
}

/** True when a backup was made on the (UTC) day of `now`. */
export async function hasBackupOn(fs: FsPort, dir: string, now: Date): Promise<boolean> {
  const day = now.toISOString().slice(0, 10);
  return (await listBackups(fs, dir)).some((b) => b.createdAt.slice(0, 10) === day);
}

export async function pruneBackups(fs: FsPort, dir: string, now: Date): Promise<number> {
  const all = await listBackups(fs, dir);
  const kept = selectKept(all, now);
  let removed = 0;
  for (const b of all) {
    if (!kept.has(b.id)) {
      try {
        await removeGently(fs, dir, b.id);
        removed += 1;
      } catch (e) {
        // Gone already is fine: a rotation running beside this one (after a backup made meanwhile) removed it.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw e;
        }
      }
    }
  }
  if (removed > 0) {
    await fs.syncDir(dir);
  }
  return removed;
}

/**
 * Removes one backup without stalling saves: unlinking a file of hundreds of megabytes frees all its blocks in one
 * journal commit (with discards on an SSD), and every fsync (a save's) waits for that commit. So the backup is first
 * renamed to a hidden temp name (out of the list at once; the folder synced, so it never reappears cut short under
 * its own name), then cut short a few megabytes at a time, then unlinked. docs/vault.md ("Backups").
 */
async function removeGently(fs: FsPort, dir: string, id: string): Promise<void> {
  const hidden = tempPathFor(join(dir, REMOVED_BASE));
  await fs.rename(join(dir, id), hidden);
  await fs.syncDir(dir);
  const fh = await fs.open(hidden, 'r+');
  try {
    for (let size = (await fh.stat()).size - CUT_BYTES; size > 0; size -= CUT_BYTES) {
      await fh.truncate(size);
      await turn();
    }
  } finally {
    await fh.close();
  }
  await fs.unlink(hidden);
}
