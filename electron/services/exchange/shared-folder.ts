// The shared folder transport: a folder the organisation syncs or a mapped drive. The app writes each bundle as a
// new file (never overwriting) and reads the folder's bundles; it holds only encrypted bundles, and the app itself
// opens no network connection. Rule source: docs/exchange.md (transport).
import { constants } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { AppFailure } from '../../../shared/ipc/result';

export const BUNDLE_NAME = /^[0-9a-f-]{36}\.icpcx$/;
const MAX_FILES = 500;

export async function writeToFolder(
  dir: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<void> {
  if (!BUNDLE_NAME.test(fileName)) {
    throw new AppFailure('BAD_INPUT', 'A bundle file name is its id followed by .icpcx.');
  }
  let handle;
  try {
    handle = await open(
      join(dir, fileName),
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
      0o600,
    );
  } catch {
    throw new AppFailure(
      'IO',
      'The bundle could not be written to the shared folder. Check that it is reachable.',
    );
  }
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The folder's bundle files (by name pattern), newest first, at most 500. */
export async function listFolder(dir: string): Promise<{ fileName: string; bytes: Buffer }[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => BUNDLE_NAME.test(n));
  } catch {
    throw new AppFailure('IO', 'The shared folder could not be read. Check that it is reachable.');
  }
  const files = await Promise.all(
    names.map(async (n) => ({ fileName: n, mtime: (await stat(join(dir, n))).mtimeMs })),
  );
  files.sort((a, b) => b.mtime - a.mtime);
  return Promise.all(
    files
      .slice(0, MAX_FILES)
      .map(async (f) => ({ fileName: f.fileName, bytes: await readFile(join(dir, f.fileName)) })),
  );
}

/** One bundle file of the folder, by its name (a bundle id and .icpcx, so no other path can be named). */
export async function readFromFolder(dir: string, fileName: string): Promise<Buffer> {
  if (!BUNDLE_NAME.test(fileName)) {
    throw new AppFailure('BAD_INPUT', 'A bundle file name is its id followed by .icpcx.');
  }
  try {
    return await readFile(join(dir, fileName));
  } catch {
    throw new AppFailure(
      'NOT_FOUND',
      'That bundle is no longer in the shared folder. List the folder again.',
    );
  }
}
