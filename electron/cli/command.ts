// The shape of one CLI command, and the context every command receives. Commands never read process.* directly,
// so tests run them in-process with fake streams.
import type { ParseArgsConfig } from 'node:util';

import type { Services } from '../services/create-services';

/** Exit codes a shell user can script against. */
export const EXIT = {
  OK: 0,
  FAILED: 1,
  USAGE: 2,
  WRONG_PASSPHRASE: 3,
  LOCKED_BY_OTHER: 4,
  CORRUPT: 5,
  NOT_FOUND: 6,
} as const;

export type CliContext = {
  out: (text: string) => void;
  err: (text: string) => void;
  /**
   * Standard input, for --passphrase-stdin and JSON imports. A function: Node opens the stream (and loads its
   * stream code) on first use, which commands that never read it should not pay for (cli.help_ms).
   */
  stdin: () => NodeJS.ReadableStream;
  /** Whether standard input is a terminal (asked on use, like stdin). */
  isTTY: () => boolean;
  env: NodeJS.ProcessEnv;
  /**
   * Services built on first use for the data folder chosen by --data-dir or ICPC_DATA_DIR. Asynchronous: the
   * vault, document and crypto code is loaded only by the commands that call this.
   */
  services: () => Promise<Services>;
  /** Reads a passphrase per the common options: hidden prompt, --passphrase-stdin or --passphrase-file. */
  readPassphrase: (prompt: string, values: PassphraseOptionValues) => Promise<string>;
};

export type PassphraseOptionValues = {
  'passphrase-stdin'?: boolean | undefined;
  'passphrase-file'?: string | undefined;
};

export type ParsedArgs = {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
};

export type CliCommand = {
  name: string;
  summary: string;
  /** Lines shown by `icpc <name> --help`, after the usage line. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
  /**
   * Runs in the light front (electron/cli/front.ts) without ever loading more code: no file the command reaches
   * loads a module at run time, and it never opens the vault (tests/cli/front.test.ts checks both).
   */
  light?: true;
  run: (args: ParsedArgs, ctx: CliContext) => Promise<number>;
};

/** Options every command that needs a passphrase accepts. A passphrase is never an argument. */
export const PASSPHRASE_OPTIONS = {
  'passphrase-stdin': { type: 'boolean' },
  'passphrase-file': { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
