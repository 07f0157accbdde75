// Rolled-back file detection (reliability.md §3.4: "a rolled-back older valid file", a warning when the file is
// older than the position last seen; §3.1 C1 monotonic counter). Detection only, kept in vault-state.json.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ROLLBACK_WARNING } from '../../../electron/services/vault/rollback';
import { STATE_FILE } from '../../../electron/services/vault/state-file';
import { VAULT_FILE } from '../../../electron/services/vault/vault';

import { PASS, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const vaultPath = (): string => join(dir, VAULT_FILE);
const older = (): string => join(dir, 'older-copy.bin');

describe('rolled-back vault file', () => {
  it('warns once when an older copy of the same vault replaces the file', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.put('conferences', 'c', { n: 1 });
    await v.close();
    await copyFile(vaultPath(), older()); // e.g. a backup or sync program's copy
    const w = testVault(dir);
    expect((await w.unlock(PASS)).warnings).toEqual([]);
    await w.put('conferences', 'c', { n: 2 });
    await w.close(); // the newer position is remembered on lock
    await copyFile(older(), vaultPath());
    const x = testVault(dir);
    const report = await x.unlock(PASS);
    expect(report.warnings).toEqual([ROLLBACK_WARNING]);
    expect(x.get('conferences', 'c')).toEqual({ n: 1 });
    x.lock('manual');
    expect((await x.unlock(PASS)).warnings).toEqual([]); // accepted: it is now the newest seen
    await x.close();
  });

  it('warns for a copy from before a compaction, and after a crash sees at least the last unlock', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.put('conferences', 'c', { n: 1 });
    await v.close();
    await copyFile(vaultPath(), older());
    const w = testVault(dir);
    await w.unlock(PASS);
    await w.compact(); // generation 1: remembered straight away, even if the app then dies without locking
    const state = JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')) as {
      seen: { generation: number };
    };
    expect(state.seen.generation).toBe(1);
    await w.close();
    await copyFile(older(), vaultPath());
    const x = testVault(dir);
    expect((await x.unlock(PASS)).warnings).toEqual([ROLLBACK_WARNING]);
    await x.close();
  });

  it('does not warn after a restore, for a different vault, or for newer files', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.put('conferences', 'c', { n: 1 });
    await v.compact();
    await v.put('conferences', 'c', { n: 2 });
    await v.close();
    await v.restoreBackup(PASS); // older on purpose
    await v.close();
    const w = testVault(dir);
    expect((await w.unlock(PASS)).warnings).toEqual([]);
    await w.put('conferences', 'c', { n: 3 });
    await w.close();
    const other = join(dir, 'other');
    const o = testVault(other);
    await o.create(PASS);
    await o.close();
    await copyFile(join(other, VAULT_FILE), vaultPath()); // another vault altogether (another file id)
    const x = testVault(dir);
    expect((await x.unlock(PASS)).warnings).toEqual([]);
    await x.close();
  });

  it('keeps the wrong-passphrase count and the position side by side, with no personal data', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.put('conferences', 'c', { child: 'Tilly Examplechild' });
    await v.close();
    const w = testVault(dir);
    await expect(w.unlock('not the passphrase')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    const text = await readFile(join(dir, STATE_FILE), 'utf8');
    const state = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(state).sort()).toEqual(['failures', 'lastFailureAt', 'seen']);
    expect(state.failures).toBe(1);
    expect(text).not.toMatch(/Tilly|Examplechild/);
    await w.unlock(PASS);
    expect(JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8'))).toMatchObject({
      failures: 0,
      seen: { generation: 0 },
    });
    await w.close();
  });
});
