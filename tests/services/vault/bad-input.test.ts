// The bad-input corpus of docs/reliability.md §3.4 (container, payload, file system) plus seeded fast-check mutations:
// every case fails closed with a typed error (or opens an earlier committed state) and the file's bytes never change.
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { isAppFailure } from '../../../shared/ipc/result';
import { ENTRY_KIND } from '../../../electron/services/vault/format';
import { encodeCommit } from '../../../electron/services/vault/journal-writer';
import type { VaultService } from '../../../electron/services/vault/vault-service';
import { VAULT_FILE } from '../../../electron/services/vault/vault';

import { PASS, sha256File, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const TYPED = ['CORRUPT', 'WRONG_PASSPHRASE', 'NO_VAULT', 'IO'];

async function makeVault(): Promise<{ bytes: Buffer; states: string[] }> {
  const v = testVault(dir);
  await v.create(PASS);
  await v.put('conferences', 'c1', { n: 1, text: 'Example text' });
  await v.put('conferences', 'c1', { n: 2, text: 'Example text' });
  await v.close();
  return { bytes: await readFile(join(dir, VAULT_FILE)), states: ['{}', '{"n":1}', '{"n":2}'] };
}

/** Opens `bytes` as the vault file; returns the failure code or the opened conference, and checks bytes are unchanged. */
async function tryOpen(v: VaultService, bytes: Buffer): Promise<string> {
  const path = join(dir, VAULT_FILE);
  await writeFile(path, bytes);
  await rm(join(dir, 'vault-state.json'), { force: true });
  const before = await sha256File(path);
  let outcome: string;
  try {
    await v.unlock(PASS);
    const c = v.get<{ n: number }>('conferences', 'c1');
    outcome = c ? JSON.stringify({ n: c.n }) : '{}';
    v.lock('manual');
    await v.whenIdle();
  } catch (e) {
    if (!isAppFailure(e) || !TYPED.includes(e.code)) {
      throw e;
    }
    outcome = e.code;
  }
  expect(await sha256File(path)).toBe(before);
  return outcome;
}

describe('bad input: container', () => {
  it('fails closed on empty, NUL-filled, random, junk-appended, doubled and wrong-magic files', async () => {
    const { bytes } = await makeVault();
    const v = testVault(dir);
    const cases: [string, Buffer][] = [
      ['0-byte file', Buffer.alloc(0)],
      ['NUL bytes', Buffer.alloc(4096)],
      ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251))],
      ['wrong magic', Buffer.concat([Buffer.from('NOTAVLT!'), bytes.subarray(8)])],
      [
        'future version',
        Buffer.concat([bytes.subarray(0, 8), Buffer.from([0, 9]), bytes.subarray(10)]),
      ],
      [
        'header length beyond file',
        Buffer.concat([bytes.subarray(0, 10), Buffer.from([0x7f, 0, 0, 0]), bytes.subarray(14)]),
      ],
      ['two files concatenated', Buffer.concat([bytes, bytes])],
    ];
    for (const [name, b] of cases) {
      expect([name, await tryOpen(v, b)]).toEqual([name, 'CORRUPT']);
    }
    expect(await tryOpen(v, Buffer.concat([bytes, Buffer.from('trailing junk')]))).toBe('{"n":2}');
    await v.close();
  });

  it('opens an earlier committed state or fails closed when truncated at every offset', async () => {
    const { bytes, states } = await makeVault();
    const v = testVault(dir);
    for (let cut = 0; cut < bytes.length; cut += 1) {
      const outcome = await tryOpen(v, bytes.subarray(0, cut));
      expect([...states, 'CORRUPT']).toContain(outcome);
    }
    await v.close();
  }, 120_000);

  it('never yields altered data when any single bit is flipped', async () => {
    const { bytes, states } = await makeVault();
    const v = testVault(dir);
    for (let i = 0; i < bytes.length; i += 1) {
      const b = Buffer.from(bytes);
      b[i] = b[i]! ^ (1 << (i % 8));
      const outcome = await tryOpen(v, b);
      expect([...states, 'CORRUPT', 'WRONG_PASSPHRASE']).toContain(outcome);
    }
    await v.close();
  }, 120_000);

  it('refuses a vault made with another passphrase, and a vault with swapped salts', async () => {
    const { bytes } = await makeVault();
    await rm(join(dir, VAULT_FILE));
    const other = testVault(dir);
    await other.create('a different passphrase');
    await other.close();
    const otherBytes = await readFile(join(dir, VAULT_FILE));
    const v = testVault(dir);
    expect(await tryOpen(v, otherBytes)).toBe('WRONG_PASSPHRASE');
    const swapped = Buffer.from(
      bytes
        .toString('latin1')
        .replace(/"salt":"[^"]+"/, /"salt":"[^"]+"/.exec(otherBytes.toString('latin1'))![0]),
      'latin1',
    );
    expect(await tryOpen(v, swapped)).toBe('CORRUPT');
    await v.close();
  });

  it('fails closed on seeded random mutations (fast-check)', async () => {
    const { bytes, states } = await makeVault();
    const v = testVault(dir);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ at: fc.nat(bytes.length - 1), value: fc.integer({ min: 0, max: 255 }) }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.nat(bytes.length),
        async (edits, cut) => {
          const b = Buffer.from(bytes.subarray(0, Math.max(cut, 1)));
          for (const e of edits) {
            if (e.at < b.length) {
              b[e.at] = e.value;
            }
          }
          expect([...states, 'CORRUPT', 'WRONG_PASSPHRASE']).toContain(await tryOpen(v, b));
        },
      ),
      { seed: 20250303, numRuns: 300 },
    );
    await v.close();
  }, 120_000);
});

describe('bad input: payload (a valid key, hostile plaintext)', () => {
  for (const [name, plaintext] of [
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    ['invalid JSON', Buffer.from('{"c":"conferences",')],
    [
      'a __proto__ key',
      Buffer.from('{"c":"conferences","i":"x","v":{"__proto__":{"polluted":1}}}'),
    ],
    [
      'a constructor.prototype key',
      Buffer.from('{"c":"conferences","i":"x","v":{"constructor":{"prototype":{}}}}'),
    ],
    [
      'nesting depth 10,000',
      Buffer.from(`{"c":"conferences","i":"x","v":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
    ],
    ['an unknown collection', Buffer.from('{"c":"nope","i":"x","v":1}')],
    ['a missing id', Buffer.from('{"c":"conferences","v":1}')],
    ['a dangling document reference', Buffer.from('{"c":"documents","i":"d","v":{"blobId":"00"}}')],
  ] as const) {
    it(`fails closed on ${name}`, async () => {
      const v = testVault(dir);
      await v.create(PASS);
      const s = (
        v as unknown as {
          session: { keys: never; header: { hash: Buffer }; writer: { state: never } };
        }
      ).session;
      const c = encodeCommit(s.keys, s.header.hash, s.writer.state, [
        { kind: ENTRY_KIND.put, ref: Buffer.alloc(16, 9), plaintext },
      ]);
      await v.close();
      const path = join(dir, VAULT_FILE);
      const bytes = Buffer.concat([await readFile(path), c.bytes]);
      const w = testVault(dir);
      expect(await tryOpen(w, bytes)).toBe('CORRUPT');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await w.close();
    });
  }
});

describe('bad input: file system', () => {
  it('refuses a directory or a symlink at the vault path, and works in a path with spaces and Unicode', async () => {
    await mkdir(join(dir, VAULT_FILE));
    const v = testVault(dir);
    await expect(v.unlock(PASS)).rejects.toMatchObject({ code: 'CORRUPT' });
    await v.close();
    await rm(join(dir, VAULT_FILE), { recursive: true });
    await writeFile(join(dir, 'outside'), 'x');
    await symlink(join(dir, 'outside'), join(dir, VAULT_FILE));
    const w = testVault(dir);
    await expect(w.unlock(PASS)).rejects.toMatchObject({ code: 'CORRUPT' });
    await w.close();
    const odd = join(dir, 'Données de conférence ✓');
    const u = testVault(odd);
    await u.create(PASS);
    await u.put('conferences', 'c', { ok: true });
    await u.close();
  });

  it('reports IO when the vault file cannot be read (EACCES shim)', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.close();
    const { nodeFs } = await import('../../../electron/services/vault/fs-port');
    const denied = testVault(dir, {
      fs: {
        ...nodeFs,
        open: (p, m) =>
          p.endsWith(VAULT_FILE)
            ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
            : nodeFs.open(p, m),
      },
    });
    await expect(denied.unlock(PASS)).rejects.toMatchObject({ code: 'IO', message: /permission/ });
    await denied.close();
  });
});
