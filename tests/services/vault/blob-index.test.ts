// The document index of a compacted vault (unlocking does not read or decrypt document bytes): unlock
// reads none of them, yet a damaged index, truncation or any flipped bit never yields altered data, and `verify`
// still finds damage anywhere by walking every entry. Rule source: docs/reliability.md §3.1, §3.4.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { isAppFailure } from '../../../shared/ipc/result';
import type { FileHandlePort, FsPort } from '../../../electron/services/vault/fs-port';
import { nodeFs } from '../../../electron/services/vault/fs-port';
import type { KdfPolicy } from '../../../electron/services/vault/kdf';
import { VAULT_FILE } from '../../../electron/services/vault/vault';
import type { VaultService } from '../../../electron/services/vault/vault-service';

import { PASS, sha256File, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

// A tiny KDF (dependency injection only) so thousands of damaged copies open quickly.
const FAST_KDF: KdfPolicy = {
  name: 'fast',
  floor: { logN: 4, r: 1, p: 1 },
  calibrate: () => Promise.resolve({ id: 'scrypt', logN: 4, r: 1, p: 1 }),
};
const doc = (n: number, size: number): Buffer =>
  Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + n * 7) % 256));

/** An FsPort that counts the bytes read through it. */
function countingFs(): FsPort & { bytesRead: () => number; reset: () => void } {
  let bytes = 0;
  return {
    ...nodeFs,
    open: async (path, mode) => {
      const fh: FileHandlePort = await nodeFs.open(path, mode);
      return {
        ...fh,
        read: async (position, length) => {
          const b = await fh.read(position, length);
          bytes += b.length;
          return b;
        },
      };
    },
    bytesRead: () => bytes,
    reset: () => {
      bytes = 0;
    },
  };
}

/** 1 conference, 3 documents, a compaction, then one more save. */
async function fixture(docSize: number, v = testVault(dir, { kdf: FAST_KDF })): Promise<Buffer> {
  await v.create(PASS);
  await v.put('conferences', 'c', { n: 1 });
  for (const n of [1, 2, 3]) {
    await v.putDocument(`d${n}`, {
      mediaType: 'application/pdf',
      meta: {},
      bytes: doc(n, docSize),
    });
  }
  await v.compact();
  await v.put('conferences', 'c', { n: 2 });
  await v.close();
  return readFile(join(dir, VAULT_FILE));
}

/** Opens `bytes`; returns a failure code or what was opened. Documents must read back intact or fail CORRUPT. */
async function tryOpen(v: VaultService, bytes: Buffer, docSize: number): Promise<string> {
  return (await tryOpenReport(v, bytes, docSize)).outcome;
}

async function tryOpenReport(
  v: VaultService,
  bytes: Buffer,
  docSize: number,
): Promise<{ outcome: string; tornBytes: number }> {
  const path = join(dir, VAULT_FILE);
  await writeFile(path, bytes);
  await rm(join(dir, 'vault-state.json'), { force: true });
  const before = await sha256File(path);
  let outcome: string;
  let tornBytes = 0;
  try {
    ({ tornBytes } = await v.unlock(PASS));
    const docs = Object.keys(v.list('documents')).sort();
    for (const id of docs) {
      const read = await v.readDocument(id).catch((e: unknown) => e);
      if (Buffer.isBuffer(read)) {
        expect(read.equals(doc(Number(id.slice(1)), docSize)), id).toBe(true);
      } else {
        expect(read).toMatchObject({ code: 'CORRUPT' });
      }
    }
    outcome = JSON.stringify({ n: v.get<{ n: number }>('conferences', 'c')?.n, docs: docs.length });
    v.lock('manual');
    await v.whenIdle();
  } catch (e) {
    if (!isAppFailure(e) || !['CORRUPT', 'WRONG_PASSPHRASE'].includes(e.code)) {
      throw e;
    }
    outcome = e.code;
  }
  expect(await sha256File(path)).toBe(before);
  return { outcome, tornBytes };
}

describe('document index', () => {
  it('unlocks a compacted vault without reading the documents, and reads them on demand', async () => {
    const fs = countingFs();
    await fixture(100 * 1024, testVault(dir, { fs, kdf: FAST_KDF }));
    const v = testVault(dir, { fs, kdf: FAST_KDF });
    fs.reset();
    await v.unlock(PASS);
    expect(fs.bytesRead()).toBeLessThan(20 * 1024); // the documents hold 300 KB
    expect(v.get('conferences', 'c')).toEqual({ n: 2 });
    expect((await v.readDocument('d2')).equals(doc(2, 100 * 1024))).toBe(true);
    expect(await v.verify()).toMatchObject({ documents: 3, audit: { ok: true } });
    await v.close();
  });

  it('opens a committed state or fails closed when truncated at every offset', async () => {
    const bytes = await fixture(150);
    const v = testVault(dir, { kdf: FAST_KDF });
    const allowed = ['CORRUPT', '{"n":1,"docs":3}', '{"n":2,"docs":3}'];
    for (let cut = 0; cut < bytes.length; cut += 1) {
      expect(allowed).toContain(await tryOpen(v, bytes.subarray(0, cut), 150));
    }
    expect(await tryOpen(v, bytes, 150)).toBe('{"n":2,"docs":3}');
    await v.close();
  }, 120_000);

  it('never yields altered data when any single bit is flipped, and verify finds every flip', async () => {
    const bytes = await fixture(150);
    const v = testVault(dir, { kdf: FAST_KDF });
    let opened = 0;
    for (let i = 0; i < bytes.length; i += 1) {
      const b = Buffer.from(bytes);
      b[i] = b[i]! ^ (1 << (i % 8));
      const { outcome, tornBytes } = await tryOpenReport(v, b, 150);
      expect(['CORRUPT', 'WRONG_PASSPHRASE', '{"n":1,"docs":3}', '{"n":2,"docs":3}']).toContain(
        outcome,
      );
      if (outcome === '{"n":1,"docs":3}') {
        expect(tornBytes, `flip at ${i}`).toBeGreaterThan(0); // the last save was dropped as unfinished, and said so
      } else if (outcome === '{"n":2,"docs":3}') {
        // Opened in full: the flip is in bytes unlock does not read (a document's bytes, frame or tag, or a
        // footer of the compacted part). The full check must still report it.
        await v.unlock(PASS);
        const verdict = await v.verify().catch((e: unknown) => e);
        expect(verdict, `flip at ${i}`).toMatchObject({ code: 'CORRUPT' });
        opened += 1;
        v.lock('manual');
        await v.whenIdle();
      }
    }
    expect(opened).toBeGreaterThan(450); // three 150-byte documents' entries were hit and only verify saw it
    await v.close();
  }, 180_000);
});
