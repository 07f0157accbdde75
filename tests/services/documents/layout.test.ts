// Layout: the signature block and a restricted box never split across pages, and no page is blank. Content
// before each is grown line by line so that, somewhere, it lands at the foot of a page. Text per page comes from
// pdftotext (pages separated by form feeds). Rule source: docs/reliability.md §2.5 (visible signature block).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { renderPdf } from '../../../electron/services/documents/pdf-renderer';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { DocModel, DocNode } from '../../../shared/documents/doc-model';
import { heading, para } from '../../../shared/documents/doc-model';
import { DRAFT_HEADER, DRAFT_WATERMARK } from '../../../shared/documents/draft-mark';
import { buildMinutes } from '../../../shared/documents/minutes';
import { DOC_CONFIG, aDocumentConference, aLargeSiblingGroup } from '../../fixtures/documents';

import { tempDir } from './tools';

const dir = tempDir('layout');

const SIGNATURE = {
  name: 'Alex Invented',
  role: 'Independent chair',
  signedAt: '2026-01-06T09:30:00.000Z',
  fingerprint:
    'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
  version: 1,
};

/** The text of each page of a rendered PDF (header and footer included). */
async function pages(doc: DocModel, name: string): Promise<string[]> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderPdf(doc, new Date('2026-01-06T09:30:00Z')));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, ' ').trim());
}

/** What a page holds besides the running header and footer. */
function bodyOf(page: string, doc: DocModel): string {
  return page
    .replace(doc.frame.protectiveMarking, '')
    .replace(doc.frame.authorityName, '')
    .replace(doc.frame.footerText, '')
    .replace(/Page \d+ of \d+/, '')
    .replace(DRAFT_HEADER, '')
    .replace(new RegExp(`\\b${DRAFT_WATERMARK}\\b`), '')
    .trim();
}

function withBody(base: DocModel, body: DocNode[]): DocModel {
  return { ...base, body };
}

/** Filler paragraphs: `lines` short paragraphs, each one printed line. */
function filler(lines: number): DocNode[] {
  return Array.from({ length: lines }, (_, i) => para(`Filler line ${i + 1} of the record.`));
}

const base = buildMinutes(aDocumentConference(), DOC_CONFIG, { version: 1 });
// One A4 page holds about 45 of these lines; 36 to 56 moves each block across the foot of the first page.
const SHIFTS = Array.from({ length: 11 }, (_, i) => 36 + 2 * i);

describe('layout of the rendered PDF', () => {
  it('never splits the signature block, or parts it from its heading', async () => {
    for (const n of SHIFTS) {
      const doc = withBody(base, [
        ...filler(n),
        heading(1, "Chair's approval"),
        { kind: 'signature', signature: SIGNATURE },
      ]);
      const ps = await pages(doc, `signature-${n}`);
      const on = (s: string) => ps.findIndex((p) => p.includes(s));
      const first = on("Chair's approval");
      expect(first, `shift ${n}`).toBeGreaterThanOrEqual(0);
      for (const s of ['Signed electronically by', 'Date and time', 'Certificate fingerprint']) {
        expect(on(s), `${s} at shift ${n}`).toBe(first);
      }
    }
  }, 120_000);

  it('never splits the restricted-annex box', async () => {
    const annexBox = base.body.find((n) => n.kind === 'restricted' && n.ref === 'annex');
    expect(annexBox).toBeDefined();
    for (const n of SHIFTS) {
      const doc = withBody(base, [...filler(n), annexBox!]);
      const ps = await pages(doc, `annex-${n}`);
      const label = ps.findIndex((p) => p.includes("RESTRICTED: not for the family's copy"));
      const words = ps.findIndex((p) => p.includes('It is never part of a family copy'));
      expect(label, `shift ${n}`).toBeGreaterThanOrEqual(0);
      expect(words, `shift ${n}`).toBe(label);
    }
  }, 120_000);

  it('leaves no blank page where a page break meets the foot of a full page', async () => {
    for (const n of SHIFTS) {
      const doc = withBody(base, [
        ...filler(n),
        { kind: 'page-break' },
        heading(1, 'After the break'),
        para('Text after the break.'),
      ]);
      const ps = await pages(doc, `break-${n}`);
      ps.forEach((p, i) => expect(bodyOf(p, doc), `page ${i + 1} at shift ${n}`).not.toBe(''));
      expect(ps.findIndex((p) => p.includes('After the break'))).toBe(ps.length - 1);
    }
  }, 120_000);

  it('has no blank page in any document of two fixtures', async () => {
    for (const [label, conference] of [
      ['documents', aDocumentConference()],
      ['large', aLargeSiblingGroup()],
    ] as const) {
      for (const { name, doc } of buildDocumentSet(conference, DOC_CONFIG, { version: 1 })
        .documents) {
        const ps = await pages(doc, `${label}-${name}`);
        ps.forEach((p, i) => expect(bodyOf(p, doc), `${label} ${name} page ${i + 1}`).not.toBe(''));
      }
    }
  }, 240_000);
});
