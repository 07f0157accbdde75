// One writer (docs/vault.md "One writer"; docs/reliability.md §2.3, §3.3 F8): the lock appears complete or not at
// all, an empty or half-written lock is never stale, a stale lock is recovered by one process only, and a lock that
// may be live says exactly how to recover.
import { spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { isAppFailure } from '../../../shared/ipc/result';
import type { FsPort } from '../../../electron/services/vault/fs-port';
import { nodeFs } from '../../../electron/services/vault/fs-port';
import { acquireLock, parseHolder } from '../../../electron/services/vault/lock-file';
import { LOCK_FILE } from '../../../electron/services/vault/vault';
import { EXIT, vaultCli } from '../../support/cli-harness';

import { tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const lockPath = (): string => join(dir, LOCK_FILE);
const now = new Date('2026-01-05T09:00:00Z');
const ALIVE = [process.pid, process.ppid]; // two processes that exist for the whole test
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid;

/** nodeFs whose every call first waits `delay()` ms: a scheduler that reorders concurrent lockers. */
function slowFs(delay: () => number): FsPort {
  const wait = () => new Promise((r) => setTimeout(r, delay()));
  const wrap =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      await wait();
      return f(...a);
    };
  return {
    ...nodeFs,
    open: async (path, mode) => {
      await wait();
      const fh = await nodeFs.open(path, mode);
      return { ...fh, write: wrap(fh.write), close: wrap(fh.close) };
    },
    readFile: wrap(nodeFs.readFile),
    rename: wrap(nodeFs.rename),
    link: wrap(nodeFs.link),
    unlink: wrap(nodeFs.unlink),
  };
}

async function outcome(p: Promise<unknown>): Promise<'held' | 'BUSY'> {
  try {
    await p;
    return 'held';
  } catch (e) {
    if (isAppFailure(e) && e.code === 'BUSY') {
      return 'BUSY';
    }
    throw e;
  }
}

describe('the vault lock', () => {
  it('never lets two writers in when one writer is slow to write its lock (the delayed-write race)', async () => {
    let releaseWrite!: () => void;
    const gate = new Promise<void>((r) => (releaseWrite = r));
    const slowWriter: FsPort = {
      ...nodeFs,
      open: async (path, mode) => {
        const fh = await nodeFs.open(path, mode);
        return {
          ...fh,
          write: async (d, p) => {
            await gate; // the lock content is late, as when the process is descheduled after creating the file
            return fh.write(d, p);
          },
        };
      },
    };
    const a = outcome(acquireLock(slowWriter, lockPath(), { shell: 'cli', now, pid: ALIVE[0] }));
    await new Promise((r) => setTimeout(r, 20));
    // The lock does not exist yet in any form, empty or not: the slow writer has not linked it.
    await expect(readFile(lockPath())).rejects.toMatchObject({ code: 'ENOENT' });
    const b = await outcome(acquireLock(nodeFs, lockPath(), { shell: 'cli', now, pid: ALIVE[1] }));
    releaseWrite();
    expect([await a, b].sort()).toEqual(['BUSY', 'held']);
    expect(parseHolder(await readFile(lockPath()))?.pid).toBe(ALIVE[1]);
  });

  it('treats an empty or half-written lock as held, and says how to recover', async () => {
    for (const content of ['', '{"pid":', '{"pid":12,"host":"x"}', '\u0000\u0000\u0000']) {
      await writeFile(lockPath(), content);
      const e = await acquireLock(nodeFs, lockPath(), { shell: 'cli', now }).then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toMatchObject({ code: 'BUSY' });
      expect((e as Error).message).toMatch(/icpc unlock --force/);
      expect(await readFile(lockPath(), 'utf8')).toBe(content); // left alone
    }
  });

  it('recovers a complete lock of a dead process on this host, once, when two processes race for it', async () => {
    for (let round = 0; round < 10; round += 1) {
      const stale = { pid: deadPid(), host: hostname(), shell: 'cli', since: now.toISOString() };
      await writeFile(lockPath(), JSON.stringify(stale));
      const fs = slowFs(() => Math.floor(Math.random() * 4));
      const results = await Promise.all(
        ALIVE.map((pid) => outcome(acquireLock(fs, lockPath(), { shell: 'cli', now, pid }))),
      );
      expect(results.sort()).toEqual(['BUSY', 'held']);
      const holder = parseHolder(await readFile(lockPath()));
      expect(ALIVE).toContain(holder?.pid);
      await nodeFs.unlink(lockPath());
    }
    expect((await readdir(dir)).filter((n) => n !== LOCK_FILE)).toEqual([]); // no temp or aside files left
  });

  it('admits exactly one of several concurrent writers under any scheduling (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }),
        fc.boolean(),
        async (delays, staleFirst) => {
          let i = 0;
          const fs = slowFs(() => delays[i++ % delays.length]!);
          if (staleFirst) {
            const stale = { pid: deadPid(), host: hostname(), shell: 'cli', since: '' };
            await writeFile(lockPath(), JSON.stringify(stale));
          }
          const results = await Promise.all(
            ALIVE.map((pid) => outcome(acquireLock(fs, lockPath(), { shell: 'cli', now, pid }))),
          );
          expect(results.filter((r) => r === 'held')).toHaveLength(1);
          await nodeFs.unlink(lockPath());
        },
      ),
      { seed: 20260105, numRuns: 25 },
    );
  }, 60_000);

  it('names a live lock on another computer and how to recover, and unlock --force removes it after confirmation', async () => {
    const other = { pid: 4242, host: 'other-laptop', shell: 'electron', since: now.toISOString() };
    await writeFile(lockPath(), JSON.stringify(other));
    const e = await acquireLock(nodeFs, lockPath(), { shell: 'cli', now }).then(
      () => null,
      (x: unknown) => x as Error,
    );
    expect(e?.message).toBe(
      'The vault is already open in the ICPC Companion app (process 4242 on other-laptop, since 5 January 2026 at 09:00). ' +
        'Close it on other-laptop first (the data folder is shared with that computer). If it is not open there, ' +
        'run `icpc unlock --force` and type "remove the lock".',
    );
    const cli = vaultCli({ dataDir: () => dir });
    expect((await cli(['unlock'])).code).toBe(EXIT.USAGE);
    expect((await cli(['unlock', '--force', '--confirm', 'yes'])).code).toBe(EXIT.USAGE);
    expect(await readFile(lockPath(), 'utf8')).toBe(JSON.stringify(other));
    const forced = await cli(['unlock', '--force', '--confirm', 'remove the lock']);
    expect(forced).toMatchObject({
      code: EXIT.OK,
      out: 'The vault lock of process 4242 was removed.\n',
    });
    const held = await acquireLock(nodeFs, lockPath(), { shell: 'cli', now });
    await held.release();
    await expect(readFile(lockPath())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('says a live process id on this host may have been reused, and what to check', async () => {
    const live = {
      pid: process.ppid,
      host: hostname(),
      shell: 'browser',
      since: now.toISOString(),
    };
    await writeFile(lockPath(), JSON.stringify(live));
    await expect(acquireLock(nodeFs, lockPath(), { shell: 'cli', now })).rejects.toMatchObject({
      code: 'BUSY',
      message: expect.stringMatching(
        /browser shell \(process \d+ on .*check the task manager for process \d+.*icpc unlock --force/,
      ) as unknown,
    });
  });
});
