// Opens the vault file for reading without writing anything: refuses a directory or a symlink, reads the header
// within bounds and returns it with the open handle. Rule source: docs/reliability.md §3.3 R2, §3.4 (file system).
import { AppFailure } from '../../../shared/ipc/result';

import type { FileHandlePort, FsPort } from './fs-port';
import type { ParsedHeader } from './format';
import { CHECKSUM_BYTES, MAX_HEADER_JSON, parseHeader, PREFIX_BYTES } from './format';
import { ioFailure } from './journal-writer';

export type OpenedFile = { fh: FileHandlePort; size: number; header: ParsedHeader };

/** Opens `path` ('r+' for the live vault, 'r' for a backup) and parses its header; closes it on failure. */
export async function openVaultFile(
  fs: FsPort,
  path: string,
  mode: 'r' | 'r+',
): Promise<OpenedFile> {
  const st = await fs.lstat(path).catch((e: unknown) => {
    throw ioFailure(e);
  });
  if (!st) {
    throw new AppFailure('NO_VAULT', 'There is no vault in this data folder yet.');
  }
  if (st.isSymbolicLink || !st.isFile) {
    throw new AppFailure('CORRUPT', 'The vault path is not a regular file, so it was not opened.');
  }
  let fh: FileHandlePort;
  try {
    fh = await fs.open(path, mode);
  } catch (e) {
    throw ioFailure(e);
  }
  try {
    const size = (await fh.stat()).size;
    const head = await fh.read(0, Math.min(size, PREFIX_BYTES + MAX_HEADER_JSON + CHECKSUM_BYTES));
    return { fh, size, header: parseHeader(head, size) };
  } catch (e) {
    await fh.close().catch(() => undefined);
    throw e instanceof AppFailure ? e : ioFailure(e);
  }
}
