// The whole CLI over this process: argv in, exit code out. Run by the ESM entry (out/main/cli.js) and, for every
// command that opens the vault, by the light front (out/cli/icpc.cjs, electron/cli/front.ts).
import { defaultDataDir } from '../services/data-dir';
import { createStderrLogger } from '../services/logger';
import { systemClock } from '../services/ports';

import { processEnvironment } from './process-env';
import { runCli } from './run';

/** Runs one invocation of the full CLI; returns the exit code. */
export function cliMain(argv: readonly string[]): Promise<number> {
  return runCli(
    argv,
    processEnvironment(
      // Loaded only by commands that open the vault: `icpc --help` and `icpc due` never load it (cli.help_ms).
      async (dataDir) => {
        const { createServices } = await import('../services/create-services');
        return createServices({
          dataDir: dataDir ?? defaultDataDir(),
          shell: 'cli',
          clock: systemClock,
          logger: createStderrLogger(true),
        });
      },
    ),
  );
}
