// Backups from the first day (docs/vault.md, "Backups"; docs/reliability.md §3.3 R4): the first unlock of each
// day and every sign-off keep a copy of the file as it stands, within the rotation, and each copy restores.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { VAULT_FILE } from '../../../electron/services/vault/vault';

import { fakeClock, PASS, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('backups from the first day', () => {
  it('keeps one at the first unlock of each day, holding every save made before it', async () => {
    const clock = fakeClock();
    const v = testVault(dir, { clock });
    await v.create(PASS);
    expect(await v.listBackups()).toHaveLength(1); // the day the vault was made
    await v.put('conferences', 'c', { n: 1 });
    await v.close();
    clock.advance(60 * 60_000);
    await v.unlock(PASS); // same day: no second copy
    expect(await v.listBackups()).toHaveLength(1);
    await v.close();
    const before = await readFile(join(dir, VAULT_FILE));
    clock.advance(24 * 60 * 60_000);
    await v.unlock(PASS);
    const list = await v.listBackups();
    expect(list).toHaveLength(2);
    expect((await readFile(join(dir, 'backups', list[0]!.id))).equals(before)).toBe(true);
    await v.put('conferences', 'c', { n: 2 });
    await v.close();
    await v.restoreBackup(PASS, list[0]!.id);
    await v.unlock(PASS);
    expect(v.get('conferences', 'c')).toEqual({ n: 1 });
    await v.close();
  });

  it('backupNow (called before every sign-off) copies the acknowledged state, within the rotation', async () => {
    const clock = fakeClock();
    const v = testVault(dir, { clock });
    await v.create(PASS);
    for (let i = 0; i < 14; i += 1) {
      clock.advance(1000);
      await v.put('conferences', 'c', { n: i });
      await v.backupNow();
    }
    const list = await v.listBackups();
    expect(list.length).toBeLessThanOrEqual(10 + 1); // the newest 10, plus the newest of each day
    const newest = await readFile(join(dir, 'backups', list[0]!.id));
    expect(newest.equals(await readFile(join(dir, VAULT_FILE)))).toBe(true);
    await v.close();
  });
});
