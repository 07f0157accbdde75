// Inputs shared by the document commands (render, sign, verify-doc): reading a conference JSON file with every
// schema problem listed by path, reading files, and the --version option.
import { mkdirSync, readFileSync } from 'node:fs';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import type { Config } from '../../../shared/domain/config';
import type { Conference } from '../../../shared/domain/conference';
import { decodeUtf8, refuseUnsafeText } from '../safe-text';
import { AppFailure } from '../../../shared/ipc/result';
import type { CliContext } from '../command';

/** Reads a file the user named, or throws NOT_FOUND with the name they gave. */
export function readInputFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new AppFailure(
      'NOT_FOUND',
      `Cannot read the ${what} "${path}": no such file, or it is not readable.`,
    );
  }
}

/** Reads and validates a conference JSON file; prints each schema problem with its path before failing. */
export async function readConference(path: string, ctx: CliContext): Promise<Conference> {
  const text = decodeUtf8(readInputFile(path, 'conference file'), 'conference file');
  let json: unknown;
  try {
    json = JSON.parse(text);
    refuseUnsafeText(json);
  } catch (e) {
    if (e instanceof AppFailure) {
      throw e;
    }
    throw new AppFailure(
      'BAD_INPUT',
      `"${path}" is not valid JSON (${e instanceof Error ? e.message : 'parse error'}).`,
    );
  }
  // The schemas are loaded by the commands that read a conference only (cli.help_ms).
  const { ConferenceSchema } = await import('../../../shared/domain/conference');
  const parsed = ConferenceSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 50)
      .map((i) => `  ${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`);
    ctx.err(`${lines.join('\n')}\n`);
    throw new AppFailure(
      'BAD_INPUT',
      `"${path}" does not match the conference format (resources/conference.schema.json): ${parsed.error.issues.length} problem(s) listed above.`,
    );
  }
  return parsed.data;
}

/** England defaults, headed with the conference's local authority. */
export function documentConfig(conference: Conference): Config {
  return { ...ENGLAND_DEFAULTS, authorityName: conference.localAuthority };
}

/** The --version option as a whole number from 1, or the default. */
export function versionOption(value: unknown, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw new AppFailure('BAD_INPUT', '--version must be a whole number from 1 to 1000.');
  }
  return n;
}

/** The one positional argument a command needs, or a usage failure naming it. */
export function onePositional(positionals: readonly string[], what: string): string {
  if (positionals.length !== 1 || !positionals[0]) {
    throw new AppFailure('BAD_INPUT', `Give exactly one ${what}.`);
  }
  return positionals[0];
}

/** Creates the output folder, or fails with a clear message. */
export function outputDir(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new AppFailure('BAD_INPUT', 'Give the folder to write the documents to with --out DIR.');
  }
  try {
    mkdirSync(value, { recursive: true });
  } catch {
    throw new AppFailure('IO', `Cannot create the output folder "${value}".`);
  }
  return value;
}
