// Rendering every document type to DOCX and PDF: the files are valid to independent tools (qpdf, LibreOffice)
// and hold the same sections and values. Rule source: docs/reliability.md §3.7.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { renderDocx } from '../../../electron/services/documents/docx-renderer';
import { renderPdf } from '../../../electron/services/documents/pdf-renderer';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { NamedDocument } from '../../../shared/documents/document-set';
import type { DocNode } from '../../../shared/documents/doc-model';
import { findBannedTerms } from '../../../shared/domain/terminology';
import { DOC_CONFIG, RESTRICTED_MARKERS, aDocumentConference } from '../../fixtures/documents';

import { collapse, docxText, pdfText, run, sofficeToPdf, tempDir } from './tools';

type Rendered = {
  name: string;
  doc: NamedDocument['doc'];
  pdf: string;
  docx: string;
  docxBytes: Uint8Array;
};

const dir = process.env.ICPC_DOCS_OUT ?? tempDir('render');
const rendered: Rendered[] = [];

/** Short strings of a document both renderings must hold: headings, labels and one-line values. */
function probes(nodes: readonly DocNode[]): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (n.kind === 'heading') {
      out.push(n.text);
    } else if (n.kind === 'fields') {
      n.rows.forEach((r) => out.push(r.label, ...(r.value.length <= 30 ? [r.value] : [])));
    } else if (n.kind === 'restricted' || n.kind === 'excluded-from') {
      out.push(...probes(n.children));
    }
  }
  return out.map(collapse);
}

beforeAll(async () => {
  const set = buildDocumentSet(aDocumentConference(), DOC_CONFIG, { version: 1 });
  for (const { name, doc } of set.documents) {
    const [pdf, docx] = await Promise.all([renderPdf(doc), renderDocx(doc)]);
    writeFileSync(join(dir, `${name}.pdf`), pdf);
    writeFileSync(join(dir, `${name}.docx`), docx);
    rendered.push({
      name,
      doc,
      pdf: join(dir, `${name}.pdf`),
      docx: join(dir, `${name}.docx`),
      docxBytes: docx,
    });
  }
});

describe('rendering the document set', () => {
  it('produces the record, a sibling plan, letters, the annex and family copies', () => {
    const names = rendered.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'conference-record',
        'outline-plan',
        'decision-letter',
        'restricted-annex',
        'family-jade-example-conference-record',
        'family-liam-example-conference-record',
      ]),
    );
  });

  it('writes PDFs that qpdf finds free of structural errors', () => {
    for (const r of rendered) {
      const check = run('qpdf', ['--check', r.pdf]);
      expect(check.out, r.name).toContain('No syntax or stream encoding errors found');
    }
  });

  it('writes A4 PDFs with the marking, the authority and "Page n of m" on every page', () => {
    for (const r of rendered) {
      const info = run('pdfinfo', [r.pdf]).out;
      expect(info, r.name).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      const text = pdfText(r.pdf);
      expect(text.split('OFFICIAL-SENSITIVE').length - 1, r.name).toBe(pages);
      expect(text).toContain(`Page ${pages} of ${pages}`);
      expect(text).toContain('Fictionshire County Council');
    }
  });

  it('embeds only the bundled font in every PDF', () => {
    for (const r of rendered) {
      const fonts = run('pdffonts', [r.pdf]).out;
      expect(fonts).toContain('LiberationSans');
      expect(
        fonts
          .split('\n')
          .slice(2)
          .every((line) => line.trim() === '' || / yes /.test(line)),
      ).toBe(true);
    }
  });

  it('holds the same headings, labels and values in the PDF and the DOCX', () => {
    for (const r of rendered) {
      const pdf = pdfText(r.pdf);
      const docx = docxText(r.docxBytes);
      for (const probe of [collapse(r.doc.title), ...probes(r.doc.body)]) {
        expect(pdf, `${r.name} PDF: ${probe}`).toContain(probe);
        expect(docx, `${r.name} DOCX: ${probe}`).toContain(probe);
      }
    }
  });

  it('leaves every restricted marker out of the rendered family PDFs and DOCX files', () => {
    const family = rendered.filter((r) => r.name.startsWith('family-'));
    expect(family.length).toBeGreaterThan(0);
    for (const r of family) {
      const both = `${pdfText(r.pdf)} ${docxText(r.docxBytes)}`;
      for (const marker of RESTRICTED_MARKERS) {
        expect(both, `${r.name}: ${marker}`).not.toContain(marker);
      }
    }
  });

  it('has no register-era wording in any rendered PDF', () => {
    for (const r of rendered) {
      expect(findBannedTerms(pdfText(r.pdf)), r.name).toEqual([]);
    }
  });

  it('converts every DOCX with LibreOffice headless, and the text matches the PDF', () => {
    const out = tempDir('lo-out');
    const result = sofficeToPdf(
      rendered.map((r) => r.docx),
      out,
    );
    expect(result.code, result.out).toBe(0);
    for (const r of rendered) {
      const converted = pdfText(join(out, `${r.name}.pdf`));
      for (const probe of probes(r.doc.body).slice(0, 40)) {
        expect(converted, `${r.name}: ${probe}`).toContain(probe);
      }
    }
  }, 240_000);
});
