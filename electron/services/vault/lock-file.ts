// One writer: an O_EXCL lock file naming its holder (pid, host, shell); a dead holder on this host is recovered.
// Rule source: reliability.md §2.3 ("One writer"), §3.3 F8.
import { hostname } from 'node:os';

import { AppFailure } from '../../../shared/ipc/result';

import type { FsPort } from './fs-port';

export type LockHolder = { pid: number; host: string; shell: string; since: string };

const SHELL_NAMES: Record<string, string> = {
  electron: 'the ICPC Companion app',
  browser: 'the ICPC Companion browser shell',
  cli: 'the icpc command line',
  test: 'a test run',
};

/** True if a process with this id exists on this machine (EPERM means it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type HeldLock = { release: () => Promise<void> };

async function readHolder(fs: FsPort, path: string): Promise<LockHolder | null> {
  try {
    const parsed = JSON.parse((await fs.readFile(path)).toString('utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? {
          pid: parsed.pid,
          host: parsed.host,
          shell: String(parsed.shell),
          since: String(parsed.since),
        }
      : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws BUSY naming the process that holds it. */
export async function acquireLock(
  fs: FsPort,
  path: string,
  me: { shell: string; now: Date; pid?: number; host?: string },
): Promise<HeldLock> {
  const holder: LockHolder = {
    pid: me.pid ?? process.pid,
    host: me.host ?? hostname(),
    shell: me.shell,
    since: me.now.toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fh = await fs.open(path, 'wx');
      try {
        // No fsync: after a crash the holder's pid is dead, so a lost or empty lock file is recovered anyway.
        await fh.write(Buffer.from(JSON.stringify(holder)), 0);
      } finally {
        await fh.close();
      }
      return {
        release: async () => {
          const current = await readHolder(fs, path);
          if (current && current.pid === holder.pid && current.host === holder.host) {
            await fs.unlink(path).catch(() => undefined);
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppFailure('IO', 'The vault lock could not be created in the data folder.');
      }
    }
    const other = await readHolder(fs, path);
    const stale =
      other === null ||
      (other.host === holder.host && other.pid !== holder.pid && !isProcessAlive(other.pid));
    if (!stale || attempt > 0) {
      const who = other
        ? `${SHELL_NAMES[other.shell] ?? other.shell} (process ${other.pid} on ${other.host}, since ${other.since})`
        : 'another process';
      throw new AppFailure('BUSY', `The vault is already open in ${who}. Close it there first.`);
    }
    await fs.unlink(path).catch(() => undefined); // the holder died without releasing: recover the lock
  }
  throw new AppFailure('BUSY', 'The vault is already open in another process.');
}
