// Verify and export through the sign-off service: a signed PDF is intact (en-GB UK time, version, this vault's
// certificate, the stored file it is); a changed byte, appended bytes, an unsigned PDF, a DOCX with and without
// its .p7s; export to a folder from a fake dialog (no overwrite, cancel writes nothing) or as browser downloads.
// Rule source: docs/reliability.md §3.6 S3, S5.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { renderPdf } from '../../../electron/services/documents/pdf-renderer';
import { numbered, safeFolderName } from '../../../electron/services/signoff/export-files';
import { buildMinutes } from '../../../shared/documents/minutes';
import type { SignedFile } from '../../../shared/ipc/contracts/documents-shapes';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';

import { PASS, failureCode, signoffHarness } from './support';
import type { SignoffHarness } from './support';

let h: SignoffHarness;
let files: SignedFile[];
let folder: string | null;
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const fileBytes = async (name: string) => {
  const f = files.find((x) => x.fileName === name)!;
  return Buffer.from((await h.signoff.read(f.id)).base64, 'base64');
};

beforeAll(async () => {
  h = await signoffHarness({
    dialogs: { chooseFolder: () => Promise.resolve(folder) },
  });
  const id = await h.store();
  await h.signoff.signOff(id, PASS, undefined, h.signoff.documentStems(id));
  files = h.signoff.listVersions(id).versions[0]!.files;
}, 120_000);
afterAll(() => h.cleanup());

describe('verifying a file', () => {
  it('says a signed PDF is intact, by whom, when in UK time, which version and which stored file', async () => {
    const r = h.signoff.verify({ base64: b64(await fileBytes('conference-record.pdf')) });
    expect(r).toMatchObject({
      kind: 'pdf',
      verdict: 'intact',
      signedBy: 'Alex Invented',
      signedAtText: '6 January 2026 at 9:30am (UK time)',
      version: 1,
      thisAppsCertificate: true,
      match: { conferenceId: 'conf-1', version: 1, fileName: 'conference-record.pdf' },
    });
    expect(r.summary).toBe(
      'This document is intact: it has not changed since Alex Invented signed it on 6 January 2026 at 9:30am (UK time). It is version 1 of the record.',
    );
  });

  const cases: { name: string; change: (pdf: Buffer) => Buffer; verdict: string; says: RegExp }[] =
    [
      {
        name: 'one changed byte',
        change: (pdf) => {
          const copy = Buffer.from(pdf);
          const at = copy.indexOf('Conference record');
          copy[at] = 'c'.charCodeAt(0);
          return copy;
        },
        verdict: 'changed',
        says: /has been changed since it was signed by Alex Invented/,
      },
      {
        name: 'bytes appended after signing',
        change: (pdf) => Buffer.concat([pdf, Buffer.from('\n% added\n')]),
        verdict: 'appended',
        says: /^Something was added to this file after Alex Invented signed it on 6 January 2026 at 9:30am \(UK time\)\. /,
      },
    ];
  for (const c of cases) {
    it(`reports ${c.name} as ${c.verdict}, and not as a stored file`, async () => {
      const r = h.signoff.verify({
        base64: b64(c.change(await fileBytes('conference-record.pdf'))),
      });
      expect(r.verdict).toBe(c.verdict);
      expect(r.summary).toMatch(c.says);
      expect(r.match).toBeNull();
    });
  }

  it('says an unsigned PDF cannot be checked', async () => {
    const pdf = await renderPdf(buildMinutes(aDocumentConference(), DOC_CONFIG));
    const r = h.signoff.verify({ base64: b64(pdf) });
    expect(r).toMatchObject({ verdict: 'unsigned', signedBy: '', signedAtText: null });
  });

  it('checks a DOCX with its .p7s, and asks for the .p7s when it is missing', async () => {
    const docx = await fileBytes('decision-letter.docx');
    const p7s = await fileBytes('decision-letter.docx.p7s');
    expect(h.signoff.verify({ base64: b64(docx), p7sBase64: b64(p7s) })).toMatchObject({
      kind: 'docx',
      verdict: 'intact',
      version: 1,
    });
    const other = await fileBytes('conference-record.docx.p7s');
    expect(h.signoff.verify({ base64: b64(docx), p7sBase64: b64(other) }).verdict).toBe('changed');
    expect(await failureCode(() => h.signoff.verify({ base64: b64(docx) }))).toBe('BAD_INPUT');
    expect(await failureCode(() => h.signoff.verify({ base64: b64(Buffer.from('hello')) }))).toBe(
      'BAD_INPUT',
    );
  });
});

describe('exporting files', () => {
  const chosen = () =>
    files.filter((f) => f.fileName.startsWith('conference-record.')).map((f) => f.id);

  it('writes the chosen files to the folder the user picks, never overwriting', async () => {
    folder = mkdtempSync(join(tmpdir(), 'icpc-export-'));
    const first = await h.signoff.export(chosen());
    expect(first).toEqual({
      kind: 'saved',
      folder,
      fileNames: ['conference-record.pdf', 'conference-record.docx', 'conference-record.docx.p7s'],
    });
    expect(
      readFileSync(join(folder, 'conference-record.pdf')).equals(
        await fileBytes('conference-record.pdf'),
      ),
    ).toBe(true);
    const second = await h.signoff.export(chosen());
    expect(second).toMatchObject({
      fileNames: [
        'conference-record (2).pdf',
        'conference-record (2).docx',
        'conference-record (2).docx.p7s',
      ],
    });
    expect(readdirSync(folder)).toHaveLength(6);
    expect(h.vault.auditLog().at(-1)).toMatchObject({
      action: 'documents.exported',
      ids: chosen(),
    });
  });

  it('puts a whole version in one new folder inside the folder picked, numbered when it exists', async () => {
    folder = mkdtempSync(join(tmpdir(), 'icpc-export-'));
    const all = files.map((f) => f.id);
    const first = await h.signoff.export(all, 'ICPC documents, version 1');
    expect(first).toMatchObject({
      kind: 'saved',
      folder: join(folder, 'ICPC documents, version 1'),
    });
    expect(readdirSync(join(folder, 'ICPC documents, version 1')).sort()).toEqual(
      files.map((f) => f.fileName).sort(),
    );
    const second = await h.signoff.export(all, 'ICPC documents, version 1');
    expect(second).toMatchObject({ folder: join(folder, 'ICPC documents, version 1 (2)') });
    expect(readdirSync(folder).sort()).toEqual([
      'ICPC documents, version 1',
      'ICPC documents, version 1 (2)',
    ]);
  });

  it.each([
    ['a/b\\c:d', 'a-b-c-d'],
    ['trailing. ', 'trailing'],
    ['   ', 'ICPC documents'],
    ['..', 'ICPC documents'],
  ])('makes %j a safe folder name %j', (name, expected) => {
    expect(safeFolderName(name)).toBe(expected);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const before = h.vault.auditLog().length;
    folder = null;
    expect(await h.signoff.export(chosen())).toEqual({ kind: 'cancelled' });
    expect(h.vault.auditLog().length).toBe(before);
  });

  it('refuses an unknown id before writing anything', async () => {
    folder = mkdtempSync(join(tmpdir(), 'icpc-export-'));
    expect(await failureCode(h.signoff.export([...chosen(), 'conf-1.v9.0.pdf']))).toBe('NOT_FOUND');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('numbers names with the whole extension kept', () => {
    expect(numbered('a.docx.p7s', 3)).toBe('a (3).docx.p7s');
    expect(numbered('record.pdf', 2)).toBe('record (2).pdf');
    expect(numbered('noext', 2)).toBe('noext (2)');
  });

  it('returns downloads when there is no dialog (the browser shell)', async () => {
    const browser = await signoffHarness();
    try {
      const id = await browser.store();
      await browser.signoff.signOff(id, PASS, undefined, browser.signoff.documentStems(id));
      const ids = browser.signoff
        .listVersions(id)
        .versions[0]!.files.slice(0, 2)
        .map((f) => f.id);
      const out = await browser.signoff.export(ids);
      expect(out.kind).toBe('download');
      if (out.kind === 'download') {
        expect(out.files.map((f) => f.fileName)).toEqual([
          'conference-record.pdf',
          'conference-record.docx',
        ]);
        expect(Buffer.from(out.files[0]!.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      }
      expect(existsSync(join(browser.dir, 'conference-record.pdf'))).toBe(false);
    } finally {
      await browser.cleanup();
    }
  });
});

describe('verifying with the vault locked', () => {
  it('still checks the signature, without looking anything up', async () => {
    const pdf = await fileBytes('conference-record.pdf');
    h.vault.lock('manual');
    const r = h.signoff.verify({ base64: b64(pdf) });
    expect(r).toMatchObject({ verdict: 'intact', thisAppsCertificate: null, match: null });
  });
});
