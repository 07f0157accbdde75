// No name or text of a test conference appears in the vault file or in any file the app wrote
// under its data folder (backups, the lock file while it is held, vault-state.json, temp files), nor in the logs,
// whether the data came in through the services, the CLI or the browser shell. Fictional people only.
import { writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { aDocumentConference } from '../../fixtures/documents';
import { EXIT, vaultCli } from '../../support/cli-harness';
import { SIGN_TIME } from '../signoff/support';

import { PASS, fakeClock, tempDir, testVault } from './helpers';
import { expectFolderClean, expectNoNeedles, keepingLogger, needlesOf } from './support/plaintext';

let dir: string;
let outside: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  dir = join(t.dir, 'data'); // the data folder, searched in full
  outside = join(t.dir, 'outside'); // inputs and exports, which are the user's own files
  await mkdir(dir);
  await mkdir(outside);
});
afterEach(() => cleanup());

const conference = aDocumentConference();
const NEEDLES = needlesOf(conference, ['Tilly Examplechild', 'Signed by Ada Fictional']);

describe('no plaintext under the data folder', () => {
  it('through the services: records, documents, compaction, passphrase change, restore, lock and state files', async () => {
    expect(NEEDLES.length).toBeGreaterThan(20); // the conference really has names and texts to look for
    const logger = keepingLogger();
    const v = testVault(dir, { logger });
    await v.create(PASS);
    await v.put('conferences', conference.id, JSON.parse(JSON.stringify(conference)) as never);
    await v.putDocument('doc-1', {
      mediaType: 'application/json',
      meta: { title: 'Minutes for Tilly Examplechild' },
      bytes: Buffer.from(`Signed by Ada Fictional. ${JSON.stringify(conference)}`),
    });
    await v.compact(); // the document index and a backup
    await v.put('settings', 'x', { note: 'Tilly Examplechild' });
    const whileOpen = await expectFolderClean(dir, NEEDLES);
    expect(whileOpen).toContain('vault.lock'); // searched while it is held
    await v.changePassphrase(PASS, 'a second long passphrase');
    await v.close();
    const w = testVault(dir, { logger });
    await expect(w.unlock('not the passphrase')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await w.restoreBackup(PASS);
    await w.unlock('a second long passphrase'); // the restored file takes the current passphrase
    expect(w.get('settings', 'x')).toEqual({ note: 'Tilly Examplechild' }); // the backup the change made
    await w.close();
    const files = await expectFolderClean(dir, NEEDLES);
    expect(files).toEqual(expect.arrayContaining(['vault.icpc', 'vault-state.json']));
    expect(files.filter((f) => f.startsWith('backups/')).length).toBeGreaterThanOrEqual(2);
    expectNoNeedles('log', Buffer.from(logger.text()), NEEDLES);
  });

  it('through the CLI: init, import, sign, wrong passphrase, change passphrase, backup restore, verify', async () => {
    const logger = keepingLogger();
    const clock = fakeClock(SIGN_TIME);
    let err = '';
    const run = vaultCli({ dataDir: () => dir, clock, logger, stdin: `${PASS}\n` });
    const cli = async (argv: string[], stdinText?: string): Promise<number> => {
      const result = await run(argv, stdinText);
      err += result.err;
      return result.code;
    };
    const file = join(outside, 'conference.json'); // the input lives outside the data folder
    writeFileSync(file, JSON.stringify(conference));
    const args = ['--passphrase-stdin'];
    expect(await cli(['init', ...args])).toBe(EXIT.OK);
    expect(await cli(['import', file, ...args]), err).toBe(EXIT.OK);
    // Without --looked-at the documents are listed and nothing is signed; then every one is named.
    const listed = await run(['sign', '--id', conference.id, ...args]);
    const lookedAt = /The documents are: (.*?)\. Nothing was signed\./.exec(listed.err)?.[1] ?? '';
    expect(lookedAt).not.toBe('');
    expect(
      await cli([
        'sign',
        '--id',
        conference.id,
        '--out',
        join(outside, 'signed'),
        '--looked-at',
        lookedAt,
        ...args,
      ]),
      err,
    ).toBe(EXIT.OK);
    expect(await cli(['unlock-check', ...args], 'not the passphrase\n')).toBe(
      EXIT.WRONG_PASSPHRASE,
    );
    expect(await cli(['change-passphrase', '--stdin'], `${PASS}\na second long passphrase\n`)).toBe(
      EXIT.OK,
    );
    expect(await cli(['backup', 'restore', ...args])).toBe(EXIT.OK);
    // The restored file takes the current passphrase (docs/vault.md, "Backups and passphrase changes").
    expect(await cli(['verify', ...args], 'a second long passphrase\n'), err).toBe(EXIT.OK);
    const files = await expectFolderClean(dir, NEEDLES);
    expect(files.filter((f) => f.startsWith('backups/')).length).toBeGreaterThanOrEqual(2);
    expectNoNeedles('CLI standard error', Buffer.from(err), NEEDLES);
    expectNoNeedles('log', Buffer.from(logger.text()), NEEDLES);
  }, 120_000);
});
