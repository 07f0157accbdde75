// A stored document is never replaced (docs/vault.md, "Documents are never replaced"): different bytes, metadata or
// media type under an id already held are refused with CONFLICT and change nothing on disk, whether through
// putDocument(s) or commit; the very same document again (a retried receipt) is accepted and stores nothing new;
// no document is written as a plain record.
import { join } from 'node:path';

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { VAULT_FILE } from '../../../electron/services/vault/vault';
import type { DocumentInput } from '../../../electron/services/vault/vault-records';
import type { VaultService } from '../../../electron/services/vault/vault-service';

import { PASS, sha256File, tempDir, testVault } from './helpers';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) {
    await c();
  }
});

async function openVault(): Promise<{ v: VaultService; file: string }> {
  const { dir, cleanup } = await tempDir();
  const v = testVault(dir);
  cleanups.push(async () => {
    await v.close();
    await cleanup();
  });
  await v.create(PASS);
  return { v, file: join(dir, VAULT_FILE) };
}

const enc = (s: string) => new TextEncoder().encode(s);
const original: DocumentInput = {
  mediaType: 'application/pdf',
  meta: { type: 'signed-file', conferenceId: 'conf-1', version: 1 },
  bytes: enc('%PDF-1.7 signed minutes, version 1'),
};

type Way = (v: VaultService, id: string, input: DocumentInput) => Promise<unknown>;
const ways: [string, Way][] = [
  ['putDocument', (v, id, input) => v.putDocument(id, input)],
  ['putDocuments', (v, id, input) => v.putDocuments([{ id, input }])],
  [
    'commit',
    (v, id, input) =>
      v.commit({
        documents: [{ id, ...input }],
        put: [{ collection: 'settings', id: 'touched', value: 1 }],
        audit: [{ actor: 'app', action: 'test.replace', ids: [id] }],
      }),
  ],
];

const changes: [string, DocumentInput][] = [
  ['different bytes', { ...original, bytes: enc('%PDF-1.7 something else') }],
  ['one byte more', { ...original, bytes: enc('%PDF-1.7 signed minutes, version 1 ') }],
  [
    'different metadata',
    { ...original, meta: { type: 'signed-file', conferenceId: 'conf-1', version: 2 } },
  ],
  ['different media type', { ...original, mediaType: 'application/octet-stream' }],
];

describe('a stored document is never replaced', () => {
  for (const [how, put] of ways) {
    for (const [what, changed] of changes) {
      it(`${how}: ${what} under a held id is refused and the file is unchanged`, async () => {
        const { v, file } = await openVault();
        await v.putDocument('conf-1.v1.0.pdf', original);
        const before = await sha256File(file);
        const audit = v.auditLog().length;
        const e = (await put(v, 'conf-1.v1.0.pdf', changed).catch((x: unknown) => x)) as {
          code?: string;
          message?: string;
        };
        expect(e.code).toBe('CONFLICT');
        expect(e.message).toMatch(/never replaced/);
        expect(await sha256File(file)).toBe(before);
        expect(v.auditLog().length).toBe(audit);
        expect(v.get('settings', 'touched')).toBeUndefined();
        expect(Buffer.from(await v.readDocument('conf-1.v1.0.pdf')).toString()).toBe(
          '%PDF-1.7 signed minutes, version 1',
        );
      });
    }

    it(`${how}: the very same document again is accepted and stores no second copy`, async () => {
      const { v } = await openVault();
      const first = await v.putDocument('conf-1.v1.0.pdf', original);
      await put(v, 'conf-1.v1.0.pdf', {
        ...original,
        bytes: Uint8Array.from(original.bytes),
        meta: { type: 'signed-file', conferenceId: 'conf-1', version: 1 },
      });
      expect(v.get('documents', 'conf-1.v1.0.pdf')).toEqual(first);
      expect(Buffer.from(await v.readDocument('conf-1.v1.0.pdf')).toString()).toBe(
        '%PDF-1.7 signed minutes, version 1',
      );
    });
  }

  it('refuses a whole batch when one of its documents would replace a held one', async () => {
    const { v, file } = await openVault();
    await v.putDocument('conf-1.v1.0.pdf', original);
    const before = await sha256File(file);
    const e = (await v
      .putDocuments([
        { id: 'conf-1.v2.0.pdf', input: { ...original, bytes: enc('new file') } },
        { id: 'conf-1.v1.0.pdf', input: { ...original, bytes: enc('overwrite') } },
      ])
      .catch((x: unknown) => x)) as { code?: string };
    expect(e.code).toBe('CONFLICT');
    expect(v.get('documents', 'conf-1.v2.0.pdf')).toBeUndefined();
    expect(await sha256File(file)).toBe(before);
  });

  it('never writes a document as a plain record (put, putAll, commit)', async () => {
    const { v, file } = await openVault();
    await v.putDocument('conf-1.v1.0.pdf', original);
    const before = await sha256File(file);
    const fake = {
      blobId: '00'.repeat(16),
      size: 1,
      sha256: '0'.repeat(64),
      mediaType: 'x',
      createdAt: 'x',
      meta: null,
    };
    const attempts = [
      () => v.put('documents', 'conf-1.v1.0.pdf', fake),
      () => v.putAll([{ collection: 'documents', id: 'conf-1.v9', value: fake }]),
      () => v.commit({ put: [{ collection: 'documents', id: 'conf-1.v1.0.pdf', value: fake }] }),
    ];
    for (const attempt of attempts) {
      const e = (await attempt().catch((x: unknown) => x)) as { code?: string };
      expect(e.code).toBe('BAD_INPUT');
    }
    expect(await sha256File(file)).toBe(before);
  });

  it('property: the first bytes stored under an id are what it reads, whatever is put after', async () => {
    const { v } = await openVault();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 0, maxLength: 64 }),
        fc.uint8Array({ minLength: 0, maxLength: 64 }),
        async (a, b) => {
          n += 1;
          const id = `doc-${n}`;
          await v.putDocument(id, { mediaType: 'application/pdf', meta: null, bytes: a });
          const same = Buffer.from(a).equals(Buffer.from(b));
          const code = await v
            .putDocument(id, { mediaType: 'application/pdf', meta: null, bytes: b })
            .then(
              () => 'stored',
              (e: { code?: string }) => e.code,
            );
          expect(code).toBe(same ? 'stored' : 'CONFLICT');
          expect(Buffer.from(await v.readDocument(id)).equals(Buffer.from(a))).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
