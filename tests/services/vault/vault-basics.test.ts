import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { parseRecoveryKey } from '../../../electron/services/vault/cipher';
import { VAULT_FILE } from '../../../electron/services/vault/vault';

import { PASS, fakeConference, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('vault basics', () => {
  it('creates a vault, returns a printable recovery key once, and reports it as unlocked', async () => {
    const v = testVault(dir);
    expect(await v.state()).toBe('absent');
    const { recoveryKey } = await v.create(PASS);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(parseRecoveryKey(recoveryKey.toLowerCase())).not.toBeNull();
    expect(await v.state()).toBe('unlocked');
    expect((await stat(join(dir, VAULT_FILE))).mode & 0o777).toBe(0o600);
    await v.close();
  });

  it('keeps records across lock and unlock and never writes before reading', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.put('conferences', 'c1', fakeConference('c1', 2));
    await v.put('settings', 'idle', { minutes: 5 });
    await v.remove('settings', 'idle');
    v.lock('manual');
    expect(await v.state()).toBe('locked');
    expect(() => v.get('conferences', 'c1')).toThrow(/locked/);
    await v.unlock(PASS);
    expect(v.get('conferences', 'c1')).toMatchObject({ id: 'c1' });
    expect(v.get('settings', 'idle')).toBeUndefined();
    await v.close();
    const v2 = testVault(dir);
    await v2.unlock(PASS);
    expect(Object.keys(v2.list('conferences'))).toEqual(['c1']);
    await v2.close();
  });

  it('tells a wrong passphrase apart from a damaged file', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.close();
    const w = testVault(dir);
    await expect(w.unlock('not the passphrase')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    const path = join(dir, VAULT_FILE);
    const bytes = await readFile(path);
    bytes[20] = bytes[20]! ^ 0x01;
    await (await import('node:fs/promises')).writeFile(path, bytes);
    await expect(w.unlock(PASS)).rejects.toMatchObject({ code: 'CORRUPT' });
    await w.close();
  });

  it('stores documents once and reads them only on demand', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    const bytes = Buffer.alloc(100_000, 7);
    const meta = await v.putDocument('d1', {
      mediaType: 'application/pdf',
      meta: { conferenceId: 'c1' },
      bytes,
    });
    expect(meta.size).toBe(100_000);
    v.lock('manual');
    await v.unlock(PASS);
    expect((await v.readDocument('d1')).equals(bytes)).toBe(true);
    await v.close();
  });

  it('makes a save cost the edit: the file grows by about the size of the changed record', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    for (let i = 0; i < 20; i += 1) {
      await v.put('conferences', `c${i}`, fakeConference(`c${i}`, 30));
    }
    const before = (await stat(join(dir, VAULT_FILE))).size;
    await v.put('conferences', 'c3', { ...fakeConference('c3', 1), version: 2 });
    const grown = (await stat(join(dir, VAULT_FILE))).size - before;
    expect(grown).toBeLessThan(2_000);
    await v.close();
  });

  it('refuses a second instance and names the process that holds the lock', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    const other = testVault(dir);
    await expect(other.unlock(PASS)).rejects.toThrow(/process \d+ on/);
    await v.close();
    await other.unlock(PASS);
    await other.close();
  });

  it('keeps an appended audit chain that verifies', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.appendAudit({ actor: 'chair-1', action: 'minutes.signed', ids: ['conf-1', 'doc-1'] });
    await expect(v.appendAudit({ actor: 'Ada Fictional', action: 'x' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    v.lock('manual');
    await v.unlock(PASS);
    expect(v.verifyAudit()).toEqual({ ok: true, count: 2 });
    expect(v.auditLog()[1]).toMatchObject({ action: 'minutes.signed', ids: ['conf-1', 'doc-1'] });
    expect((await v.verify()).audit.ok).toBe(true);
    await v.close();
  });
});
