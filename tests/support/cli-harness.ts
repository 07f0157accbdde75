// Runs the CLI in-process with captured output, a given stdin and a temp data folder.
import { Readable } from 'node:stream';

import { EXIT } from '../../electron/cli/command';
import { readPassphrase } from '../../electron/cli/passphrase';
import { runCli } from '../../electron/cli/run';
import { createServices } from '../../electron/services/create-services';

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
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    stdin,
    isTTY,
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

export { EXIT };
