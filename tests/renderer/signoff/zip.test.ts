// The "Download all" archive: every file once, bytes unchanged, names unique and safe whatever the input.
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import {
  entryName,
  entryNames,
  zipFiles,
  zipName,
} from '../../../renderer/src/screens/signoff/zip';
import type { DownloadFile } from '../../../shared/ipc/contracts/documents-shapes';

const file = (fileName: string, bytes: Uint8Array): DownloadFile => ({
  fileName,
  mediaType: 'application/pdf',
  base64: Buffer.from(bytes).toString('base64'),
  sha256: '0'.repeat(64),
});

describe('zipFiles', () => {
  it('holds each file under its name with its bytes', () => {
    const zipped = unzipSync(
      zipFiles([
        file('conference-record.pdf', new Uint8Array([37, 80, 68, 70])),
        file('decision-letter.docx.p7s', new Uint8Array([1, 2, 3])),
      ]),
    );
    expect(Object.keys(zipped)).toEqual(['conference-record.pdf', 'decision-letter.docx.p7s']);
    expect([...zipped['decision-letter.docx.p7s']!]).toEqual([1, 2, 3]);
  });

  it.each([
    [
      ['a.pdf', 'a.pdf', 'a.pdf'],
      ['a.pdf', 'a (2).pdf', 'a (3).pdf'],
    ],
    [
      ['x.docx.p7s', 'x.docx.p7s'],
      ['x.docx.p7s', 'x (2).docx.p7s'],
    ],
    [
      ['../evil.pdf', 'dir\\name.pdf', ''],
      ['..-evil.pdf', 'dir-name.pdf', 'document'],
    ],
  ])('names %j become %j', (names, expected) => {
    const zipped = unzipSync(zipFiles(names.map((n) => file(n, new Uint8Array([7])))));
    expect(Object.keys(zipped)).toEqual(expected);
  });

  it('keeps a file whose name is "__proto__" (an object key that JavaScript treats specially)', () => {
    const names: string[] = [];
    unzipSync(
      zipFiles([file('__proto__', new Uint8Array([1, 2])), file('a.pdf', new Uint8Array([3]))]),
      {
        filter: (f) => {
          names.push(f.name);
          return false;
        },
      },
    );
    expect(names).toEqual(['__proto__ (file)', 'a.pdf']);
  });

  it('never loses a file and keeps every byte (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.uint8Array({ maxLength: 64 })), {
          maxLength: 12,
        }),
        (items) => {
          const zipped = unzipSync(zipFiles(items.map(([n, b]) => file(n, b))));
          const names = entryNames(items.map(([n]) => n));
          expect(Object.keys(zipped)).toHaveLength(items.length);
          expect(new Set(names).size).toBe(items.length);
          names.forEach((name, i) => {
            expect(name).not.toMatch(/[\\/]/);
            expect([...zipped[name]!]).toEqual([...items[i]![1]]);
          });
        },
      ),
    );
  });
});

describe('entryName and zipName', () => {
  it('keeps ordinary names and names the archive after the version', () => {
    expect(entryName('Family copy for Liam Example.pdf')).toBe('Family copy for Liam Example.pdf');
    expect(entryName('..')).toBe('document');
    expect(zipName(3)).toBe('ICPC documents, version 3.zip');
  });
});
