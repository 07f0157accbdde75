// However the vault locks (idle timer, manual, OS lock through services.lock), every service that holds decrypted
// data is told, so nothing decrypted stays in memory. Rule source: docs/vault.md; docs/reliability.md §3.2 K7.
import { afterEach, describe, expect, it } from 'vitest';

import { createServices } from '../../electron/services/create-services';
import type { LockReason, Services } from '../../electron/services/create-services';
import { listServiceFor } from '../../electron/services/list/for-services';
import type { PrintPort } from '../../electron/services/ports';
import { browserPrinter, createPrintTokens, takePrint } from '../../electron/services/print-tokens';

import { recordingLogger } from '../support/test-services';
import { PASS, fakeClock, fakeTimers, tempDir, testVault } from './vault/helpers';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) {
    await c();
  }
  cleanups = [];
});

async function services(
  printer?: PrintPort,
): Promise<{ s: Services; timers: ReturnType<typeof fakeTimers> }> {
  const { dir, cleanup } = await tempDir();
  const timers = fakeTimers();
  const clock = fakeClock();
  const s = createServices({
    dataDir: dir,
    shell: 'test',
    clock,
    logger: recordingLogger(),
    vault: (emit) => testVault(dir, { emit, timers, clock, idleLockMs: 1000 }),
    ...(printer ? { printer } : {}),
  });
  cleanups.push(async () => {
    await s.close();
    await cleanup();
  });
  await s.vault.create(PASS);
  return { s, timers };
}

describe('locking reaches every service', () => {
  it.each([
    [
      'an idle lock',
      (_s: Services, timers: ReturnType<typeof fakeTimers>) => Promise.resolve(timers.fire()),
    ],
    ['services.lock', (s: Services) => s.lock('manual')],
  ])('%s drops every PDF waiting to be printed', async (_name, lock) => {
    const tokens = createPrintTokens();
    const { s, timers } = await services(browserPrinter(tokens));
    const path = tokens.issue({ fileName: 'record.pdf', bytes: Buffer.from('%PDF-1.7') });
    await lock(s, timers);
    await new Promise((r) => setImmediate(r));
    expect(await s.vault.state()).toBe('locked');
    expect(takePrint(tokens, path)).toBeNull();
  });

  it('an idle lock inside the vault reaches the other lockables with its reason', async () => {
    const { s, timers } = await services();
    const seen: LockReason[] = [];
    s.lockables.push({ lock: (r) => Promise.resolve(void seen.push(r)) });
    timers.fire();
    expect(await s.vault.state()).toBe('locked');
    expect(seen).toEqual(['idle']);
  });

  it('services.lock locks the vault and the list service, and the list is read again after unlocking', async () => {
    const { s } = await services();
    const list = listServiceFor(s);
    expect(list.query({}).totalActive).toBe(0);
    // The vault, the list shared with chairs, the shared-folder watch, and the list service made here.
    expect(s.lockables).toHaveLength(4);
    await s.lock('os-lock');
    expect(await s.vault.state()).toBe('locked');
    expect(() => list.query({})).toThrow();
    await s.vault.unlock(PASS);
    expect(list.query({}).totalActive).toBe(0);
  });
});
