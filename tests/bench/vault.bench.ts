// Vault benchmarks: durable save of one conference edit and unlock (KDF excluded) at 10, 100 and
// 1,000 conferences with 8 × ~100 KB documents each; KDF time; compaction; size ratio; plain lowdb for contrast.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { join } from 'node:path';

import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

import { nodeFs } from '../../electron/services/vault/fs-port';
import type { FsPort } from '../../electron/services/vault/fs-port';
import { deriveKey, productionKdfPolicy } from '../../electron/services/vault/kdf';
import type { KdfPolicy } from '../../electron/services/vault/kdf';
import { realTimers } from '../../electron/services/vault/lock-controller';
import { VAULT_FILE } from '../../electron/services/vault/vault';
import type { JsonValue } from '../../electron/services/vault/vault-data';
import { VaultService } from '../../electron/services/vault/vault-service';

import type { Bench, Report } from './figure';
import { median, percentile, round3 } from './figure';

// The KDF is measured on its own (vault.kdf_ms); the size runs use a cheap profile so they measure the journal.
const BENCH_KDF: KdfPolicy = {
  name: 'bench',
  floor: { logN: 10, r: 8, p: 1 },
  calibrate: () => Promise.resolve({ id: 'scrypt', logN: 10, r: 8, p: 1 }),
};
const PASS = 'bench passphrase for the vault';
const silent = { info: () => undefined, error: () => undefined };

function conference(id: string, version: number): JsonValue {
  return {
    id,
    version,
    child: 'Fictional Child',
    notes: 'The core group met and agreed the outline plan. '.repeat(620), // ~30 KB of text
  };
}

/** vault.create_ms: a new vault from nothing to unlocked, with a cheap KDF profile so the KDF is (almost) excluded. */
async function runCreate(report: Report): Promise<void> {
  const times: number[] = [];
  for (let k = 0; k < 5; k += 1) {
    const dir = await mkdtemp(join(tmpdir(), 'icpc-bench-create-'));
    const vault = new VaultService({
      dataDir: dir,
      fs: nodeFs,
      kdf: BENCH_KDF,
      clock: { now: () => new Date() },
      logger: silent,
      emit: () => undefined,
      timers: realTimers,
      idleLockMs: 0,
      shell: 'test',
    });
    try {
      const t = performance.now();
      await vault.create(PASS);
      times.push(performance.now() - t);
    } finally {
      await vault.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  report({
    name: 'vault.create_ms',
    value: median(times),
    unit: 'ms',
    params: { runs: times.length, kdf: 'scrypt logN 10 (the production KDF is vault.kdf_ms)' },
  });
}

/**
 * What a save's wait is made of, for the figure's params: the fsync of the vault file (a save's own, the disk) and
 * garbage-collection pauses (the event loop), each gathered while `on` (nodeFs otherwise unchanged).
 */
function waitParts(): {
  fs: FsPort;
  on: boolean;
  fsyncs: number[];
  gcs: number[];
  stop: () => void;
} {
  const parts = { on: false, fsyncs: [] as number[], gcs: [] as number[] };
  const observer = new PerformanceObserver((list) => {
    if (parts.on) {
      parts.gcs.push(...list.getEntries().map((e) => e.duration));
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const fs: FsPort = {
    ...nodeFs,
    open: async (path, mode) => {
      const fh = await nodeFs.open(path, mode);
      if (!path.endsWith(VAULT_FILE) || mode !== 'r+') {
        return fh;
      }
      return {
        ...fh,
        sync: async () => {
          const t = performance.now();
          await fh.sync();
          if (parts.on) {
            parts.fsyncs.push(performance.now() - t);
          }
        },
      };
    },
  };
  return Object.assign(parts, { fs, stop: () => observer.disconnect() });
}

async function runSize(conferences: number, report: Report): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'icpc-bench-'));
  const parts = waitParts();
  const vault = new VaultService({
    dataDir: dir,
    fs: parts.fs,
    kdf: BENCH_KDF,
    clock: { now: () => new Date() },
    logger: silent,
    emit: () => undefined,
    timers: realTimers,
    idleLockMs: 0,
    shell: 'test',
  });
  try {
    await vault.create(PASS);
    const data: { conferences: Record<string, JsonValue>; documents: Record<string, JsonValue> } = {
      conferences: {},
      documents: {},
    };
    let plaintext = 0;
    for (let i = 0; i < conferences; i += 1) {
      const c = conference(`c${i}`, 1);
      await vault.put('conferences', `c${i}`, c);
      plaintext += JSON.stringify(c).length;
      for (let d = 0; d < 8; d += 1) {
        const bytes = randomBytes(100 * 1024);
        const meta = await vault.putDocument(`c${i}-d${d}`, {
          mediaType: 'application/pdf',
          meta: { conferenceId: `c${i}` },
          bytes,
        });
        data.documents[`c${i}-d${d}`] = meta;
        plaintext += bytes.length;
      }
      data.conferences[`c${i}`] = c;
    }
    await vault.compact();
    const params = { conferences, documentsPerConference: 8 };
    const saves: number[] = [];
    for (let k = 0; k < 40; k += 1) {
      const t = performance.now();
      await vault.put(
        'conferences',
        `c${k % conferences}`,
        conference(`c${k % conferences}`, k + 2),
      );
      saves.push(performance.now() - t);
      await vault.whenIdle();
    }
    report({ name: 'vault.save_ms', value: median(saves), unit: 'ms', params });
    const unlocks: number[] = [];
    for (let k = 0; k < 3; k += 1) {
      vault.lock('manual');
      await vault.whenIdle();
      unlocks.push((await vault.unlock(PASS)).openMs);
    }
    report({ name: 'vault.unlock_ms', value: median(unlocks), unit: 'ms', params });
    const t = performance.now();
    await vault.compact();
    report({ name: 'vault.compact_ms', value: performance.now() - t, unit: 'ms', params });
    // The same saves with no compaction running: this machine's floor for the figure below (fsync, load).
    const load = loadavg()[0]!;
    const alone: number[] = [];
    parts.on = true;
    for (let k = 0; k < 100; k += 1) {
      const s = performance.now();
      await vault.put('conferences', `c${k % conferences}`, conference(`c${k}`, k + 100));
      alone.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 20));
    }
    const aloneParts = { fsync: [...parts.fsyncs], gc: [...parts.gcs] };
    parts.fsyncs.length = 0;
    parts.gcs.length = 0;
    // What a person waits for when an edit lands while the file is being compacted: every save started while the
    // compaction runs, one after another with a short pause (a person typing), each from the call to "on disk".
    // Saves that start after it has finished are not counted (docs/vault.md, "Compaction").
    let running = true;
    const compactStart = performance.now();
    const compaction = vault.compact().finally(() => {
      running = false;
    });
    const during: number[] = [];
    for (let k = 0; running; k += 1) {
      const s = performance.now();
      await vault.put('conferences', `c${k % conferences}`, conference(`c${k}`, k + 200));
      during.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 20));
    }
    await compaction;
    const compactMs = performance.now() - compactStart;
    parts.on = false;
    const most = (xs: number[]): number => round3(xs.reduce((m, x) => Math.max(m, x), 0));
    const sorted = [...during].sort((a, b) => a - b);
    report({
      name: 'vault.save_during_compaction_p95_ms',
      value: percentile(during, 95),
      unit: 'ms',
      params: {
        ...params,
        saves: during.length,
        pause_ms: 20,
        without_compaction_p95_ms: round3(percentile(alone, 95)),
        compaction_ms: Math.round(compactMs),
        first_save_ms: round3(during[0]!),
        median_ms: round3(median(during)),
        max_ms: round3(sorted[sorted.length - 1]!),
        slowest_ms: sorted.slice(-5).map(round3).join(' '),
        // Where the tail comes from: the save's own fsync (the disk) and GC pauses, with and without a compaction.
        fsync_p95_ms: round3(percentile(parts.fsyncs, 95)),
        without_compaction_fsync_p95_ms: round3(percentile(aloneParts.fsync, 95)),
        gc_max_ms: most(parts.gcs),
        without_compaction_gc_max_ms: most(aloneParts.gc),
        load_average_1min: round3(load),
        load_average_after: round3(loadavg()[0]!),
      },
    });
    const size = (await stat(join(dir, VAULT_FILE))).size;
    report({ name: 'vault.size_ratio', value: size / plaintext, unit: 'ratio', params });
    // Plain lowdb: documents as metadata only (1,000 × 8 × 100 KB as base64 would pass V8's string limit).
    const low = new Low(new JSONFile<typeof data>(join(dir, 'plain.json')), data);
    await low.write();
    const plain: number[] = [];
    for (let k = 0; k < 10; k += 1) {
      low.data.conferences[`c${k % conferences}`] = conference(`c${k}`, k + 100);
      const s = performance.now();
      await low.write();
      plain.push(performance.now() - s);
    }
    report({
      name: 'lowdb.save_ms',
      value: median(plain),
      unit: 'ms',
      params: { ...params, documents: 'metadata only', fsync: false },
    });
  } finally {
    parts.stop();
    await vault.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export const vaultBench: Bench = {
  name: 'vault',
  run: async (report) => {
    const params = await productionKdfPolicy().calibrate();
    const times: number[] = [];
    for (let k = 0; k < 3; k += 1) {
      const t = performance.now();
      await deriveKey(PASS, randomBytes(16), params);
      times.push(performance.now() - t);
    }
    report({ name: 'vault.kdf_ms', value: median(times), unit: 'ms', params: { ...params } });
    await runCreate(report);
    for (const n of [10, 100, 1000]) {
      await runSize(n, report);
    }
  },
};
