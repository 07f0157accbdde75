// Backups made before a passphrase change: they open with the current passphrase or the recovery key, and the
// restored vault takes the current passphrase (docs/vault.md, "Backups and passphrase changes").
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { VAULT_FILE } from '../../../electron/services/vault/vault';

import { PASS, fakeClock, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const NEW = 'a different passphrase 2';

/** A vault with a backup holding {n: 1} made before the passphrase changed from PASS to NEW; now it holds {n: 2}. */
async function vaultWithOldBackup(): Promise<{ recoveryKey: string; backupId: string }> {
  const clock = fakeClock();
  const v = testVault(dir, { clock });
  const { recoveryKey } = await v.create(PASS);
  await v.put('conferences', 'c', { n: 1 });
  await v.compact();
  const [backup] = await v.listBackups();
  clock.advance(60_000);
  await v.changePassphrase(PASS, NEW);
  await v.put('conferences', 'c', { n: 2 });
  await v.close();
  return { recoveryKey, backupId: backup!.id };
}

async function opensWith(passphrase: string): Promise<unknown> {
  const v = testVault(dir);
  try {
    await v.unlock(passphrase);
    return v.get('conferences', 'c');
  } finally {
    await v.close();
  }
}

describe('restoring a backup made before a passphrase change', () => {
  it.each([
    ['the current passphrase', (): string => NEW],
    ['the old passphrase', (): string => PASS],
  ])('restores with %s; the restored vault opens with the current one only', async (_, key) => {
    const { backupId } = await vaultWithOldBackup();
    const w = testVault(dir);
    expect((await w.restoreBackup(key(), backupId)).id).toBe(backupId);
    await w.close();
    expect(await opensWith(NEW)).toEqual({ n: 1 });
    await expect(opensWith(PASS)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const v = testVault(dir);
    await v.unlock(NEW);
    expect(v.auditLog().map((e) => e.action)).toContain('vault.restored-current-passphrase');
    await v.close();
  });

  it('restores with the recovery key (read as text, any spacing or case) and keeps the current passphrase', async () => {
    const { recoveryKey, backupId } = await vaultWithOldBackup();
    const w = testVault(dir);
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect((await w.restoreBackup({ recoveryKey: typed }, backupId)).id).toBe(backupId);
    await w.close();
    expect(await opensWith(NEW)).toEqual({ n: 1 });
    await expect(opensWith(PASS)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('refuses a wrong or malformed recovery key and changes nothing', async () => {
    const { recoveryKey, backupId } = await vaultWithOldBackup();
    const path = join(dir, VAULT_FILE);
    const before = await readFile(path);
    const w = testVault(dir);
    const wrong = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(w.restoreBackup({ recoveryKey: wrong }, backupId)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await expect(w.restoreBackup({ recoveryKey: 'not a key' })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: expect.stringMatching(/8 groups of 4/) as unknown,
    });
    await expect(w.restoreBackup('not the passphrase at all')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await w.close();
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('with the vault file unreadable: the recovery key restores it and it opens with the passphrase of its day', async () => {
    const { recoveryKey, backupId } = await vaultWithOldBackup();
    const path = join(dir, VAULT_FILE);
    await writeFile(path, (await readFile(path)).subarray(0, 40)); // header cut: no current wraps to take
    const w = testVault(dir);
    // The current passphrase cannot open it: only the damaged file knew its wrap.
    await expect(w.restoreBackup(NEW, backupId)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await w.restoreBackup({ recoveryKey }, backupId);
    await w.close();
    expect(await opensWith(PASS)).toEqual({ n: 1 });
    await expect(opensWith(NEW)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });
});
