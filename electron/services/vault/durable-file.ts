// Replaces a file durably: unique temp 0600 O_EXCL in the same folder, write, fsync, (backup link), rename with
// retries, fsync the folder. Temp removed on failure. Rule source: docs/reliability.md §2.3, §3.3 (R1, F5–F7).
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

import type { FileHandlePort, FsPort } from './fs-port';
import { ioFailure } from './journal-writer';

export const TEMP_SUFFIX = '.tmp';
const RENAME_ATTEMPTS = 10;
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A unique temp name next to `path`, recognisable by the startup sweep. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/** Renames, retrying EPERM/EBUSY/EACCES with backoff (antivirus and indexers on Windows hold handles). */
export async function renameWithRetry(
  fs: FsPort,
  from: string,
  to: string,
  sleep: Sleep,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || attempt >= RENAME_ATTEMPTS) {
        throw e;
      }
      await sleep(Math.min(200, 10 * 2 ** attempt));
    }
  }
}

/**
 * A new version of a file being written under a unique temp name next to it (O_CREAT|O_EXCL, 0600). Written in
 * order; `install` makes it current, `abandon` removes it. A compaction writes the bulk, syncs it, and only then
 * takes the save queue to add the last commits and install (docs/vault.md, "Compaction").
 */
export class TempFile {
  private position = 0;
  private unsynced = 0;
  private open = true;

  private constructor(
    private readonly fs: FsPort,
    readonly path: string,
    readonly tmp: string,
    private readonly fh: FileHandlePort,
  ) {}

  static async create(fs: FsPort, path: string): Promise<TempFile> {
    const tmp = tempPathFor(path);
    try {
      return new TempFile(fs, path, tmp, await fs.open(tmp, 'wx'));
    } catch (e) {
      throw ioFailure(e);
    }
  }

  /** Bytes written so far. */
  get size(): number {
    return this.position;
  }

  async write(bytes: Uint8Array): Promise<void> {
    await this.fh.write(bytes, this.position);
    this.position += bytes.byteLength;
    this.unsynced += bytes.byteLength;
  }

  async sync(): Promise<void> {
    this.unsynced = 0;
    await this.fh.sync();
  }

  /**
   * Syncs once `bytes` have been written since the last sync. A large file written and synced in one go leaves
   * so much to flush that other files' fsyncs (a save's) wait behind it; synced as it goes, it never does.
   */
  async syncEvery(bytes: number): Promise<void> {
    if (this.unsynced >= bytes) {
      await this.sync();
    }
  }

  /**
   * fsync, close, `beforeRename` (links the backup), rename with retries, fsync of the folder; resolves only when
   * the new file and its directory entry are on disk. On a failure before the rename the temp file is removed.
   */
  async install(
    options: { beforeRename?: () => Promise<void>; sleep?: Sleep } = {},
  ): Promise<void> {
    let renamed = false;
    try {
      await this.fh.sync();
      await this.closeHandle();
      await options.beforeRename?.();
      await renameWithRetry(this.fs, this.tmp, this.path, options.sleep ?? realSleep);
      renamed = true;
      await this.fs.syncDir(dirname(this.path));
    } catch (e) {
      if (!renamed) {
        await this.abandon();
      }
      throw ioFailure(e);
    }
  }

  /** Closes and removes the temp file (best effort: the startup sweep removes what is left). */
  async abandon(): Promise<void> {
    await this.closeHandle().catch(() => undefined);
    await this.fs.unlink(this.tmp).catch(() => undefined);
  }

  private async closeHandle(): Promise<void> {
    if (this.open) {
      this.open = false;
      await this.fh.close();
    }
  }
}

/**
 * Writes a new version of `path` through `produce` and makes it current; resolves only when the new file and its
 * directory entry are on disk. `beforeRename` runs after the temp file is synced (used to link a backup).
 */
export async function replaceDurably(
  fs: FsPort,
  path: string,
  produce: (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>,
  options: { beforeRename?: () => Promise<void>; sleep?: Sleep } = {},
): Promise<void> {
  const temp = await TempFile.create(fs, path);
  try {
    await produce((bytes) => temp.write(bytes));
  } catch (e) {
    await temp.abandon();
    throw ioFailure(e);
  }
  await temp.install(options);
}

/** Removes temp files a crash left behind (R2). Never promotes one: a temp file is not a save. */
export async function sweepTemps(fs: FsPort, dir: string, base: string): Promise<number> {
  let removed = 0;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(`.${base}.`) && name.endsWith(TEMP_SUFFIX)) {
      await fs.unlink(join(dir, name)).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}
