// A card or bundle handed to the person: in Electron saved into the folder they choose (never overwriting), in the
// browser shell returned for a download. Both files are safe outside the vault: a card holds no secret and a
// bundle is encrypted to its recipients. Rule source: docs/exchange.md (transport).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { AppFailure } from '../../../shared/ipc/result';
import type { DialogPort } from '../ports';

export type SavedFile =
  | { kind: 'saved'; folder: string; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'download'; fileName: string; mediaType: string; base64: string };

export async function saveOrDownload(
  dialogs: DialogPort | undefined,
  file: { fileName: string; mediaType: string; bytes: Uint8Array },
  title: string,
): Promise<SavedFile> {
  if (!dialogs) {
    return {
      kind: 'download',
      fileName: file.fileName,
      mediaType: file.mediaType,
      base64: Buffer.from(file.bytes).toString('base64'),
    };
  }
  const folder = await dialogs.chooseFolder({ title, buttonLabel: 'Save here' });
  if (folder === null) {
    return { kind: 'cancelled' };
  }
  try {
    await writeFile(join(folder, file.fileName), file.bytes, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    throw new AppFailure(
      'IO',
      (e as NodeJS.ErrnoException).code === 'EEXIST'
        ? `That folder already has a file called ${file.fileName}. Choose another folder.`
        : 'The file could not be saved in that folder.',
    );
  }
  return { kind: 'saved', folder, fileName: file.fileName };
}

/** "Sam Fictional" → "sam-fictional": a file name part from a person's name (letters and digits only). */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return stem === '' ? 'colleague' : stem;
}
