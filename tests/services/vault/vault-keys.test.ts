import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createVault } from '../../../electron/services/vault/create-vault';
import {
  PRODUCTION_FLOOR,
  checkKdfParams,
  productionKdfPolicy,
} from '../../../electron/services/vault/kdf';
import { VAULT_FILE } from '../../../electron/services/vault/vault';

import {
  PASS,
  TEST_KDF,
  fakeClock,
  fakeTimers,
  quietLogger,
  sha256File,
  tempDir,
  testVault,
} from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('keys, passphrases and locking', () => {
  it('refuses, in the production factory, a vault whose KDF is below the floor, before running the KDF', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.close();
    process.env.ICPC_TEST_KDF = '1'; // no switch exists: the production factory must ignore any such flag
    const prod = createVault({
      dataDir: dir,
      clock: fakeClock(),
      logger: quietLogger,
      emit: () => undefined,
      shell: 'test',
    });
    const before = await sha256File(join(dir, VAULT_FILE));
    const started = performance.now();
    await expect(prod.unlock(PASS)).rejects.toMatchObject({
      code: 'CORRUPT',
      message: /below the safety minimum/,
    });
    expect(performance.now() - started).toBeLessThan(200);
    expect(await sha256File(join(dir, VAULT_FILE))).toBe(before);
    delete process.env.ICPC_TEST_KDF;
    await prod.close();
  });

  it('bounds-checks KDF parameters at and beyond the limits', () => {
    const policy = productionKdfPolicy();
    expect(checkKdfParams({ id: 'scrypt', ...PRODUCTION_FLOOR }, policy)).toMatchObject({
      logN: 17,
    });
    for (const bad of [
      { id: 'scrypt', logN: 0, r: 8, p: 1 },
      { id: 'scrypt', logN: 32, r: 8, p: 1 },
      { id: 'scrypt', logN: 17, r: 0, p: 1 },
      { id: 'scrypt', logN: 17, r: 8, p: 0 },
      { id: 'scrypt', logN: 17, r: 8, p: 2 ** 24 },
      { id: 'scrypt', logN: 21, r: 32, p: 1 },
      { id: 'argon2d', logN: 17, r: 8, p: 1 },
      { id: 'scrypt', logN: 16, r: 8, p: 1 },
      { id: 'scrypt', logN: 17.5, r: 8, p: 1 },
      null,
    ]) {
      expect(() => checkKdfParams(bad, policy)).toThrow();
    }
  });

  it('calibrates the production KDF to at least the floor and about a second', async () => {
    const started = performance.now();
    const params = await productionKdfPolicy().calibrate();
    expect(params.logN).toBeGreaterThanOrEqual(17);
    expect(params.r).toBe(8);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('changes the passphrase, keeps the recovery key valid, and unlocks with the recovery key', async () => {
    const v = testVault(dir);
    const { recoveryKey } = await v.create(PASS);
    await v.put('conferences', 'c1', { n: 1 });
    await expect(v.changePassphrase('wrong one here', 'a new passphrase 1')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await v.changePassphrase(PASS, 'a new passphrase 1');
    v.lock('manual');
    await expect(v.unlock(PASS)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await v.unlock('a new passphrase 1');
    v.lock('manual');
    await v.unlockWithRecoveryKey(
      recoveryKey.toLowerCase().replace(/-/g, ' '),
      'a third passphrase',
    );
    expect(v.get('conferences', 'c1')).toEqual({ n: 1 });
    expect(v.auditLog().map((e) => e.action)).toEqual([
      'vault.created',
      'vault.passphrase-changed',
      'vault.recovered',
    ]);
    v.lock('manual');
    await v.unlock('a third passphrase');
    await v.close();
  });

  it('locks after the idle time, wipes the key and tells the renderer to reset', async () => {
    const timers = fakeTimers();
    const events: unknown[] = [];
    const v = testVault(dir, { timers, emit: (e, p) => events.push([e, p]) });
    await v.create(PASS);
    const session = (v as unknown as { session: { keys: { dek: Buffer } } }).session;
    expect(timers.pending()).toBe(2); // the warning 60 s before, and the lock
    timers.fire();
    await v.whenIdle();
    expect(await v.state()).toBe('locked');
    expect(session.keys.dek.every((b) => b === 0)).toBe(true);
    expect(events).toEqual([
      ['app.lockWarning', { secondsLeft: 60, live: false, lockAfterMinutes: 5 }],
      ['app.locked', { reason: 'idle' }],
    ]);
    await v.close();
  });

  it('keeps the idle lock minutes in the vault and applies them at every unlock', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    expect(v.idleLockMs).toBe(5 * 60_000);
    await v.setIdleLockMinutes(12);
    expect(v.idleLockMs).toBe(12 * 60_000);
    await expect(v.setIdleLockMinutes(0)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(v.setIdleLockMinutes(2.5)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await v.close();
    const w = testVault(dir);
    expect(w.idleLockMs).toBe(5 * 60_000);
    await expect(w.setIdleLockMinutes(10)).rejects.toMatchObject({ code: 'LOCKED' });
    await w.unlock(PASS);
    expect(w.idleLockMs).toBe(12 * 60_000);
    await w.remove('settings', 'vault.idle-lock');
    w.lock('manual');
    await w.unlock(PASS);
    expect(w.idleLockMs).toBe(5 * 60_000); // not the 12 of the session before
    await w.close();
  });

  it('delays after 5 wrong passphrases, persists the count, and lets the right one in after the delay', async () => {
    const clock = fakeClock();
    const v = testVault(dir, { clock });
    await v.create(PASS);
    await v.close();
    const w = testVault(dir, { clock });
    for (let i = 0; i < 5; i += 1) {
      await expect(w.unlock('wrong passphrase')).rejects.toMatchObject({
        code: 'WRONG_PASSPHRASE',
      });
    }
    await w.close();
    const again = testVault(dir, { clock });
    await expect(again.unlock(PASS)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    clock.advance(31_000);
    await again.unlock(PASS);
    const state = JSON.parse(await readFile(join(dir, 'vault-state.json'), 'utf8')) as {
      failures: number;
    };
    expect(state.failures).toBe(0);
    await again.close();
  });

  it('keeps rotating backups and restores the newest that verifies', async () => {
    const clock = fakeClock();
    const v = testVault(dir, { clock });
    await v.create(PASS);
    for (let i = 0; i < 15; i += 1) {
      await v.put('conferences', 'c', { i });
      await v.compact();
      clock.advance(60_000);
    }
    const backups = await v.listBackups();
    expect(backups.length).toBe(10);
    await v.close();
    const path = join(dir, VAULT_FILE);
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, 100)); // the live file is damaged
    const w = testVault(dir, { clock, kdf: TEST_KDF });
    await expect(w.unlock(PASS)).rejects.toMatchObject({ code: 'CORRUPT' });
    const restored = await w.restoreBackup(PASS);
    expect(restored.id).toBe(backups[0]!.id);
    await w.unlock(PASS);
    expect(w.get('conferences', 'c')).toEqual({ i: 14 });
    await w.close();
  });
});
