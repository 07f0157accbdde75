// A record and its audit entry commit together (docs/vault.md, "A record and its audit entry"): power is cut at every
// operation boundary of a save (CrashFs, docs/reliability.md §3.3), and every crash image holds both or neither. The
// same workload written as two saves (record, then audit) is shown to leave a record without its entry, so the check
// can fail.
import { describe, expect, it } from 'vitest';

import type { KdfPolicy } from '../../../electron/services/vault/kdf';
import type { VaultService } from '../../../electron/services/vault/vault-service';

import { PASS, fakeClock, testVault } from './helpers';
import type { CrashState } from './support/crash-fs';
import { CrashError, CrashFs } from './support/crash-fs';

const DATA = '/crash/data';
const CRASH_KDF: KdfPolicy = {
  name: 'crash',
  floor: { logN: 4, r: 1, p: 1 },
  calibrate: () => Promise.resolve({ id: 'scrypt', logN: 4, r: 1, p: 1 }),
};
const AUDIT = { actor: 'chair', action: 'conference.create', ids: ['c-1'] };
const vaultOn = (fs: CrashFs): VaultService =>
  testVault(DATA, { fs, kdf: CRASH_KDF, clock: fakeClock() });

type Workload = (v: VaultService) => Promise<void>;
const together: Workload = async (v) => {
  await v.put('conferences', 'c-1', { id: 'c-1', text: 'x'.repeat(2000) }, AUDIT);
  // As sign-off stores its files and version record: two documents and the entry, one commit.
  await v.putDocuments(
    [
      {
        id: 'c-1.v1.pdf',
        input: { mediaType: 'application/pdf', meta: {}, bytes: Buffer.alloc(3000, 7) },
      },
      {
        id: 'c-1.v1.json',
        input: { mediaType: 'application/json', meta: {}, bytes: Buffer.alloc(500, 8) },
      },
    ],
    { ...AUDIT, action: 'signoff.signed' },
  );
};
const apart: Workload = async (v) => {
  await v.put('conferences', 'c-1', { id: 'c-1', text: 'x'.repeat(2000) });
  await v.appendAudit(AUDIT);
};

async function base(): Promise<CrashState> {
  const fs = new CrashFs([DATA]);
  const v = vaultOn(fs);
  await v.create(PASS);
  await v.close();
  return fs.snapshot();
}

/** Crash images of `work` cut before each operation (several seeded images each): what each holds after reopening. */
async function outcomes(
  start: CrashState,
  work: Workload,
  seeds: number,
): Promise<[boolean, boolean, boolean, boolean, boolean][]> {
  const seen: [boolean, boolean, boolean, boolean, boolean][] = [];
  for (let k = 0; ; k += 1) {
    const fs = new CrashFs([DATA], new CrashFs(start.roots, start).snapshot());
    const v = vaultOn(fs);
    await v.unlock(PASS);
    fs.arm(k);
    try {
      await work(v);
    } catch (e) {
      if (!(e instanceof CrashError) && !fs.crashed) {
        throw e;
      }
    }
    if (!fs.crashed) {
      return seen; // k passed the end of the workload
    }
    for (let seed = 0; seed < seeds; seed += 1) {
      const img = CrashFs.image(fs.captured!, seed);
      await img.unlink(`${DATA}/vault.lock`).catch(() => undefined);
      const w = vaultOn(img);
      await w.unlock(PASS);
      const actions = w.auditLog().map((e) => e.action);
      seen.push([
        w.get('conferences', 'c-1') !== undefined,
        actions.includes('conference.create'),
        w.list('documents')['c-1.v1.pdf'] !== undefined,
        w.list('documents')['c-1.v1.json'] !== undefined,
        actions.includes('signoff.signed'),
      ]);
      expect((await w.verify()).audit.ok).toBe(true);
      await w.close();
    }
  }
}

describe('a record and its audit entry', () => {
  it('are both in every crash image or neither (a record; two documents as sign-off stores them)', async () => {
    const seen = await outcomes(await base(), together, 4);
    expect(seen.length).toBeGreaterThan(10);
    for (const [record, entry, pdf, json, docEntry] of seen) {
      expect([record, pdf, json]).toEqual([entry, docEntry, docEntry]);
    }
    expect(seen).toContainEqual([true, true, true, true, true]);
    expect(seen).toContainEqual([true, true, false, false, false]);
    expect(seen).toContainEqual([false, false, false, false, false]);
  }, 120_000);

  it('written as two saves, a crash between them leaves a record without its entry (the check can fail)', async () => {
    const seen = await outcomes(await base(), apart, 1);
    expect(seen.some(([record, entry]) => record && !entry)).toBe(true);
  }, 120_000);
});
