// Runs the CLI in-process with captured output, a given stdin and a temp data folder: `runCliForTest` over the
// services' own vault, `vaultCli` over a real vault with the weak test KDF (tests/services/vault/helpers.ts).
import { Readable } from 'node:stream';

import { EXIT } from '../../electron/cli/command';
import { readPassphrase } from '../../electron/cli/passphrase';
import { runCli } from '../../electron/cli/run';
import { createServices } from '../../electron/services/create-services';
import type { Clock, Logger } from '../../electron/services/ports';
import { quietLogger, testVault } from '../services/vault/helpers';

import { FIXED_NOW, recordingLogger } from './test-services';

export type CliRun = { code: number; out: string; err: string };

export async function runCliForTest(
  argv: string[],
  options: { dataDir: string; stdin?: string; isTTY?: boolean; prompt?: () => Promise<string> },
): Promise<CliRun> {
  let out = '';
  let err = '';
  const stdin = Readable.from(options.stdin !== undefined ? [options.stdin] : []);
  const isTTY = options.isTTY ?? false;
  const code = await runCli(argv, {
    stdin: () => stdin,
    isTTY: () => isTTY,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env: {},
    readPassphrase: (prompt, values) =>
      readPassphrase(prompt, values, {
        stdin,
        isTTY,
        prompt: options.prompt ?? (() => Promise.reject(new Error('no terminal in tests'))),
      }),
    makeServices: (dataDir) =>
      createServices({
        dataDir: dataDir ?? options.dataDir,
        shell: 'cli',
        clock: { now: () => FIXED_NOW },
        logger: recordingLogger(),
      }),
  });
  return { code, out, err };
}

export type VaultCliOptions = {
  /** The data folder, read at each run (tests set it in beforeEach or beforeAll). */
  dataDir: () => string;
  /** The clock of the services and the vault; without one the services see real time, the vault testVault's. */
  clock?: Clock;
  /** The logger of the services and the vault; quiet by default. */
  logger?: Logger;
  /** Standard input when a run gives none. */
  stdin?: string;
};

/** A `cli(argv, stdin?)` that runs the CLI in-process over a test vault in `dataDir()`, no terminal. */
export function vaultCli(
  options: VaultCliOptions,
): (argv: string[], stdinText?: string) => Promise<CliRun> {
  const { clock, logger = quietLogger } = options;
  return async (argv, stdinText = options.stdin ?? '') => {
    const dir = options.dataDir();
    let out = '';
    let err = '';
    const stdin = Readable.from([stdinText]);
    const code = await runCli(argv, {
      out: (t) => (out += t),
      err: (t) => (err += t),
      stdin: () => stdin,
      isTTY: () => false,
      env: {},
      readPassphrase: (prompt, values) =>
        readPassphrase(prompt, values, {
          stdin,
          isTTY: false,
          prompt: () => Promise.reject(new Error('no tty')),
        }),
      makeServices: () =>
        createServices({
          dataDir: dir,
          shell: 'cli',
          clock: clock ?? { now: () => new Date() },
          logger,
          vault: (emit) => testVault(dir, { emit, clock, logger }),
        }),
    });
    return { code, out, err };
  };
}

export { EXIT };
