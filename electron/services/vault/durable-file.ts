// Replaces a file durably: unique temp 0600 O_EXCL in the same folder, write, fsync, (backup link), rename with
// retries, fsync the folder. Temp removed on failure. Rule source: docs/reliability.md §2.3, §3.3 (R1, F5–F7).
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

import type { FsPort } from './fs-port';
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
 * Writes a new version of `path` through `produce` and makes it current; resolves only when the new file and its
 * directory entry are on disk. `beforeRename` runs after the temp file is synced (used to link a backup).
 */
export async function replaceDurably(
  fs: FsPort,
  path: string,
  produce: (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>,
  options: { beforeRename?: () => Promise<void>; sleep?: Sleep } = {},
): Promise<void> {
  const tmp = tempPathFor(path);
  let created = false;
  try {
    const fh = await fs.open(tmp, 'wx');
    created = true;
    try {
      let position = 0;
      await produce(async (bytes) => {
        await fh.write(bytes, position);
        position += bytes.byteLength;
      });
      await fh.sync();
    } finally {
      await fh.close();
    }
    await options.beforeRename?.();
    await renameWithRetry(fs, tmp, path, options.sleep ?? realSleep);
    created = false;
    await fs.syncDir(dirname(path));
  } catch (e) {
    if (created) {
      await fs.unlink(tmp).catch(() => undefined);
    }
    throw ioFailure(e);
  }
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
