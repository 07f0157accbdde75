// Entry of the headless CLI (out/main/cli.js, bin `icpc`): wires the process to runCli().
import { defaultDataDir } from '../services/data-dir';
import { createStderrLogger } from '../services/logger';
import { systemClock } from '../services/ports';

import { promptHidden, readPassphrase } from './passphrase';
import { runCli } from './run';

const isTTY = process.stdin.isTTY === true;

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdin: process.stdin,
  isTTY,
  env: process.env,
  readPassphrase: (prompt, values) =>
    readPassphrase(prompt, values, {
      stdin: process.stdin,
      isTTY,
      prompt: (text) => promptHidden(text, process.stdin, process.stderr),
    }),
  // Loaded only by commands that open the vault: `icpc --help` and `icpc due` never load it (cli.help_ms).
  makeServices: async (dataDir) => {
    const { createServices } = await import('../services/create-services');
    return createServices({
      dataDir: dataDir ?? defaultDataDir(),
      shell: 'cli',
      clock: systemClock,
      logger: createStderrLogger(true),
    });
  },
});
process.exitCode = code;
