// Rendering a review conference's record and decision letter to PDF and DOCX: both hold the review number, the
// progress table, the recommendation to discontinue with its reason and evidence, the help that follows and the next
// review date; LibreOffice reads the DOCX. Rule source: docs/domain.md §3.3, §3.4, §9.4; docs/list.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { renderDocx } from '../../../electron/services/documents/docx-renderer';
import { renderPdf } from '../../../electron/services/documents/pdf-renderer';
import { buildDecisionLetter } from '../../../shared/documents/decision-letter';
import type { DocModel } from '../../../shared/documents/doc-model';
import { buildMinutes } from '../../../shared/documents/minutes';
import { findBannedTerms } from '../../../shared/domain/terminology';
import { DOC_CONFIG } from '../../fixtures/documents';
import { NOAH_EVIDENCE, aReviewConference } from '../../fixtures/review-documents';

import { collapse, docxText, pdfText, run, sofficeToPdf, tempDir } from './tools';

const dir = process.env.ICPC_DOCS_OUT ?? tempDir('render-review');
const files: { name: string; pdf: string; docx: string; docxBytes: Uint8Array }[] = [];

const EXPECTED: Record<string, string[]> = {
  'review-record': [
    'Review child protection conference (review 2)',
    'Progress against the plan under review',
    'Four of six appointments kept.',
    'Partly achieved',
    'Recommendation to discontinue the child protection plan',
    'No longer at continuing risk of significant harm',
    'A child in need plan, so that help carries on',
    NOAH_EVIDENCE,
    'The child protection plan continues',
    '1 April 2027',
  ],
  'review-decision-letter': [
    'This was review 2 of the child protection plan.',
    'I recommend that the child protection plan for Noah Example is discontinued.',
    'Help does not stop: a child in need plan follows.',
    'The next review conference will be on 1 April 2027.',
  ],
};

beforeAll(async () => {
  const c = aReviewConference();
  const docs: [string, DocModel][] = [
    ['review-record', buildMinutes(c, DOC_CONFIG, { version: 1 })],
    ['review-decision-letter', buildDecisionLetter(c, DOC_CONFIG, undefined, { version: 1 })],
  ];
  for (const [name, doc] of docs) {
    const [pdf, docx] = await Promise.all([renderPdf(doc), renderDocx(doc)]);
    writeFileSync(join(dir, `${name}.pdf`), pdf);
    writeFileSync(join(dir, `${name}.docx`), docx);
    files.push({
      name,
      pdf: join(dir, `${name}.pdf`),
      docx: join(dir, `${name}.docx`),
      docxBytes: docx,
    });
  }
});

describe('rendering a review conference', () => {
  it('prints the review parts in the PDF and the DOCX, with no register-era wording', () => {
    for (const f of files) {
      const pdf = pdfText(f.pdf);
      const docx = docxText(f.docxBytes);
      for (const probe of EXPECTED[f.name]!.map(collapse)) {
        expect(pdf, `${f.name} PDF: ${probe}`).toContain(probe);
        expect(docx, `${f.name} DOCX: ${probe}`).toContain(probe);
      }
      expect(findBannedTerms(pdf), f.name).toEqual([]);
      expect(run('qpdf', ['--check', f.pdf]).out).toContain('No syntax or stream encoding errors');
    }
  });

  it('converts the DOCX with LibreOffice headless and keeps the review wording', () => {
    const out = tempDir('lo-review');
    const result = sofficeToPdf(
      files.map((f) => f.docx),
      out,
    );
    expect(result.code, result.out).toBe(0);
    for (const f of files) {
      const converted = pdfText(join(out, `${f.name}.pdf`));
      expect(converted).toContain(collapse(EXPECTED[f.name]![1]!));
    }
  }, 240_000);
});
