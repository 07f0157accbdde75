// The `icpc` command's entry (bin/icpc.cjs → out/cli/icpc.cjs): one small CommonJS file, so Node starts it without
// its ES module loader or any chunk to find (cli.help_ms, cli.due_ms). It answers help, usage errors and the light
// commands itself; every other command is handed to the full CLI, an ES module of the main build
// (out/main/cli-main.js). Built by vite.cli.config.ts. Rule source: docs/architecture.md §2 (the CLI).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { COMMANDS } from './commands/index';
import { frontCommands } from './front-commands';
import type { cliMain } from './main';
import { processEnvironment } from './process-env';
import { runCli } from './run';
import { SYNC_OUTPUT } from './sync-write';

const argv = process.argv.slice(2);

// __dirname: this file is built as CommonJS into out/cli/.
const FULL_CLI = pathToFileURL(join(__dirname, '..', 'main', 'cli-main.js')).href;

async function handOver(): Promise<number> {
  const full = (await import(FULL_CLI)) as { cliMain: typeof cliMain };
  return full.cliMain(argv);
}

void runCli(
  argv,
  processEnvironment(
    () =>
      Promise.reject(new Error('A light command asked for the vault; only the full CLI opens it.')),
    SYNC_OUTPUT,
  ),
  frontCommands(COMMANDS, handOver),
).then((code) => {
  process.exitCode = code;
});
