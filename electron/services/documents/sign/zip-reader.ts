// Reads one entry of a ZIP (DOCX) archive through its central directory, for the verifier to read the version
// from docProps/custom.xml. Rule source: ECMA-376 Part 2 (OPC packages are ZIP), docs/reliability.md §2.5 (DOCX).
import { inflateRawSync } from 'node:zlib';

import { AppFailure } from '../../../../shared/ipc/result';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function bad(): never {
  throw new AppFailure('BAD_INPUT', 'This file is not a readable DOCX (ZIP) document.');
}

/** The bytes of one entry, or throws BAD_INPUT when the archive is damaged or the entry is missing. */
export function readZipEntry(zip: Uint8Array, name: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    bad();
  }
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL) {
      bad();
    }
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const entryName = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLen));
    if (entryName === name) {
      if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL) {
        bad();
      }
      const start =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = zip.subarray(start, start + size);
      if (method === 0) {
        return data;
      }
      if (method === 8) {
        try {
          return new Uint8Array(inflateRawSync(data));
        } catch {
          bad();
        }
      }
      bad();
    }
    at += 46 + nameLen + extraLen + commentLen;
  }
  throw new AppFailure('NOT_FOUND', `The document has no part named ${name}.`);
}
