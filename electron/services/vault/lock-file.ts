// One writer: a lock file naming its holder (pid, host, shell), made complete in a temp file and then link()ed into
// place, so it never exists empty or half-written. Only a complete lock naming a dead process on this host is
// recovered; anything else is BUSY with the exact way out (`icpc unlock --force`). Rule source:
// docs/reliability.md §2.3 ("One writer"), §3.3 F8; docs/vault.md ("One writer").
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

import { AppFailure } from '../../../shared/ipc/result';

import type { FsPort } from './fs-port';
import { FORCE_UNLOCK_PHRASE } from './phrases';

export type LockHolder = { pid: number; host: string; shell: string; since: string };

const SHELL_NAMES: Record<string, string> = {
  electron: 'the ICPC Companion app',
  browser: 'the ICPC Companion browser shell',
  cli: 'the icpc command line',
  test: 'a test run',
};

export { FORCE_UNLOCK_PHRASE };

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

/** The holder named by a lock file's bytes, or null when they are not a complete lock (empty, torn, foreign). */
export function parseHolder(bytes: Buffer): LockHolder | null {
  try {
    const p = JSON.parse(bytes.toString('utf8')) as Partial<LockHolder>;
    return typeof p.pid === 'number' &&
      Number.isSafeInteger(p.pid) &&
      p.pid > 0 &&
      typeof p.host === 'string' &&
      typeof p.shell === 'string' &&
      typeof p.since === 'string'
      ? { pid: p.pid, host: p.host, shell: p.shell, since: p.since }
      : null;
  } catch {
    return null;
  }
}

async function readLock(fs: FsPort, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch {
    return null; // gone meanwhile
  }
}

const safe = (text: string, max: number): string =>
  text.slice(0, max).replace(/[^A-Za-z0-9 ._:+-]/g, '?'); // never prints control characters from the file

/** The lock's time in UK time, e.g. "5 January 2026 at 09:00"; the raw text (made safe) if it is not a date. */
function since(text: string): string {
  const at = new Date(text);
  return Number.isNaN(at.getTime())
    ? safe(text, 40)
    : at.toLocaleString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/London',
      });
}

const describe = (h: LockHolder): string =>
  `${SHELL_NAMES[h.shell] ?? 'another program'} (process ${h.pid} on ${safe(h.host, 64)}, since ${since(h.since)})`;

/** The BUSY message: who holds the lock and exactly how to recover if that is wrong. */
export function busyMessage(other: LockHolder | null, myHost: string): string {
  const force = `run \`icpc unlock --force\` and type "${FORCE_UNLOCK_PHRASE}"`;
  if (!other) {
    return (
      'The vault lock file (vault.lock in the data folder) is unreadable, so the vault may be open elsewhere. ' +
      `Close ICPC Companion and the icpc command line everywhere; if it is still refused, ${force}.`
    );
  }
  const where =
    other.host === myHost
      ? `Close it there first. If no ICPC Companion is running on this computer (the process id may now belong to another program after a crash: check the task manager for process ${other.pid}), ${force}.`
      : `Close it on ${safe(other.host, 64)} first (the data folder is shared with that computer). If it is not open there, ${force}.`;
  return `The vault is already open in ${describe(other)}. ${where}`;
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
  const mine = Buffer.from(JSON.stringify(holder));
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fh = await fs.open(temp, 'wx').catch(() => {
    throw new AppFailure('IO', 'The vault lock could not be created in the data folder.');
  });
  try {
    await fh.write(mine, 0);
  } finally {
    await fh.close();
  }
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        await fs.link(temp, path); // appears complete, or not at all (EEXIST)
        return { release: () => releaseIfMine(fs, path, mine) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new AppFailure('IO', 'The vault lock could not be created in the data folder.');
        }
      }
      const bytes = await readLock(fs, path);
      if (bytes === null) {
        continue; // released meanwhile: try again
      }
      const other = parseHolder(bytes);
      const stale =
        other !== null &&
        other.host === holder.host &&
        other.pid !== holder.pid &&
        !isProcessAlive(other.pid);
      if (!stale || !(await removeIfStill(fs, path, bytes))) {
        throw new AppFailure('BUSY', busyMessage(other, holder.host));
      }
    }
    throw new AppFailure('BUSY', busyMessage(null, holder.host));
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

/**
 * Removes the lock only if it still holds `bytes`: it is moved aside under a unique name first and compared, and
 * put back if another process took the lock in between. True when the stale lock was removed.
 */
async function removeIfStill(fs: FsPort, path: string, bytes: Buffer): Promise<boolean> {
  const aside = `${path}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await fs.rename(path, aside);
  } catch {
    return true; // already gone: try to link again
  }
  const moved = await readLock(fs, aside);
  if (moved !== null && moved.equals(bytes)) {
    await fs.unlink(aside).catch(() => undefined);
    return true;
  }
  await fs.link(aside, path).catch(() => undefined); // someone else's fresh lock: put it back
  await fs.unlink(aside).catch(() => undefined);
  return false;
}

async function releaseIfMine(fs: FsPort, path: string, mine: Buffer): Promise<void> {
  const current = await readLock(fs, path);
  if (current?.equals(mine)) {
    await fs.unlink(path).catch(() => undefined);
  }
}

/** `icpc unlock --force`: removes the lock file after the typed confirmation; returns who it named. */
export async function forceUnlock(
  fs: FsPort,
  path: string,
  confirmation: string,
): Promise<LockHolder | null | 'none'> {
  if (confirmation.trim().toLowerCase() !== FORCE_UNLOCK_PHRASE) {
    throw new AppFailure(
      'BAD_INPUT',
      `Type "${FORCE_UNLOCK_PHRASE}" to confirm that the vault is not open anywhere.`,
    );
  }
  const bytes = await readLock(fs, path);
  if (bytes === null) {
    return 'none';
  }
  await fs.unlink(path).catch(() => undefined);
  return parseHolder(bytes);
}
