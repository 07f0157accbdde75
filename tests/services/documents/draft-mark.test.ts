// Drafts read DRAFT on every page, in the PDF (pdftotext per page) and the DOCX (its header part); a signed
// document never does. Every document of a fixture's set is checked both ways. Rule source: docs/reliability.md
// §2.5 (a draft must not pass for a signed record).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { renderDocx } from '../../../electron/services/documents/docx-renderer';
import { renderPdf } from '../../../electron/services/documents/pdf-renderer';
import { renderForSigning } from '../../../electron/services/documents/sign/sign-document';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { DocModel, DocNode } from '../../../shared/documents/doc-model';
import { para } from '../../../shared/documents/doc-model';
import { DRAFT_HEADER, isDraft } from '../../../shared/documents/draft-mark';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';

import { tempDir } from './tools';

const dir = tempDir('draft');

const SIGNATURE = {
  name: 'Alex Invented',
  role: 'Independent chair',
  signedAt: '2026-01-06T09:30:00.000Z',
  fingerprint: 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
  version: 1,
};

function pdfPages(bytes: Uint8Array, name: string): string[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, ' '));
}

/** The text of every header part of a DOCX (word/header*.xml), tags removed. */
function docxHeaders(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  return Object.keys(parts)
    .filter((n) => /^word\/header\d*\.xml$/.test(n))
    .map((n) => strFromU8(parts[n]!).replace(/<[^>]+>/g, ''));
}

/** A section break in the DOCX would need its own header: every section must point at a header with the mark. */
function docxSectionsWithHeader(bytes: Uint8Array): number[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
  return sections.map((s) => (s.match(/<w:headerReference /g) ?? []).length);
}

const set = buildDocumentSet(aDocumentConference(), DOC_CONFIG, { version: 1 });
// Long enough to run over several pages, so "every page" is tested, not only the first.
const long = (doc: DocModel): DocModel => ({
  ...doc,
  body: [
    ...doc.body,
    ...Array.from({ length: 90 }, (_, i): DocNode => para(`Extra line ${i + 1}.`)),
  ],
});

describe('the DRAFT rule', () => {
  it.each([
    ['no signature block', [para('x')], true],
    ['an empty signature block', [{ kind: 'signature', signature: null }], true],
    ['a filled signature block', [{ kind: 'signature', signature: SIGNATURE }], false],
  ] as const)('%s → draft %s', (_name, body, expected) => {
    expect(isDraft({ body: body as readonly DocNode[] })).toBe(expected);
  });
});

describe('DRAFT on every page of every draft; never on a signed document', () => {
  it.each(set.documents.map((d) => [d.name, d.doc] as const))(
    '%s',
    { timeout: 120_000 },
    async (name, built) => {
      const doc = long(built);
      const [pdf, docx] = await Promise.all([renderPdf(doc), renderDocx(doc)]);
      const pages = pdfPages(pdf, `${name}-draft`);
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((p, i) => expect(p, `draft page ${i + 1}`).toContain(DRAFT_HEADER));
      const headers = docxHeaders(docx);
      expect(headers.length).toBeGreaterThan(0);
      headers.forEach((h) => expect(h).toContain(DRAFT_HEADER));
      docxSectionsWithHeader(docx).forEach((n) => expect(n).toBeGreaterThan(0));

      const signed = await renderForSigning(doc, SIGNATURE, new Date(SIGNATURE.signedAt));
      const signedPages = pdfPages(signed.pdf, `${name}-signed`);
      expect(signedPages.length).toBeGreaterThan(1);
      signedPages.forEach((p, i) => expect(p, `signed page ${i + 1}`).not.toMatch(/DRAFT/));
      docxHeaders(signed.docx).forEach((h) => expect(h).not.toMatch(/DRAFT/));
    },
  );
});
