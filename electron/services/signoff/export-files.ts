// Reading and exporting signed files. The vault keeps the originals; the only plaintext that reaches the disk is
// what the user exports, to the folder they pick (Electron dialog), or a download in the browser shell.
// Existing files are never overwritten. Rule source: docs/reliability.md §2.2 (nothing unencrypted).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { DownloadFile } from '../../../shared/ipc/contracts/documents-shapes';
import { AppFailure } from '../../../shared/ipc/result';
import type { DialogPort } from '../ports';
import type { VaultRecords } from '../vault/vault-records';
import type { DocumentMeta } from '../vault/vault-data';

type FileVault = Pick<VaultRecords, 'get' | 'readDocument' | 'appendAudit'>;

/** Reads one signed file (PDF, DOCX or .p7s) of a signed version; NOT_FOUND for anything else. */
export async function readSignedFile(vault: FileVault, documentId: string): Promise<DownloadFile> {
  const meta = vault.get<DocumentMeta>('documents', documentId);
  const described = meta?.meta as { type?: unknown; fileName?: unknown } | undefined;
  if (!meta || described?.type !== 'signed-file' || typeof described.fileName !== 'string') {
    throw new AppFailure('NOT_FOUND', 'That document is not in the vault.');
  }
  const bytes = await vault.readDocument(documentId);
  return {
    fileName: described.fileName,
    mediaType: meta.mediaType,
    base64: bytes.toString('base64'),
    sha256: meta.sha256,
  };
}

/** "name (2).pdf" for the n-th clash of "name.pdf" (".docx.p7s" stays one extension). */
export function numbered(fileName: string, n: number): string {
  const m = /^(.*?)((?:\.docx)?\.\w+)$/.exec(fileName);
  return m ? `${m[1]} (${n})${m[2]}` : `${fileName} (${n})`;
}

/** Writes bytes to a new file in `folder`, numbering the name when one of that name exists. */
async function writeNew(folder: string, fileName: string, bytes: Buffer): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const name = n === 1 ? fileName : numbered(fileName, n);
    try {
      await writeFile(join(folder, name), bytes, { flag: 'wx', mode: 0o600 });
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppFailure('IO', 'The documents could not be saved in that folder.');
      }
    }
  }
  throw new AppFailure('IO', 'That folder already holds too many files of the same name.');
}

/** A folder name safe on Windows, macOS and Linux: no separators or reserved characters, never empty. */
export function safeFolderName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned === '' ? 'ICPC documents' : cleaned.slice(0, 120);
}

/** Makes a new folder `name` inside `parent` ("name (2)" when it exists) and returns its path. */
async function makeNewFolder(parent: string, name: string): Promise<string> {
  const base = safeFolderName(name);
  for (let n = 1; n < 1000; n += 1) {
    const path = join(parent, n === 1 ? base : `${base} (${n})`);
    try {
      await mkdir(path, { mode: 0o700 });
      return path;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AppFailure('IO', 'The documents could not be saved in that folder.');
      }
    }
  }
  throw new AppFailure('IO', 'That folder already holds too many folders of the same name.');
}

export type ExportOutcome =
  | { kind: 'saved'; folder: string; fileNames: string[] }
  | { kind: 'cancelled' }
  | { kind: 'download'; files: DownloadFile[] };

/** Audit ids per entry are limited: one entry per 19 files, with the destination kind. */
async function auditExport(vault: FileVault, ids: readonly string[], action: string) {
  for (let i = 0; i < ids.length; i += 19) {
    await vault.appendAudit({ actor: 'chair', action, ids: ids.slice(i, i + 19) });
  }
}

/**
 * Exports the chosen files: with a dialog port (Electron), to the folder the user picks; without one (browser
 * shell), as downloads for the renderer. Every id is checked before anything is written. With `folderName`
 * (a whole version, "Save all"), the files go into one new folder of that name inside the folder picked.
 */
export async function exportFiles(
  vault: FileVault,
  dialogs: DialogPort | undefined,
  documentIds: readonly string[],
  folderName?: string,
): Promise<ExportOutcome> {
  const unique = [...new Set(documentIds)];
  const files: DownloadFile[] = [];
  for (const id of unique) {
    files.push(await readSignedFile(vault, id));
  }
  if (!dialogs) {
    await auditExport(vault, unique, 'documents.downloaded');
    return { kind: 'download', files };
  }
  const picked = await dialogs.chooseFolder({
    title: 'Choose a folder for the signed documents',
    buttonLabel: 'Save here',
  });
  if (picked === null) {
    return { kind: 'cancelled' };
  }
  const folder = folderName === undefined ? picked : await makeNewFolder(picked, folderName);
  const fileNames: string[] = [];
  for (const f of files) {
    fileNames.push(await writeNew(folder, f.fileName, Buffer.from(f.base64, 'base64')));
  }
  await auditExport(vault, unique, 'documents.exported');
  return { kind: 'saved', folder, fileNames };
}
