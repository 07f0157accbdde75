// VaultRecords.putAll (docs/vault.md; docs/exchange.md, receiving): several records and one audit entry in one
// commit. They are all there after reopening, the audit chain still verifies, a bad id or an oversized record
// refuses the whole call before anything changes, and the file grows by one commit, not one per record.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { PASS, tempDir, testVault } from './helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) {
    await c();
  }
});

async function openVault() {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  const v = testVault(dir);
  await v.create(PASS);
  return { dir, v };
}

describe('putAll', () => {
  it('stores every record and the audit entry together, and they survive reopening', async () => {
    const { dir, v } = await openVault();
    const auditBefore = v.auditLog().length;
    await v.putAll(
      [
        { collection: 'exchange', id: 'received:a', value: { n: 1 } },
        { collection: 'planList', id: 'end-1', value: { kind: 'x' } },
        { collection: 'exchange', id: 'thread:b', value: { n: 2 } },
      ],
      { actor: 'user', action: 'exchange.received', ids: ['bundle:a'] },
    );
    expect(v.auditLog().length).toBe(auditBefore + 1);
    await v.close();
    const again = testVault(dir);
    await again.unlock(PASS);
    expect(again.get('exchange', 'received:a')).toEqual({ n: 1 });
    expect(again.get('planList', 'end-1')).toEqual({ kind: 'x' });
    expect(again.get('exchange', 'thread:b')).toEqual({ n: 2 });
    expect(again.auditLog().at(-1)).toMatchObject({
      action: 'exchange.received',
      ids: ['bundle:a'],
    });
    expect(again.verifyAudit().ok).toBe(true);
    await again.close();
  });

  it.each([
    ['a bad id', { collection: 'exchange' as const, id: 'no spaces allowed', value: 1 }],
    [
      'an oversized record',
      { collection: 'exchange' as const, id: 'big', value: 'x'.repeat(40_000_000) },
    ],
  ])('refuses the whole call for %s and changes nothing', async (_what, bad) => {
    const { dir, v } = await openVault();
    const size = (await stat(join(dir, 'vault.icpc'))).size;
    await expect(
      v.putAll([{ collection: 'exchange', id: 'fine', value: 1 }, bad], {
        actor: 'user',
        action: 'exchange.received',
      }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(v.get('exchange', 'fine')).toBeUndefined();
    expect((await stat(join(dir, 'vault.icpc'))).size).toBe(size);
    await v.close();
  });
});
