// Rolled-back file refusal (docs/reliability.md §3.4: "a rolled-back older valid file"; §3.1 C1 monotonic
// counter): an older position of the same vault is refused until the person accepts it (typed, audited).
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { VaultPosition } from '../../../electron/services/vault/rollback';
import { ACCEPT_OLDER_PHRASE, ROLLBACK_MESSAGE } from '../../../electron/services/vault/rollback';
import { STATE_FILE } from '../../../electron/services/vault/state-file';
import { OLDER_ACCEPTED, VAULT_FILE } from '../../../electron/services/vault/vault';

import { PASS, sha256File, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const vaultPath = (): string => join(dir, VAULT_FILE);
const older = (): string => join(dir, 'older-copy.bin');

describe('rolled-back vault file', () => {
  it('refuses an older copy of the same vault until the person accepts it, typed and audited', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.put('conferences', 'c', { n: 1 });
    await v.close();
    await copyFile(vaultPath(), older()); // e.g. a backup or sync program's copy
    const w = testVault(dir);
    expect((await w.unlock(PASS)).warnings).toEqual([]);
    await w.put('conferences', 'c', { n: 2 });
    await w.close(); // the newer position is remembered on lock
    const remembered = await readFile(join(dir, STATE_FILE), 'utf8');
    await copyFile(older(), vaultPath());
    const before = await sha256File(vaultPath());
    const x = testVault(dir);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      // refused every time: nothing opened, nothing written, the remembered position unchanged
      await expect(x.unlock(PASS)).rejects.toMatchObject({
        code: 'ROLLED_BACK',
        message: ROLLBACK_MESSAGE,
      });
      expect(await sha256File(vaultPath())).toBe(before);
      expect(await readFile(join(dir, STATE_FILE), 'utf8')).toBe(remembered);
    }
    for (const typed of ['', 'yes', 'open the newer file']) {
      await expect(x.acceptOlderFile(PASS, typed)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    }
    await expect(
      x.acceptOlderFile('not the passphrase', ACCEPT_OLDER_PHRASE),
    ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const report = await x.acceptOlderFile(PASS, ` Open the older file `);
    expect(report.warnings).toEqual([OLDER_ACCEPTED]);
    expect(x.get('conferences', 'c')).toEqual({ n: 1 });
    const audit = x.auditLog();
    expect(audit[audit.length - 1]).toMatchObject({ action: 'vault.older-accepted' });
    x.lock('manual');
    expect((await x.unlock(PASS)).warnings).toEqual([]); // accepted: it is now the newest seen
    await x.close();
  });

  it('refuses a copy from before a compaction, even after a crash that skipped the lock', async () => {
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
    await expect(x.unlock(PASS)).rejects.toMatchObject({ code: 'ROLLED_BACK' });
    await x.close();
  });

  it('never lowers the remembered position: an unlock of a newer file raises it, nothing else lowers it', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.put('conferences', 'c', { n: 1 });
    await v.close();
    const seen = async () =>
      (JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')) as { seen: VaultPosition }).seen;
    const first = await seen();
    await copyFile(vaultPath(), older());
    const w = testVault(dir);
    await w.unlock(PASS);
    await w.put('conferences', 'c', { n: 2 });
    await w.close();
    const second = await seen();
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(second.end).toBeGreaterThan(first.end);
    await copyFile(older(), vaultPath());
    const x = testVault(dir);
    await expect(x.unlock(PASS)).rejects.toMatchObject({ code: 'ROLLED_BACK' });
    await expect(
      x.unlockWithRecoveryKey('0000-0000-0000-0000-0000-0000-0000-0000', PASS + '!'),
    ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await seen()).toEqual(second);
    await x.close();
  });

  it('does not refuse after a restore, for a different vault, or for newer files', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.put('conferences', 'c', { n: 1 });
    await v.compact();
    await v.put('conferences', 'c', { n: 2 });
    await v.close();
    await v.restoreBackup(PASS); // older on purpose: the person chose it
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
