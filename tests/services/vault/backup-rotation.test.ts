// The backup rotation after a compaction holds up no save (docs/vault.md, "Backups"): it runs outside the save
// queue, and a backup it removes leaves the list at once (renamed to a hidden temp name, the folder synced) before
// it is cut short and unlinked, so no listed backup is ever a cut-short file; a crash part way leaves only the
// hidden name, which the next unlock sweeps.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { BACKUP_DIR, KEEP_RECENT } from '../../../electron/services/vault/backups';
import type { FsPort } from '../../../electron/services/vault/fs-port';
import { nodeFs } from '../../../electron/services/vault/fs-port';

import { fakeClock, PASS, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const hidden = (): string[] =>
  readdirSync(join(dir, BACKUP_DIR)).filter((n) => n.startsWith('.removed.'));

/** The real file system, except that once armed, cutting short or removing a hidden backup waits for `release`. */
function heldRemoval(): { fs: FsPort; arm: () => void; release: () => void; held: Promise<void> } {
  let release!: () => void;
  let reached!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const held = new Promise<void>((r) => (reached = r));
  let armed = false;
  const wait = async (path: string): Promise<void> => {
    if (armed && path.includes(`${BACKUP_DIR}/.removed.`)) {
      reached();
      await gate;
    }
  };
  const fs: FsPort = {
    ...nodeFs,
    open: async (path, mode) => {
      const fh = await nodeFs.open(path, mode);
      return { ...fh, truncate: async (n) => (await wait(path), fh.truncate(n)) };
    },
    unlink: async (path) => (await wait(path), nodeFs.unlink(path)),
  };
  return { fs, arm: () => (armed = true), release, held };
}

const within = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    p,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms),
    ),
  ]);

describe('backup rotation after a compaction', () => {
  it('removes the oldest backup beside the saves, and never lists it cut short', async () => {
    const { fs, arm, release, held } = heldRemoval();
    const clock = fakeClock();
    const v = testVault(dir, { fs, clock });
    await v.create(PASS);
    // A backup big enough to be cut short in several steps (16 MB each).
    await v.putDocument('d1', {
      mediaType: 'application/pdf',
      meta: {},
      bytes: Buffer.alloc(20 << 20, 7),
    });
    for (let k = 0; k < KEEP_RECENT; k += 1) {
      clock.advance(60_000); // each backup its own name
      await v.put('conferences', 'c', { k });
      await v.compact();
    }
    const before = await v.listBackups();
    expect(before.length).toBe(KEEP_RECENT);
    const sizes = new Map(before.map((b) => [b.id, b.size]));
    const oldest = before[before.length - 1]!.id;
    arm();
    clock.advance(60_000);
    const compaction = v.compact();
    await held; // the switch is done; the rotation is removing the oldest backup
    expect(hidden()).toHaveLength(1);
    const listed = await v.listBackups();
    expect(listed.map((b) => b.id)).not.toContain(oldest);
    expect(listed).toHaveLength(KEEP_RECENT);
    for (const b of listed) {
      expect(statSync(join(dir, BACKUP_DIR, b.id)).size).toBe(sizes.get(b.id) ?? b.size);
    }
    // Saves go on while the old backup is being removed.
    for (let k = 0; k < 5; k += 1) {
      await within(v.put('conferences', 'c', { k: 100 + k }), 5000);
    }
    release();
    await compaction;
    expect(hidden()).toEqual([]);
    expect((await v.listBackups()).map((b) => b.id)).toEqual(listed.map((b) => b.id));
    v.lock('manual');
    await v.unlock(PASS);
    expect(v.get<{ k: number }>('conferences', 'c')?.k).toBe(104);
    expect((await v.verify()).documents).toBe(1);
    await v.close();
  }, 60_000);

  it('sweeps a backup a crash left half removed at the next unlock, and lists none of it', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.put('conferences', 'c', { k: 1 });
    const listed = (await v.listBackups()).map((b) => b.id);
    v.lock('manual');
    await v.whenIdle();
    writeFileSync(join(dir, BACKUP_DIR, '.removed.0a1b2c3d4e5f.tmp'), Buffer.alloc(1000, 1));
    expect((await v.listBackups()).map((b) => b.id)).toEqual(listed);
    await v.unlock(PASS);
    expect(hidden()).toEqual([]);
    expect(v.get<{ k: number }>('conferences', 'c')?.k).toBe(1);
    await v.close();
  });
});
