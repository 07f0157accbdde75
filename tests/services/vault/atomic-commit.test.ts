// One change, one commit (docs/vault.md): a record and its audit entry, or a sign-off's files and version record,
// land together. Cutting the file anywhere inside that commit leaves all of it or none of it; signed files a
// stopped sign-off left are removed (and audited) at the next unlock; `verify` names records no audit entry names.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { unauditedRecords } from '../../../electron/services/audit-coverage';
import { orphanDocuments, sweepOrphanDocuments } from '../../../electron/services/signoff/orphans';
import { VAULT_FILE } from '../../../electron/services/vault/vault';
import { AppFailure } from '../../../shared/ipc/result';
import { EXIT, vaultCli } from '../../support/cli-harness';

import { PASS, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('a record and its audit entry', () => {
  it('are both there or both missing wherever the file is cut inside their commit', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    const path = join(dir, VAULT_FILE);
    const before = (await stat(path)).size;
    await v.commit({
      put: [{ collection: 'planList', id: 'entry-1', value: { child: 'Ava Example' } }],
      audit: [{ actor: 'list-manager', action: 'list.added', ids: ['entry-1'] }],
    });
    await v.close();
    const whole = await readFile(path);
    expect(whole.length).toBeGreaterThan(before);
    const span = whole.length - before;
    const cuts = new Set<number>();
    for (let i = 0; i <= 40; i += 1) {
      cuts.add(before + Math.floor((span * i) / 40));
    }
    const outcomes = { both: 0, neither: 0, refused: 0 };
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      const copy = join(dir, `cut-${cut}`);
      await mkdir(copy);
      await writeFile(join(copy, VAULT_FILE), whole.subarray(0, cut));
      const c = testVault(copy);
      try {
        await c.unlock(PASS);
      } catch (e) {
        expect(e instanceof AppFailure && e.code === 'CORRUPT', String(e)).toBe(true);
        outcomes.refused += 1;
        continue;
      }
      const record = c.get('planList', 'entry-1') !== undefined;
      const audited = c.auditLog().some((e) => e.action === 'list.added');
      expect([cut, record], `cut at ${cut} of ${whole.length}`).toEqual([cut, audited]);
      outcomes[record ? 'both' : 'neither'] += 1;
      await c.close();
    }
    // The whole file keeps both; a cut before the commit's end keeps neither.
    expect(outcomes.both).toBe(1);
    expect(outcomes.neither + outcomes.refused).toBe(cuts.size - 1);
  });

  it('refuses the whole change, and changes nothing, when one part is not valid', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    const audit = v.auditLog().length;
    await expect(
      v.commit({
        put: [
          { collection: 'planList', id: 'good', value: { n: 1 } },
          { collection: 'planList', id: 'bad id!', value: { n: 2 } },
        ],
        audit: [{ actor: 'list-manager', action: 'list.added', ids: ['good'] }],
      }),
    ).rejects.toThrow(/record id/);
    expect(v.get('planList', 'good')).toBeUndefined();
    expect(v.auditLog()).toHaveLength(audit);
    await v.close();
  });
});

describe('signed files without their version record', () => {
  const file = (version: number) => ({
    mediaType: 'application/pdf',
    meta: { type: 'signed-file', conferenceId: 'conf-1', version, format: 'pdf' },
    bytes: new TextEncoder().encode(`%PDF-1.7 fictional v${version}`),
  });

  it('are removed at the next unlock, with an audit entry naming them', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    // Version 1 is whole (its record is there); version 2 is what a stopped sign-off left behind.
    await v.putDocument('conf-1.v1.0.pdf', file(1));
    await v.putDocument('conf-1.v1', {
      mediaType: 'application/vnd.icpc.signed-version+json',
      meta: { type: 'signed-version', conferenceId: 'conf-1', version: 1 },
      bytes: new TextEncoder().encode('{}'),
    });
    await v.putDocument('conf-1.v2.0.pdf', file(2));
    await v.putDocument('conf-1.v2.1.pdf', file(2));
    expect(orphanDocuments(v)).toEqual(['conf-1.v2.0.pdf', 'conf-1.v2.1.pdf']);
    expect(await sweepOrphanDocuments(v)).toEqual(['conf-1.v2.0.pdf', 'conf-1.v2.1.pdf']);
    expect(Object.keys(v.list('documents')).sort()).toEqual(['conf-1.v1', 'conf-1.v1.0.pdf']);
    const entry = v.auditLog().find((e) => e.action === 'documents.orphans-removed');
    expect(entry?.ids).toEqual(['conf-1.v2.0.pdf', 'conf-1.v2.1.pdf']);
    expect(await sweepOrphanDocuments(v)).toEqual([]);
    await v.close();
  });

  it('are swept by the services at unlock (the hook runs after every unlock)', async () => {
    const { createServices } = await import('../../../electron/services/create-services');
    const { recordingLogger } = await import('../../support/test-services');
    const services = createServices({
      dataDir: dir,
      shell: 'test',
      clock: { now: () => new Date('2026-01-06T09:30:00Z') },
      logger: recordingLogger(),
      vault: () => testVault(dir),
    });
    await services.vault.create(PASS);
    await services.vault.putDocument('conf-1.v3.0.pdf', file(3));
    services.vault.lock('manual');
    await services.vault.unlock(PASS);
    expect(services.vault.list('documents')).toEqual({});
    expect(services.vault.auditLog().at(-1)).toMatchObject({
      action: 'documents.orphans-removed',
      ids: ['conf-1.v3.0.pdf'],
    });
    await services.close();
  });
});

describe('records the audit log never names', () => {
  it('are listed, and `verify` exits 1 naming them', async () => {
    const v = testVault(dir);
    await v.create(PASS);
    await v.commit({
      put: [{ collection: 'enquiries', id: 'enq-1', value: { n: 1 } }],
      audit: [{ actor: 'list-manager', action: 'list.check', ids: ['enq-1'] }],
    });
    expect(unauditedRecords(v)).toEqual([]);
    // As an older version stopped between the two writes would have left it.
    await v.put('planList', 'entry-9', { child: 'Noah Example' });
    expect(unauditedRecords(v)).toEqual([
      { collection: 'planList', id: 'entry-9', why: 'no audit entry names it', kind: 'record' },
    ]);
    await v.close();
    const cli = vaultCli({ dataDir: () => dir });
    const run = await cli(['verify', '--passphrase-stdin'], `${PASS}\n`);
    expect(run.code).toBe(EXIT.FAILED);
    expect(run.err).toContain('Not audited: planList entry-9: no audit entry names it.');
    expect(run.err).toContain('1 record(s) without an audit entry');
  });
});
