// One damaged document does not trap the vault (docs/vault.md, "One damaged document"): with one document's bytes
// flipped in a real vault, change-passphrase re-encrypts the others, keeps the damaged one as it was and names it
// with its conference, and unlock-check and change-passphrase name the newest backup that has it intact.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { blobSpan } from '../../../electron/services/vault/blob-index';
import { parseHeader } from '../../../electron/services/vault/format';
import { VAULT_FILE } from '../../../electron/services/vault/vault';
import { EXIT, vaultCli } from '../../support/cli-harness';

import { PASS, fakeClock, tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const clock = fakeClock();
const cli = vaultCli({ dataDir: () => dir, clock });
const NEW = 'a brand new passphrase 3';
const IDS = ['conf-a', 'conf-b', 'conf-c'];
const bytesOf = (id: string): Buffer => Buffer.alloc(3600, id);

/** Three documents written by a compaction (so their bytes lie in order after the header), then one more save. */
async function build(): Promise<string> {
  const v = testVault(dir, { clock });
  await v.create(PASS);
  for (const id of IDS) {
    await v.put('conferences', id, { id, version: 1 });
    await v.putDocument(`${id}.v1.0.pdf`, {
      mediaType: 'application/pdf',
      meta: { type: 'signed-file', conferenceId: id },
      bytes: bytesOf(id),
    });
  }
  clock.advance(60_000);
  await v.compact(); // its backup holds every document intact
  const [intact] = await v.listBackups();
  clock.advance(60_000);
  await v.compact(); // the rewritten file, documents first: a backup of it holds them intact too
  const [newest] = await v.listBackups();
  await v.put('conferences', 'conf-a', { id: 'conf-a', version: 2 });
  await v.close();
  expect(newest!.id).not.toBe(intact!.id);
  return newest!.id;
}

/** Flips one bit inside document `k`'s ciphertext in the live file. */
async function damage(k: number, at: number): Promise<void> {
  const path = join(dir, VAULT_FILE);
  const b = await readFile(path);
  const h = parseHeader(b, b.length);
  const offset = h.end + k * blobSpan(3600) + 72 + at;
  b[offset] = b[offset]! ^ 0x10;
  await writeFile(path, b);
}

describe('one damaged document', () => {
  it.each([
    [0, 0],
    [1, 1800],
    [2, 3599],
  ])(
    'document %i damaged (byte %i): the passphrase changes, the others re-encrypt, it is kept and named with a backup',
    async (k, at) => {
      const intactBackup = await build();
      await damage(k, at);
      const bad = IDS[k]!;
      const check = await cli(['unlock-check', '--passphrase-stdin'], `${PASS}\n`);
      expect(check.code).toBe(EXIT.CORRUPT);
      expect(check.err).toContain(
        `The document ${bad}.v1.0.pdf (conference ${bad}) is damaged in the vault file. The newest backup that has it intact is ${intactBackup} (`,
      );
      expect(check.err).toContain(`icpc backup restore ${intactBackup}`);

      const change = await cli(['change-passphrase', '--stdin'], `${PASS}\n${NEW}\n`);
      expect(change.code).toBe(EXIT.CORRUPT);
      expect(change.out).toMatch(/The passphrase was changed/);
      expect(change.err).toContain(`The document ${bad}.v1.0.pdf (conference ${bad}) is damaged`);
      // The rewrite's own backup holds the damaged file: it is newer, but not offered.
      expect(change.err).toContain(`The newest backup that has it intact is ${intactBackup} (`);
      expect(change.err).toMatch(/kept as they were/);
      for (const other of IDS.filter((i) => i !== bad)) {
        expect(change.err).not.toContain(other);
      }

      const v = testVault(dir, { clock });
      await expect(v.unlock(PASS)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      await v.unlock(NEW);
      for (const id of IDS) {
        const read = v.readDocument(`${id}.v1.0.pdf`);
        if (id === bad) {
          await expect(read).rejects.toMatchObject({ code: 'CORRUPT' }); // kept, still damaged
        } else {
          expect((await read).equals(bytesOf(id))).toBe(true);
        }
      }
      expect(await v.checkDocuments()).toEqual([
        { documentId: `${bad}.v1.0.pdf`, conferenceId: bad },
      ]);
      await v.close();

      // The named backup, made before the change, opens with the current passphrase and has it intact.
      const w = testVault(dir, { clock });
      await w.restoreBackup(NEW, intactBackup);
      await w.unlock(NEW);
      expect((await w.readDocument(`${bad}.v1.0.pdf`)).equals(bytesOf(bad))).toBe(true);
      expect(await w.checkDocuments()).toEqual([]);
      await w.close();
    },
    60_000,
  );

  it('says when no backup has the damaged document intact', async () => {
    const v = testVault(dir, { clock });
    await v.create(PASS);
    await v.putDocument('only.pdf', {
      mediaType: 'application/pdf',
      meta: { type: 'signed-file', conferenceId: 'conf-z' },
      bytes: bytesOf('only'),
    });
    await v.compact();
    await v.close();
    await damage(0, 10);
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    const check = await cli(['unlock-check', '--passphrase-stdin'], `${PASS}\n`);
    expect(check.code).toBe(EXIT.CORRUPT);
    expect(check.err).toContain(
      'The document only.pdf (conference conf-z) is damaged in the vault file. No backup has it intact.',
    );
  });
});

describe('the vault.damagedDocuments channel (the Vault settings check)', () => {
  it('names the damaged document, its conference and the newest backup that has it intact', async () => {
    const { createServices } = await import('../../../electron/services/create-services');
    const { createHandlers } = await import('../../../electron/services/handlers');
    const { dispatch } = await import('../../../shared/ipc/dispatch');
    const { recordingLogger } = await import('../../support/test-services');
    const intactBackup = await build();
    await damage(1, 900);
    const services = createServices({
      dataDir: dir,
      shell: 'test',
      clock,
      logger: recordingLogger(),
      vault: () => testVault(dir, { clock }),
    });
    try {
      await services.vault.unlock(PASS);
      const r = await dispatch(
        'vault.damagedDocuments',
        {},
        createHandlers(services),
        recordingLogger(),
      );
      expect(r).toMatchObject({
        ok: true,
        value: {
          checked: 3,
          damaged: [
            {
              documentId: 'conf-b.v1.0.pdf',
              // The stored record is not a whole conference here, so it is named by its id.
              conference: 'conference conf-b',
              intactBackup: { id: intactBackup },
            },
          ],
        },
      });
      // The other documents still read.
      expect((await services.vault.readDocument('conf-a.v1.0.pdf')).equals(bytesOf('conf-a'))).toBe(
        true,
      );
    } finally {
      await services.close();
    }
  });
});
