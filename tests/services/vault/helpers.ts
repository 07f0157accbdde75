// Test support for the vault: a weak KDF injected by dependency injection only, fake clock and timers, temp dirs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Clock, Logger } from '../../../electron/services/ports';
import type { FsPort } from '../../../electron/services/vault/fs-port';
import { nodeFs } from '../../../electron/services/vault/fs-port';
import type { KdfPolicy } from '../../../electron/services/vault/kdf';
import type { Timers } from '../../../electron/services/vault/lock-controller';
import { VaultService } from '../../../electron/services/vault/vault-service';

/** 2^10 × 8 × 128 B = 1 MiB: fast, and only ever reachable by injection (never from the production factory). */
export const TEST_KDF: KdfPolicy = {
  name: 'test',
  floor: { logN: 10, r: 8, p: 1 },
  calibrate: () => Promise.resolve({ id: 'scrypt', logN: 10, r: 8, p: 1 }),
};

export const PASS = 'correct horse battery staple';

export type FakeTimers = Timers & { fire: () => void; pending: () => number };

export function fakeTimers(): FakeTimers {
  const handles = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (fn) => {
      handles.set(next, fn);
      return next++;
    },
    clearTimeout: (h) => {
      handles.delete(h as number);
    },
    fire: () => {
      const fns = [...handles.values()];
      handles.clear();
      fns.forEach((fn) => fn());
    },
    pending: () => handles.size,
  };
}

export type SteppingTimers = Timers & { advance: (ms: number) => void; pending: () => number };

/** Timers on a pretend clock: advance(ms) runs, in time order, every timer due by then. */
export function steppingTimers(): SteppingTimers {
  const due = new Map<number, { at: number; fn: () => void }>();
  let now = 0;
  let next = 1;
  return {
    setTimeout: (fn, ms) => {
      due.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (h) => {
      due.delete(h as number);
    },
    advance: (ms) => {
      const end = now + ms;
      for (;;) {
        const first = [...due.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!first) {
          break;
        }
        due.delete(first[0]);
        now = first[1].at;
        first[1].fn();
      }
      now = end;
    },
    pending: () => due.size,
  };
}

export function fakeClock(
  start = Date.parse('2025-03-03T09:00:00Z'),
): Clock & { advance: (ms: number) => void } {
  let t = start;
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

export const quietLogger: Logger = { info: () => undefined, error: () => undefined };

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'icpc-vault-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export type TestVaultOptions = {
  fs?: FsPort;
  clock?: Clock;
  timers?: Timers;
  emit?: (event: string, payload: unknown) => void;
  idleLockMs?: number;
  kdf?: KdfPolicy;
  logger?: Logger;
  shell?: string;
};

export function testVault(dir: string, o: TestVaultOptions = {}): VaultService {
  return new VaultService({
    dataDir: dir,
    fs: o.fs ?? nodeFs,
    kdf: o.kdf ?? TEST_KDF,
    clock: o.clock ?? fakeClock(),
    logger: o.logger ?? quietLogger,
    emit: o.emit ?? (() => undefined),
    timers: o.timers ?? fakeTimers(),
    idleLockMs: o.idleLockMs ?? 5 * 60_000,
    shell: o.shell ?? 'test',
    sleep: () => Promise.resolve(),
  });
}

export async function sha256File(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** A fictional conference record of about `kb` kilobytes of text. */
export function fakeConference(id: string, kb = 30): { [k: string]: string | number } {
  return {
    id,
    child: 'Tilly Examplechild',
    chair: 'Ada Fictional',
    summary: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(
      Math.ceil((kb * 1024) / 57),
    ),
    version: 1,
  };
}
