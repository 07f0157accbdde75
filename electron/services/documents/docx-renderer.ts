// DocModel → DOCX bytes with docx, in the same house style as the PDF: A4, marking and authority in the header,
// "Page n of m" in the footer. It names Arial and embeds no font (why: DOCX_FONT_FAMILY in ./fonts).
// Rule source: docs/domain.md §9.4.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';

import type { DocModel, DocNode } from '../../../shared/documents/doc-model';
import { textOf } from '../../../shared/documents/doc-model';
import { DRAFT_HEADER, isDraft } from '../../../shared/documents/draft-mark';
import { UNSIGNED_TEXT, signatureRows } from '../../../shared/documents/signature-text';

import { DOCX_FONT_FAMILY } from './fonts';

// A4 in twips, 2 cm margins; the content width matches the PDF's.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT = PAGE.width - 2 * PAGE.margin;
const GREY = '555555';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B8B8B8' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

function text(
  value: string,
  opts: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
  keepNext = false,
): Paragraph {
  return new Paragraph({
    spacing: { after: 100 },
    keepNext,
    children: [new TextRun({ text: value, ...opts })],
  });
}

function cell(
  value: string,
  width: number,
  opts: { bold?: boolean; fill?: string; keepNext?: boolean } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, fill: opts.fill, color: 'auto' } } : {}),
    children: [
      new Paragraph({
        keepNext: opts.keepNext === true,
        children: [new TextRun({ text: value, bold: opts.bold === true })],
      }),
    ],
  });
}

/**
 * A table with rows that never split. With `keepTogether`, every row but the last (and, with `keepAfter`, the
 * last too) keeps with the next, so Word and LibreOffice move the whole table to the next page rather than split it.
 */
function gridTable(
  header: readonly string[] | null,
  rows: readonly (readonly string[])[],
  weights: readonly number[],
  keepTogether = false,
  keepAfter = false,
): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * CONTENT));
  const headerRows = header
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((h, i) =>
            cell(h, widths[i] ?? 0, { bold: true, fill: 'E6E6E6', keepNext: keepTogether }),
          ),
        }),
      ]
    : [];
  return new Table({
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [
      ...headerRows,
      ...rows.map((r, k) => {
        const keepNext = keepTogether && (k < rows.length - 1 || keepAfter);
        return new TableRow({
          cantSplit: true,
          children: r.map((v, i) =>
            cell(
              v,
              widths[i] ?? 0,
              header
                ? { keepNext }
                : i === 0
                  ? { bold: true, fill: 'F2F2F2', keepNext }
                  : { keepNext },
            ),
          ),
        });
      }),
    ],
  });
}

function fieldTable(
  rows: readonly { label: string; value: string }[],
  keepTogether = false,
  keepAfter = false,
): FileChild[] {
  return [
    gridTable(
      null,
      rows.map((r) => [r.label, r.value]),
      [2, 5],
      keepTogether,
      keepAfter,
    ),
    new Paragraph({ spacing: { after: 60 } }),
  ];
}

/** Roughly whether restricted content fits on one A4 page (the PDF renderer uses the same measure). */
function fitsOnAPage(children: readonly DocNode[]): boolean {
  return textOf(children).join(' ').length < 2_500;
}

/**
 * One node as DOCX. `keep` keeps the node with what follows (a restricted box that fits on a page is held
 * together this way: every part but the last keeps with the next).
 */
function node(n: DocNode, keep = false): FileChild[] {
  switch (n.kind) {
    case 'heading': {
      const size = { 1: 27, 2: 23, 3: 21 }[n.level];
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: n.level === 1 ? 240 : 140, after: 80 },
          children: [new TextRun({ text: n.text, bold: true, italics: n.level === 3, size })],
        }),
      ];
    }
    case 'paragraph':
      return [
        text(
          n.text,
          n.tone === 'note' ? { italics: true, color: GREY } : { bold: n.tone === 'strong' },
          keep,
        ),
      ];
    case 'fields':
      return fieldTable(n.rows, keep, keep);
    case 'table':
      return [
        gridTable(n.columns, n.rows, n.widths ?? n.columns.map(() => 1), keep, keep),
        new Paragraph({ spacing: { after: 60 } }),
      ];
    case 'list':
      return n.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: n.ordered === true ? 'numbers' : 'bullets', level: 0 },
            children: [new TextRun(item)],
          }),
      );
    case 'restricted': {
      const together = fitsOnAPage(n.children);
      return [
        text(
          `RESTRICTED${n.ref === 'annex' ? '' : ` (${n.ref})`}: not for the family's copy`,
          { bold: true, color: '8A1C1C' },
          true,
        ),
        ...n.children.flatMap((c, i) => node(c, together && i < n.children.length - 1)),
      ];
    }
    case 'excluded-from':
      return [
        text(n.note, { italics: true, color: GREY }, keep),
        ...n.children.flatMap((c) => node(c, keep)),
      ];
    case 'signature':
      // The signature block never splits across pages (its rows keep together).
      return n.signature
        ? fieldTable(signatureRows(n.signature), true)
        : [text(UNSIGNED_TEXT, { italics: true, color: GREY })];
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function header(doc: DocModel): Header {
  const logo = doc.frame.logoPng
    ? [
        new ImageRun({
          type: 'png',
          data: doc.frame.logoPng,
          transformation: { width: 80, height: 28 },
        }),
        new TextRun('\t'),
      ]
    : [];
  // A draft reads DRAFT in the header of every page (shared/documents/draft-mark.ts).
  const draft = isDraft(doc)
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: DRAFT_HEADER, bold: true, size: 24 })],
        }),
      ]
    : [];
  return new Header({
    children: [
      ...draft,
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT }],
        children: [
          new TextRun({ text: doc.frame.protectiveMarking, bold: true, size: 20 }),
          new TextRun('\t'),
          ...logo,
          new TextRun({ text: doc.frame.authorityName, size: 18, color: GREY }),
        ],
      }),
    ],
  });
}

function footer(doc: DocModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT }],
        children: [
          new TextRun({ text: doc.frame.footerText, size: 16, color: GREY }),
          new TextRun({
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: 16,
            color: GREY,
          }),
        ],
      }),
    ],
  });
}

/** Renders a DocModel as DOCX bytes; the version goes in the custom property "IcpcVersion". */
export async function renderDocx(doc: DocModel): Promise<Uint8Array> {
  const bullet = (format: (typeof LevelFormat)[keyof typeof LevelFormat], textFmt: string) => [
    {
      level: 0,
      format,
      text: textFmt,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 400, hanging: 260 } } },
    },
  ];
  const document = new Document({
    creator: 'ICPC Companion',
    title: `${doc.title}: ${doc.subtitle}`,
    subject: doc.kind,
    description: doc.frame.authorityName,
    customProperties: [
      { name: 'IcpcVersion', value: String(doc.meta.version) },
      { name: 'IcpcConference', value: doc.meta.conferenceId },
      { name: 'IcpcDocument', value: doc.kind },
    ],
    styles: { default: { document: { run: { font: DOCX_FONT_FAMILY, size: 20 } } } },
    numbering: {
      config: [
        { reference: 'bullets', levels: bullet(LevelFormat.BULLET, '•') },
        { reference: 'numbers', levels: bullet(LevelFormat.DECIMAL, '%1.') },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin + 200,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: 500,
              footer: 500,
            },
          },
        },
        headers: { default: header(doc) },
        footers: { default: footer(doc) },
        children: [
          new Paragraph({ children: [new TextRun({ text: doc.title, bold: true, size: 36 })] }),
          new Paragraph({
            spacing: { after: 200 },
            children: [new TextRun({ text: doc.subtitle, size: 22, color: GREY })],
          }),
          ...doc.body.flatMap((n) => node(n)),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
