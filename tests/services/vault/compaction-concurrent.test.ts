// Compaction never holds up a save (docs/vault.md, "Compaction"): while the new file is written, saves are
// acknowledged from the current file at once, and the switch carries every one of them into the new file. A
// compaction held at its first write to the new file shows both halves; lock and a passphrase change during it.
import { readdirSync } from 'node:fs';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { FsPort } from '../../../electron/services/vault/fs-port';
import { nodeFs } from '../../../electron/services/vault/fs-port';
import type { VaultService } from '../../../electron/services/vault/vault-service';

import { fakeClock, PASS, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/**
 * The real file system, except that once armed, writes to the next new vault file (a compaction's temp) wait for
 * `release`; `held` resolves when the first such write arrives.
 */
function heldCompaction(): {
  fs: FsPort;
  arm: () => void;
  release: () => void;
  held: Promise<void>;
} {
  let release!: () => void;
  let reached!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const held = new Promise<void>((r) => (reached = r));
  let opened = -1; // not armed
  const fs: FsPort = {
    ...nodeFs,
    open: async (path, mode) => {
      const fh = await nodeFs.open(path, mode);
      if (
        mode !== 'wx' ||
        !/\.vault\.icpc\.[0-9a-f]+\.tmp$/.test(path) ||
        opened < 0 ||
        ++opened > 1
      ) {
        return fh;
      }
      return {
        ...fh,
        write: async (data, position) => {
          reached();
          await gate;
          return fh.write(data, position);
        },
      };
    },
  };
  return { fs, arm: () => (opened = 0), release, held };
}

const text = 'The core group met and agreed the outline plan. '.repeat(50);
const doc = (n: number): Buffer => Buffer.alloc(5000 + n, n);
const temps = (): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

async function withHistory(fs: FsPort, clock = fakeClock()): Promise<VaultService> {
  const v = testVault(dir, { fs, clock });
  await v.create(PASS);
  for (let i = 0; i < 5; i += 1) {
    await v.put('conferences', 'c', { i, text });
  }
  await v.putDocument('d1', { mediaType: 'application/pdf', meta: {}, bytes: doc(1) });
  return v;
}

/** Resolves with the value, or rejects if `p` takes longer than `ms` (a save stuck behind the compaction). */
const within = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    p,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms),
    ),
  ]);

describe('compaction alongside saves', () => {
  it('acknowledges saves made while the new file is written, and the new file holds every one of them', async () => {
    const { fs, arm, release, held } = heldCompaction();
    const clock = fakeClock();
    const v = await withHistory(fs, clock);
    arm();
    clock.advance(60_000); // the backup the switch links gets its own name
    const backups = (await v.listBackups()).length;
    const compaction = v.compact();
    await held; // the compaction has its snapshot and is writing the new file
    await within(v.put('conferences', 'c', { i: 10, text }), 5000);
    await within(
      v.putDocument('d2', { mediaType: 'application/pdf', meta: {}, bytes: doc(2) }),
      5000,
    );
    await within(v.remove('conferences', 'c'), 5000);
    await within(v.put('conferences', 'e', { i: 11, text }), 5000);
    // More than the switch takes on its own: most are carried into the new file before it, the rest at it.
    for (let k = 0; k < 60; k += 1) {
      await within(v.put('conferences', `m${k % 7}`, { k, text }), 5000);
    }
    // Acknowledged by the file that is still current: no switch has happened yet.
    expect((await v.listBackups()).length).toBe(backups);
    release();
    await compaction;
    expect((await v.listBackups()).length).toBe(backups + 1); // the old file, linked at the switch
    expect(temps()).toEqual([]);
    await v.put('conferences', 'f', { i: 12 }); // the new file takes further saves
    v.lock('manual');
    await v.unlock(PASS);
    expect(v.get('conferences', 'c')).toBeUndefined();
    expect(v.get<{ i: number }>('conferences', 'e')?.i).toBe(11);
    expect(v.get<{ i: number }>('conferences', 'f')?.i).toBe(12);
    for (let m = 0; m < 7; m += 1) {
      expect(v.get<{ k: number }>('conferences', `m${m}`)?.k).toBe(
        m + 7 * Math.floor((59 - m) / 7),
      ); // the last save of each
    }
    expect((await v.readDocument('d2')).equals(doc(2))).toBe(true);
    expect((await v.readDocument('d1')).equals(doc(1))).toBe(true);
    const checked = await v.verify();
    expect(checked.audit.ok).toBe(true);
    expect(checked.documents).toBe(2);
    await v.close();
  });

  it('a lock during the compaction drops the new file and loses no save', async () => {
    const { fs, arm, release, held } = heldCompaction();
    const v = await withHistory(fs);
    arm();
    const compaction = v.compact();
    await held;
    await within(v.put('conferences', 'c', { i: 20, text }), 5000);
    v.lock('manual');
    release();
    await compaction; // stopped quietly: it belonged to the session that was locked
    await v.whenIdle();
    expect(temps()).toEqual([]);
    await v.unlock(PASS);
    expect(v.get<{ i: number }>('conferences', 'c')?.i).toBe(20);
    expect((await v.verify()).documents).toBe(1);
    await v.close();
  });

  it('a passphrase change during the compaction overtakes it; its file is dropped', async () => {
    const { fs, arm, release, held } = heldCompaction();
    const v = await withHistory(fs);
    arm();
    const compaction = v.compact();
    await held;
    await within(v.put('conferences', 'c', { i: 30, text }), 5000);
    await v.changePassphrase(PASS, 'a new passphrase for the vault file');
    await within(v.put('conferences', 'c', { i: 31, text }), 5000);
    release();
    await compaction;
    expect(temps()).toEqual([]);
    v.lock('manual');
    await v.unlock('a new passphrase for the vault file');
    expect(v.get<{ i: number }>('conferences', 'c')?.i).toBe(31);
    expect((await v.readDocument('d1')).equals(doc(1))).toBe(true);
    await v.close();
  });

  it('a compaction started by saves runs beside them and ends with all of them on disk', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.putDocument('d1', { mediaType: 'application/pdf', meta: {}, bytes: doc(1) });
    // ~2.5 KB a save: superseded versions pass the 1 MiB threshold after about 400 saves.
    for (let i = 0; i < 900; i += 1) {
      await v.put('conferences', `c${i % 3}`, { i, text });
    }
    await v.whenIdle();
    expect(temps()).toEqual([]);
    expect((await v.listBackups()).length).toBeGreaterThanOrEqual(2); // the daily one and at least one compaction
    v.lock('manual');
    await v.unlock(PASS);
    for (let k = 0; k < 3; k += 1) {
      expect(v.get<{ i: number }>('conferences', `c${k}`)?.i).toBe(897 + k);
    }
    expect((await v.verify()).audit.ok).toBe(true);
    await v.close();
  }, 60_000);
});
