import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { VAULT_FILE } from '../../../electron/services/vault/vault';
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
    const afterRestore = await cli(['unlock-check', '--passphrase-stdin'], 'a long passphrase 1\n');
    expect(afterRestore.code).toBe(EXIT.OK);
    expect(afterRestore.err).not.toMatch(/Warning/); // a restore goes back on purpose
    expect((await cli(['backup', 'frob'])).code).toBe(EXIT.USAGE);
  });

  it('warns on unlock-check when the vault file was replaced by an older copy', async () => {
    await cli(['init', '--passphrase-stdin'], 'a long passphrase 1\n');
    const path = join(dir, VAULT_FILE);
    const older = await readFile(path);
    const v = testVault(dir);
    await v.unlock('a long passphrase 1');
    await v.put('conferences', 'c', { n: 1 });
    await v.close();
    await writeFile(path, older);
    const check = await cli(['unlock-check', '--passphrase-stdin'], 'a long passphrase 1\n');
    expect(check.code).toBe(EXIT.OK);
    expect(check.err).toMatch(
      /^Warning: This vault file is older than the one this app last opened/,
    );
  });
});
