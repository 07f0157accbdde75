// "Download all" in the browser shell: one ZIP of a version's files, because a browser blocks a burst of separate
// downloads (only some arrive). fflate (MIT, no dependencies) builds it in memory; signed PDFs and DOCX files are
// already compressed, so they are stored, not deflated. Names stay unique inside the archive.
import { zipSync } from 'fflate';

import type { DownloadFile } from '../../../../shared/ipc/contracts/documents-shapes';

import { base64ToBytes } from './files';

/** "name (2).pdf" for a second file named "name.pdf" (".docx.p7s" stays one extension). */
function numberedName(fileName: string, n: number): string {
  const m = /^(.*?)((?:\.docx)?\.\w+)$/.exec(fileName);
  return m ? `${m[1]} (${n})${m[2]}` : `${fileName} (${n})`;
}

/**
 * A name that is safe as a ZIP entry: no folders, no control characters, never empty, and never "__proto__", which
 * fflate's object of entries (and any plain object) would take as its prototype and lose.
 */
export function entryName(fileName: string): string {
  const cleaned = fileName
    .replace(/[\\/]/g, '-')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  if (cleaned === '__proto__') {
    return '__proto__ (file)';
  }
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'document' : cleaned;
}

/** The unique, safe entry name of each file, in the files' order. */
export function entryNames(fileNames: readonly string[]): string[] {
  const taken = new Set<string>();
  return fileNames.map((fileName) => {
    const base = entryName(fileName);
    let name = base;
    for (let n = 2; taken.has(name); n += 1) {
      name = numberedName(base, n);
    }
    taken.add(name);
    return name;
  });
}

/** The ZIP bytes holding every file once, each under its unique name (`entryNames`). */
export function zipFiles(files: readonly DownloadFile[]): Uint8Array<ArrayBuffer> {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  const names = entryNames(files.map((f) => f.fileName));
  files.forEach((f, i) => {
    entries[names[i]!] = [base64ToBytes(f.base64), { level: 0 }];
  });
  const zipped = zipSync(entries);
  return new Uint8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}

/** The archive's file name: "ICPC documents, version 2.zip". */
export function zipName(version: number): string {
  return `ICPC documents, version ${version}.zip`;
}
