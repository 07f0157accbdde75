// Faults F2, F3 and F10 of docs/reliability.md §3.3 (power loss) on the CrashFs shim: at every operation boundary of a
// workload the machine loses power; each crash image must open with the last acknowledged state or the one being
// saved, never older, never damaged, and take the next save. (F1, F4–F9, F11 are in faults.test.ts.)
import { describe, expect, it } from 'vitest';

import type { KdfPolicy } from '../../../electron/services/vault/kdf';
import type { BackupInfo } from '../../../electron/services/vault/backups';
import { unlockWithPassphrase } from '../../../electron/services/vault/keys';
import { verifyBackup } from '../../../electron/services/vault/restore';
import type { VaultService } from '../../../electron/services/vault/vault-service';

import { PASS, fakeClock, quietLogger, testVault } from './helpers';
import type { CrashState } from './support/crash-fs';
import { CrashError, CrashFs } from './support/crash-fs';

const DATA = '/crash/data';
// A tiny scrypt cost keeps 10,000 reopenings fast; injected like TEST_KDF, never reachable in production.
const CRASH_KDF: KdfPolicy = {
  name: 'crash',
  floor: { logN: 4, r: 1, p: 1 },
  calibrate: () => Promise.resolve({ id: 'scrypt', logN: 4, r: 1, p: 1 }),
};

type Observed = { i: number; docs: string[] };
type Step = { name: string; run: (v: VaultService) => Promise<unknown>; after: Observed };

const doc = (n: number): Buffer => Buffer.alloc(3000 + n, n);
const text = 'Lorem ipsum dolor sit amet. '.repeat(40);

const vaultOn = (fs: CrashFs, clock = fakeClock()): VaultService =>
  testVault(DATA, { fs, kdf: CRASH_KDF, clock });

async function observe(v: VaultService): Promise<Observed> {
  const docs = Object.keys(v.list('documents')).sort();
  for (const id of docs) {
    // Buffer.equals: vitest's deep equality walks a Buffer byte by byte, far too slow for 10,000 images.
    expect((await v.readDocument(id)).equals(doc(Number(id.slice(1)))), id).toBe(true);
  }
  expect((await v.verify()).audit.ok).toBe(true);
  return { i: v.get<{ i: number }>('conferences', 'c')?.i ?? -1, docs };
}

/** Runs `steps` on a fresh copy of `base`, crashing before operation k. Returns the crash state and acked steps. */
async function crashRun(
  base: CrashState,
  steps: readonly Step[],
  k: number,
  locked = false,
): Promise<{ state: CrashState | null; acked: number }> {
  const fs = new CrashFs([DATA], structuredCloneState(base));
  const v = vaultOn(fs);
  if (!locked) {
    await v.unlock(PASS);
  }
  fs.arm(k);
  let acked = 0;
  for (const step of steps) {
    try {
      await step.run(v);
    } catch (e) {
      if (!(e instanceof CrashError) && !fs.crashed) {
        throw e;
      }
      break;
    }
    if (fs.crashed) {
      break; // the step finished its work in memory but the power went before it was acknowledged
    }
    acked += 1;
  }
  return { state: fs.captured, acked };
}

function structuredCloneState(s: CrashState): CrashState {
  return new CrashFs(s.roots, s).snapshot();
}

/** Opens a crash image, checks the state is `allowed`, saves once more and checks that save survives a reopen. */
async function checkImage(state: CrashState, seed: number | undefined, allowed: Observed[]) {
  const fs = CrashFs.image(state, seed);
  await fs.unlink(`${DATA}/vault.lock`).catch(() => undefined); // the holder died with the power
  const v = vaultOn(fs);
  const { tornBytes } = await v.unlock(PASS);
  const seen = await observe(v);
  expect(allowed, `seed ${seed}`).toContainEqual(seen);
  await v.put('conferences', 'c', { i: 99, text });
  v.lock('manual');
  await v.unlock(PASS);
  expect(v.get<{ i: number }>('conferences', 'c')?.i).toBe(99);
  await v.close();
  return { fs, v, tornBytes, later: allowed.length > 1 && seen.i === allowed[1]!.i };
}

async function baseVault(setup: (v: VaultService) => Promise<void>, clock = fakeClock()) {
  const fs = new CrashFs([DATA]);
  const v = vaultOn(fs, clock);
  await v.create(PASS);
  await setup(v);
  await v.close();
  return fs.snapshot();
}

/** Counts the operations of the whole workload (no crash). */
async function countOps(
  base: CrashState,
  steps: readonly Step[],
  locked = false,
): Promise<{ total: number; backups: string[] }> {
  const fs = new CrashFs([DATA], structuredCloneState(base));
  const v = vaultOn(fs);
  if (!locked) {
    await v.unlock(PASS);
  }
  fs.arm(-1);
  for (const s of steps) {
    await s.run(v);
  }
  await v.whenIdle();
  const total = fs.count;
  return { total, backups: names(await v.listBackups()) };
}

const names = (list: BackupInfo[]): string[] => list.map((b) => b.id).sort();

const INITIAL: Observed = { i: 0, docs: [] };
// 3 saves plus 1 attachment (docs/reliability.md §3.3 F2), with a compaction between them (rename path).
const WORKLOAD: Step[] = [
  {
    name: 'save 1',
    run: (v) => v.put('conferences', 'c', { i: 1, text }),
    after: { i: 1, docs: [] },
  },
  {
    name: 'attachment',
    run: (v) => v.putDocument('d1', { mediaType: 'application/pdf', meta: {}, bytes: doc(1) }),
    after: { i: 1, docs: ['d1'] },
  },
  {
    name: 'save 2',
    run: (v) => v.put('conferences', 'c', { i: 2, text }),
    after: { i: 2, docs: ['d1'] },
  },
  { name: 'compaction', run: (v) => v.compact(), after: { i: 2, docs: ['d1'] } },
  {
    name: 'save 3',
    run: (v) => v.put('conferences', 'c', { i: 3, text }),
    after: { i: 3, docs: ['d1'] },
  },
];
const expected = [INITIAL, ...WORKLOAD.map((s) => s.after)];

// A compaction that saves, a document and a removal land on while it writes the new file (acknowledged by the old
// file), then its switch, which must carry every one of them into the new file (docs/vault.md, "Compaction").
let running: Promise<void> = Promise.resolve();
const DURING: Step[] = [
  ...WORKLOAD.slice(0, 3),
  {
    name: 'compaction starts',
    run: (v) => {
      running = v.compact();
      running.catch(() => undefined); // a crash ends it; awaited by 'the switch'
      return Promise.resolve();
    },
    after: { i: 2, docs: ['d1'] },
  },
  {
    name: 'save 3 during the compaction',
    run: (v) => v.put('conferences', 'c', { i: 3, text }),
    after: { i: 3, docs: ['d1'] },
  },
  {
    name: 'attachment during the compaction',
    run: (v) => v.putDocument('d2', { mediaType: 'application/pdf', meta: {}, bytes: doc(2) }),
    after: { i: 3, docs: ['d1', 'd2'] },
  },
  {
    name: 'removal during the compaction',
    run: (v) => v.remove('documents', 'd1'),
    after: { i: 3, docs: ['d2'] },
  },
  {
    name: 'save 4 during the compaction',
    run: (v) => v.put('conferences', 'c', { i: 4, text }),
    after: { i: 4, docs: ['d2'] },
  },
  { name: 'the switch', run: () => running, after: { i: 4, docs: ['d2'] } },
  {
    name: 'save 5',
    run: (v) => v.put('conferences', 'c', { i: 5, text }),
    after: { i: 5, docs: ['d2'] },
  },
];
const expectedDuring = [INITIAL, ...DURING.map((s) => s.after)];

describe('power loss (CrashFs)', () => {
  it('F2: every crash point of 3 saves, 1 attachment and a compaction opens at or after the last acknowledged save', async () => {
    const base = await baseVault((v) => v.put('conferences', 'c', { i: 0, text }));
    const { total } = await countOps(base, WORKLOAD);
    expect(total).toBeGreaterThan(30);
    for (let k = 0; k <= total; k += 1) {
      const { state, acked } = await crashRun(base, WORKLOAD, k);
      if (!state) {
        expect(k).toBe(total); // ran to the end: nothing to crash
        continue;
      }
      await checkImage(state, undefined, expected.slice(acked, acked + 2));
    }
  }, 120_000);

  it('F3: 10,000 seeded crash images with random subsets of pending writes, reordered and garbled sectors', async () => {
    const base = await baseVault((v) => v.put('conferences', 'c', { i: 0, text }));
    const { total } = await countOps(base, WORKLOAD);
    const perPoint = Math.ceil(10_000 / total);
    let images = 0;
    let torn = 0;
    let later = 0;
    for (let k = 0; k < total; k += 1) {
      const { state, acked } = await crashRun(base, WORKLOAD, k);
      for (let s = 0; s < perPoint; s += 1) {
        const r = await checkImage(state!, k * 100_003 + s, expected.slice(acked, acked + 2));
        torn += r.tornBytes > 0 ? 1 : 0;
        later += r.later ? 1 : 0;
        images += 1;
      }
    }
    expect(images).toBeGreaterThanOrEqual(10_000);
    // The random images really exercise recovery: torn tails were dropped, and some unacknowledged saves landed.
    expect(torn).toBeGreaterThan(100);
    expect(later).toBeGreaterThan(100);
    console.log(
      `F3: ${images} images, ${torn} with a torn tail dropped, ${later} at the attempted save`,
    );
  }, 300_000);

  it('F2 and F3 with saves during a compaction: no crash point before, during or after the switch loses one', async () => {
    const base = await baseVault((v) => v.put('conferences', 'c', { i: 0, text }));
    const { total } = await countOps(base, DURING);
    expect(total).toBeGreaterThan(50);
    let images = 0;
    for (let k = 0; k <= total; k += 1) {
      const { state, acked } = await crashRun(base, DURING, k);
      if (!state) {
        expect(k).toBe(total);
        continue;
      }
      for (const seed of [undefined, ...Array.from({ length: 40 }, (_, s) => k * 7_919 + s)]) {
        await checkImage(state, seed, expectedDuring.slice(acked, acked + 2));
        images += 1;
      }
    }
    expect(images).toBeGreaterThan(2_000);
  }, 300_000);

  describe('F10: crash during backup rotation, pruning or restore', () => {
    // Eleven compactions (i = 0 … 10) leave 10 backups; then i = 11 is saved without a compaction.
    const history = async (v: VaultService): Promise<void> => {
      for (let g = 0; g <= 10; g += 1) {
        await v.put('conferences', 'c', { i: g, text });
        await v.compact();
      }
      await v.put('conferences', 'c', { i: 11, text });
    };

    /** Every crash image: the vault opens (allowed states), backups are within one of before/after, each verifies. */
    async function rotationCase(
      steps: Step[],
      before: Observed,
      locked: boolean,
    ): Promise<{ images: number; later: number }> {
      const base = await baseVault(history);
      const start = new CrashFs([DATA], structuredCloneState(base));
      const beforeBackups = names(await vaultOn(start).listBackups());
      expect(beforeBackups).toHaveLength(10);
      const { total, backups: afterBackups } = await countOps(base, steps, locked);
      const allowedStates = [before, ...steps.map((s) => s.after)];
      let images = 0;
      let later = 0;
      for (let k = 0; k < total; k += 1) {
        const { state, acked } = await crashRun(base, steps, k, locked);
        for (const seed of [undefined, ...Array.from({ length: 12 }, (_, s) => k * 1_009 + s)]) {
          const r = await checkImage(state!, seed, allowedStates.slice(acked, acked + 2));
          const { fs, v } = r;
          later += r.later ? 1 : 0;
          const found = names(await v.listBackups());
          const diff = (a: string[], b: string[]): number =>
            a.filter((x) => !b.includes(x)).length + b.filter((x) => !a.includes(x)).length;
          expect(
            Math.min(diff(found, beforeBackups), diff(found, afterBackups)),
            `crash point ${k}, seed ${seed}: ${found.join(' ')}`,
          ).toBeLessThanOrEqual(1);
          for (const id of found) {
            const deps = { fs, vaultPath: `${DATA}/vault.icpc`, backupsDir: `${DATA}/backups` };
            const more = { kdf: CRASH_KDF, clock: fakeClock(), logger: quietLogger };
            await verifyBackup({ ...deps, ...more }, `${DATA}/backups/${id}`, (h) =>
              unlockWithPassphrase(h, PASS, CRASH_KDF),
            );
          }
          images += 1;
        }
      }
      return { images, later };
    }

    it('a compaction that links a backup and prunes the oldest, then a save', async () => {
      const steps: Step[] = [
        { name: 'compaction', run: (v) => v.compact(), after: { i: 11, docs: [] } },
        {
          name: 'save',
          run: (v) => v.put('conferences', 'c', { i: 12, text }),
          after: { i: 12, docs: [] },
        },
      ];
      const { images, later } = await rotationCase(steps, { i: 11, docs: [] }, false);
      expect(images).toBeGreaterThan(200);
      expect(later).toBeGreaterThan(0);
    }, 120_000);

    it('restoring the newest backup, which keeps the replaced file as a backup too', async () => {
      const steps: Step[] = [
        { name: 'restore', run: (v) => v.restoreBackup(PASS), after: { i: 10, docs: [] } },
      ];
      const { images, later } = await rotationCase(steps, { i: 11, docs: [] }, true);
      expect(images).toBeGreaterThan(100);
      expect(later).toBeGreaterThan(0); // some images already hold the restored file
    }, 120_000);
  });
});
