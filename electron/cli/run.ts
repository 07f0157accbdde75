// Parses argv, finds the command, runs it, and turns failures into a message and an exit code. No process.* here.
import { parseArgs } from 'node:util';

import { isAppFailure } from '../../shared/ipc/result';
import type { ErrorCode } from '../../shared/ipc/result';
import { APP_NAME, APP_VERSION } from '../services/app-info';
import type { Services } from '../services/create-services';

import { EXIT } from './command';
import { escapeControls } from './safe-text';
import type { CliCommand, CliContext } from './command';
import { COMMANDS } from './commands/index';

const GLOBAL_HELP = (commands: readonly CliCommand[]): string =>
  [
    `${APP_NAME} ${APP_VERSION}: command line`,
    '',
    'Usage: icpc <command> [options]',
    '       icpc <command> --help',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(20)}${c.summary}`),
    '',
    'Options for every command:',
    '  --data-dir DIR      use this data folder (default: ICPC_DATA_DIR or the per-user app data folder)',
    '  --help              show help',
    '',
    'Passphrases are never arguments: type them at the hidden prompt, or pass --passphrase-stdin',
    'or --passphrase-file FILE.',
    '',
  ].join('\n');

const CODE_TO_EXIT: Partial<Record<ErrorCode, number>> = {
  BAD_INPUT: EXIT.USAGE,
  WRONG_PASSPHRASE: EXIT.WRONG_PASSPHRASE,
  RATE_LIMITED: EXIT.WRONG_PASSPHRASE,
  BUSY: EXIT.LOCKED_BY_OTHER,
  CORRUPT: EXIT.CORRUPT,
  ROLLED_BACK: EXIT.CORRUPT,
  NOT_FOUND: EXIT.NOT_FOUND,
  NO_VAULT: EXIT.NOT_FOUND,
};

export type CliEnvironment = Omit<CliContext, 'services'> & {
  /** Builds services for a data folder (the real composition root, loaded on demand, or a test double). */
  makeServices: (dataDir: string | undefined) => Services | Promise<Services>;
};

/** Runs one CLI invocation; returns the exit code. */
export async function runCli(
  argv: readonly string[],
  rawEnv: CliEnvironment,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  // The one output path: nothing a command prints (file names, record text, error messages) reaches the terminal
  // with control characters or bidi overrides in it.
  const env: CliEnvironment = {
    ...rawEnv,
    out: (text) => rawEnv.out(escapeControls(text)),
    err: (text) => rawEnv.err(escapeControls(text)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    env.out(GLOBAL_HELP(commands));
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (name === '--version') {
    env.out(`${APP_VERSION}\n`);
    return EXIT.OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    env.err(`Unknown command "${name}". Run \`icpc --help\` for the list.\n`);
    return EXIT.USAGE;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    });
  } catch (e) {
    env.err(
      `${e instanceof Error ? e.message : String(e)}\nRun \`icpc ${command.name} --help\`.\n`,
    );
    return EXIT.USAGE;
  }
  if (parsed.values.help === true) {
    env.out(`Usage: icpc ${command.name} [options]\n${command.summary}\n${command.usage}\n`);
    return EXIT.OK;
  }
  const dataDir =
    typeof parsed.values['data-dir'] === 'string' ? parsed.values['data-dir'] : undefined;
  let building: Promise<Services> | undefined;
  let built: Services | undefined;
  const ctx: CliContext = {
    ...env,
    services: () =>
      (building ??= Promise.resolve(env.makeServices(dataDir)).then((s) => (built = s))),
  };
  try {
    return await command.run(parsed, ctx);
  } catch (e) {
    if (isAppFailure(e)) {
      env.err(`${e.message}\n`);
      return CODE_TO_EXIT[e.code] ?? EXIT.FAILED;
    }
    env.err(`The command failed unexpectedly: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.FAILED;
  } finally {
    if (built) {
      await built.close();
    }
  }
}
