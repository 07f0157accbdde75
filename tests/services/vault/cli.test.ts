import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { VAULT_FILE } from '../../../electron/services/vault/vault';
import type { JsonValue } from '../../../electron/services/vault/vault-data';
import { listChild, listConference } from '../../fixtures/list';
import { EXIT, vaultCli } from '../../support/cli-harness';

import { tempDir, testVault } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const cli = vaultCli({ dataDir: () => dir });

describe('vault CLI commands', () => {
  it('initialises, checks the passphrase, changes it, verifies, lists and restores backups', async () => {
    const init = await cli(['init', '--passphrase-stdin'], 'a long passphrase 1\n');
    expect(init.code).toBe(EXIT.OK);
    expect(init.out).toMatch(/([0-9A-Z]{4}-){7}[0-9A-Z]{4}/);
    expect((await cli(['init', '--passphrase-stdin'], 'a long passphrase 1\n')).code).toBe(
      EXIT.FAILED,
    );
    expect((await cli(['unlock-check', '--passphrase-stdin'], 'a long passphrase 1\n')).code).toBe(
      EXIT.OK,
    );
    expect((await cli(['unlock-check', '--passphrase-stdin'], 'nope nope nope\n')).code).toBe(
      EXIT.WRONG_PASSPHRASE,
    );
    const change = await cli(
      ['change-passphrase', '--stdin'],
      'a long passphrase 1\na long passphrase 2\n',
    );
    expect(change.code).toBe(EXIT.OK);
    const verify = await cli(['verify', '--passphrase-stdin'], 'a long passphrase 2\n');
    expect(verify.out).toMatch(/unbroken chain/);
    const list = await cli(['backup', 'list', '--json']);
    expect(JSON.parse(list.out)).toHaveLength(1);
    const restore = await cli(['backup', 'restore', '--passphrase-stdin'], 'a long passphrase 1\n');
    expect(restore.code).toBe(EXIT.OK);
    // The backup is from before the change: restored with the old passphrase, it takes the current one.
    const afterRestore = await cli(['unlock-check', '--passphrase-stdin'], 'a long passphrase 2\n');
    expect(afterRestore.code).toBe(EXIT.OK);
    expect(afterRestore.err).not.toMatch(/Warning/); // a restore goes back on purpose
    expect((await cli(['unlock-check', '--passphrase-stdin'], 'a long passphrase 1\n')).code).toBe(
      EXIT.WRONG_PASSPHRASE,
    );
    const recoveryKey = /([0-9A-Z]{4}-){7}[0-9A-Z]{4}/.exec(init.out)![0];
    const byKey = await cli(
      ['backup', 'restore', '--recovery-key', '--passphrase-stdin'],
      `${recoveryKey}\n`,
    );
    expect(byKey.code).toBe(EXIT.OK);
    expect(byKey.out).toMatch(/current passphrase and the recovery key/);
    const wrongKey = await cli(
      ['backup', 'restore', '--recovery-key', '--passphrase-stdin'],
      'AAAA\n',
    );
    expect(wrongKey.code).toBe(EXIT.WRONG_PASSPHRASE);
    expect((await cli(['unlock-check', '--passphrase-stdin'], 'a long passphrase 2\n')).code).toBe(
      EXIT.OK,
    );
    expect((await cli(['backup', 'frob'])).code).toBe(EXIT.USAGE);
  });

  it('refuses every command on an older copy until accept-older, typed and audited', async () => {
    await cli(['init', '--passphrase-stdin'], 'a long passphrase 1\n');
    const path = join(dir, VAULT_FILE);
    const older = await readFile(path);
    const v = testVault(dir);
    await v.unlock('a long passphrase 1');
    await v.put('conferences', 'c', { n: 1 });
    await v.close();
    await writeFile(path, older);
    const census = ['export-census', '--format', 'csv', '--out', join(dir, 'census.csv')];
    for (const argv of [['unlock-check'], ['verify'], ['list'], census]) {
      const run = await cli([...argv, '--passphrase-stdin'], 'a long passphrase 1\n');
      expect([argv[0], run.code]).toEqual([argv[0], EXIT.CORRUPT]);
      expect(run.err).toMatch(/^This vault file is older than the one this app last saved/);
      expect(run.out).toBe('');
    }
    const wrong = await cli(
      ['accept-older', '--confirm', 'yes', '--passphrase-stdin'],
      'a long passphrase 1\n',
    );
    expect(wrong.code).toBe(EXIT.USAGE);
    const accept = await cli(
      ['accept-older', '--confirm', 'open the older file', '--passphrase-stdin'],
      'a long passphrase 1\n',
    );
    expect(accept.code).toBe(EXIT.OK);
    expect(accept.err).toMatch(/^Warning: You chose to use this older vault file/);
    const check = await cli(['unlock-check', '--passphrase-stdin'], 'a long passphrase 1\n');
    expect(check.code).toBe(EXIT.OK);
    expect(check.err).toBe('');
  });

  it('unlock-check names each record that cannot be read and exits 5', async () => {
    await cli(['init', '--passphrase-stdin'], 'a long passphrase 1\n');
    const v = testVault(dir);
    await v.unlock('a long passphrase 1');
    await v.put('conferences', 'icpc-from-a-newer-app', {
      revision: 1,
      status: 'signed',
      extra: 1,
    });
    await v.put('planList', 'entry-broken', { kind: 'not-a-kind' });
    // Damaged only where the list does not read (docs/list.md, "Records that cannot be read"): still listed.
    const conference = listConference('icpc-extra-field', '2026-01-05', [
      listChild({ id: 'mia', name: 'Mia Example', dateOfBirth: '2021-03-14' }),
    ]);
    await v.put(
      'conferences',
      'icpc-extra-field',
      JSON.parse(
        JSON.stringify({
          revision: 1,
          savedAt: '2026-01-12T09:00:00.000Z',
          status: 'signed',
          conference,
          addedLater: true,
        }),
      ) as JsonValue,
    );
    await v.close();
    const run = await cli(['unlock-check', '--passphrase-stdin'], 'a long passphrase 1\n');
    expect(run.code).toBe(EXIT.CORRUPT);
    expect(run.err).toContain(
      'The conference record icpc-from-a-newer-app could not be read: it is not shown and not on the list.',
    );
    expect(run.err).toContain(
      'The list record entry-broken could not be read: the list leaves it out.',
    );
    expect(run.err).toContain(
      'The conference record icpc-extra-field could not be read in full: it is not shown, but the list reads the parts it needs, so its children stay on the list.',
    );
    expect(run.err).toContain(
      '3 records could not be read. They are kept unchanged. Until the 2 the list left out read, the list says it may be incomplete and no check answers "no".',
    );
    expect(run.out).toBe('');
  });

  it('unlock-check names a signed version record that cannot be read and exits 5', async () => {
    await cli(['init', '--passphrase-stdin'], 'a long passphrase 1\n');
    const v = testVault(dir);
    await v.unlock('a long passphrase 1');
    // As a newer version of the app might write it: a field this version does not know.
    await v.putDocument('icpc-signed-one.v2', {
      mediaType: 'application/vnd.icpc.signed-version+json',
      meta: { type: 'signed-version', conferenceId: 'icpc-signed-one', version: 2, seal: 'newer' },
      bytes: new TextEncoder().encode('{}'),
    });
    await v.close();
    const run = await cli(['unlock-check', '--passphrase-stdin'], 'a long passphrase 1\n');
    expect(run.code).toBe(EXIT.CORRUPT);
    expect(run.err).toContain(
      'The signed version or amendment record icpc-signed-one.v2 could not be read: its conference cannot be signed or amended until it reads.',
    );
    expect(run.err).toContain(
      '1 record could not be read. It is kept unchanged. Until the signed version and amendment records read, their conferences are neither signed nor amended.',
    );
    expect(run.err).not.toContain('the list says');
  });
});
