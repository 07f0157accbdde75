// DocModel → PDF bytes with pdfmake, in the house style: A4, the protective marking and authority in the header,
// "Page n of m" in the footer, bundled fonts embedded. Rule source: docs/domain.md §9.4.
import pdfmake from 'pdfmake';

import type { DocModel, DocNode } from '../../../shared/documents/doc-model';
import { textOf } from '../../../shared/documents/doc-model';
import { DRAFT_HEADER, DRAFT_WATERMARK, isDraft } from '../../../shared/documents/draft-mark';
import { UNSIGNED_TEXT, signatureRows } from '../../../shared/documents/signature-text';

import { FONT_FILE_NAMES, loadFonts } from './fonts';
import { shareParsedFonts } from './pdf-font-cache';

type Content = Record<string, unknown> | string;

const MARGIN = 56;
const CONTENT_WIDTH = 595.28 - 2 * MARGIN;
const GREY = '#555555';
const LINE = '#b8b8b8';

let ready = false;

function setUp(): void {
  if (ready) {
    return;
  }
  const fonts = loadFonts();
  pdfmake.virtualfs.writeFileSync(FONT_FILE_NAMES.regular, fonts.regular);
  pdfmake.virtualfs.writeFileSync(FONT_FILE_NAMES.bold, fonts.bold);
  pdfmake.virtualfs.writeFileSync(FONT_FILE_NAMES.italic, fonts.italic);
  pdfmake.virtualfs.writeFileSync(FONT_FILE_NAMES.boldItalic, fonts.boldItalic);
  shareParsedFonts([fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic]);
  pdfmake.setFonts({
    LiberationSans: {
      normal: FONT_FILE_NAMES.regular,
      bold: FONT_FILE_NAMES.bold,
      italics: FONT_FILE_NAMES.italic,
      bolditalics: FONT_FILE_NAMES.boldItalic,
    },
  });
  // Documents never fetch anything: no URLs, no local files beyond the virtual file system.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

const TABLE_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => LINE,
  vLineColor: () => LINE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function widthsFor(weights: readonly number[], width: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const usable = width - weights.length * 9;
  return weights.map((w) => Math.floor((w / total) * usable));
}

function boxed(children: Content[], fill: string, width: number): Content {
  return {
    table: { widths: [width - 14], body: [[{ stack: children, fillColor: fill }]] },
    layout: {
      ...TABLE_LAYOUT,
      paddingLeft: () => 6,
      paddingRight: () => 6,
      paddingTop: () => 5,
      paddingBottom: () => 5,
    },
    margin: [0, 4, 0, 6],
  };
}

function fieldTable(rows: readonly { label: string; value: string }[], width: number): Content {
  return {
    table: {
      widths: widthsFor([2, 5], width),
      body: rows.map((r) => [
        { text: r.label, bold: true, fillColor: '#f2f2f2' },
        { text: r.value },
      ]),
    },
    layout: TABLE_LAYOUT,
    margin: [0, 2, 0, 6],
  };
}

function node(n: DocNode, width: number = CONTENT_WIDTH): Content[] {
  const inner = width - 24;
  switch (n.kind) {
    case 'heading':
      // headlineLevel lets pageBreakBefore move a heading left alone at the foot of a page.
      return [{ text: n.text, style: `h${n.level}`, headlineLevel: n.level }];
    case 'paragraph':
      return [
        {
          text: n.text,
          margin: [0, 0, 0, 5],
          ...(n.tone === 'note' ? { italics: true, color: GREY } : {}),
          ...(n.tone === 'strong' ? { bold: true } : {}),
        },
      ];
    case 'fields':
      return [fieldTable(n.rows, width)];
    case 'table':
      return [
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: widthsFor(n.widths ?? n.columns.map(() => 1), width),
            body: [
              n.columns.map((c) => ({ text: c, bold: true, fillColor: '#e6e6e6' })),
              ...n.rows.map((r) => r.map((cell) => ({ text: cell }))),
            ],
          },
          layout: TABLE_LAYOUT,
          margin: [0, 2, 0, 6],
        },
      ];
    case 'list':
      return [{ [n.ordered === true ? 'ol' : 'ul']: [...n.items], margin: [0, 0, 0, 6] }];
    case 'restricted': {
      const box = boxed(
        [
          {
            text: `RESTRICTED${n.ref === 'annex' ? '' : ` (${n.ref})`}: not for the family's copy`,
            bold: true,
            color: '#8a1c1c',
            margin: [0, 0, 0, 3],
          },
          ...n.children.flatMap((c) => node(c, inner)),
        ],
        '#fbeeee',
        width,
      );
      // A box that fits on a page is never split (the restricted-annex box, restricted pointers); a longer one
      // (an annex item pages long) flows as usual.
      return [fitsOnAPage(n.children) ? { stack: [box], unbreakable: true } : box];
    }
    case 'excluded-from':
      return [
        { text: n.note, italics: true, color: GREY, margin: [0, 2, 0, 4] },
        ...n.children.flatMap((c) => node(c, width)),
      ];
    case 'signature':
      return [
        {
          unbreakable: true,
          stack: [
            boxed(
              n.signature
                ? [fieldTable(signatureRows(n.signature), inner)]
                : [{ text: UNSIGNED_TEXT, italics: true, color: GREY }],
              '#ffffff',
              width,
            ),
          ],
        },
      ];
    case 'page-break':
      return [{ text: '', pageBreak: 'after' }];
  }
}

/** Roughly whether restricted content fits on one A4 page (about 3,000 characters of 10pt text). */
function fitsOnAPage(children: readonly DocNode[]): boolean {
  return textOf(children).join(' ').length < 2_500;
}

const BREAK_ID = 'icpc-page-break-';

/**
 * The body as pdfmake content. A heading directly before a signature block is kept on the same page as the
 * block (one unbreakable stack). A page break marks the next content with a BREAK_ID id; `pageBreakBefore` (in
 * the definition) breaks there only when something is already on that page, so a break that meets the foot of a
 * full page never leaves a blank page.
 */
function bodyContent(body: readonly DocNode[]): Content[] {
  const out: Content[] = [];
  let breakNext = false;
  for (let i = 0; i < body.length; i += 1) {
    const n = body[i];
    const next = body[i + 1];
    if (!n) {
      continue;
    }
    if (n.kind === 'page-break') {
      breakNext = out.length > 0;
      continue;
    }
    let items: Content[];
    if (n.kind === 'heading' && next?.kind === 'signature') {
      items = [{ unbreakable: true, stack: [...node(n), ...node(next)] }];
      i += 1;
    } else {
      items = node(n);
    }
    if (breakNext && items.length > 0) {
      const [first, ...rest] = items;
      items = [{ stack: [first], id: `${BREAK_ID}${i}` }, ...rest];
      breakNext = false;
    }
    out.push(...items);
  }
  return out;
}

/** The pdfmake document definition of a DocModel (exported for tests). */
export function pdfDefinition(doc: DocModel, createdAt: Date): Record<string, unknown> {
  const logo = doc.frame.logoPng
    ? [
        {
          image: `data:image/png;base64,${Buffer.from(doc.frame.logoPng).toString('base64')}`,
          fit: [80, 28],
        },
      ]
    : [];
  // A draft reads DRAFT in the header and across every page (shared/documents/draft-mark.ts).
  const draft = isDraft(doc);
  return {
    pageSize: 'A4',
    ...(draft
      ? { watermark: { text: DRAFT_WATERMARK, color: '#9a9a9a', opacity: 0.18, bold: true } }
      : {}),
    pageMargins: [MARGIN, 64, MARGIN, 52],
    pageBreakBefore: (
      info: { id?: string; headlineLevel?: number; pageNumbers: number[] },
      nodes: {
        getPreviousNodesOnPage: () => { pageNumbers: number[] }[];
        getFollowingNodesOnPage: () => unknown[];
      },
    ): boolean => {
      // Something began on this page (a stack running on from the page before does not count).
      const started = () =>
        nodes.getPreviousNodesOnPage().some((n) => n.pageNumbers[0] === info.pageNumbers[0]);
      if (typeof info.id === 'string' && info.id.startsWith(BREAK_ID)) {
        return started();
      }
      // A heading with nothing after it on its page goes to the next page with its text.
      return (
        info.headlineLevel !== undefined &&
        nodes.getFollowingNodesOnPage().length === 0 &&
        started()
      );
    },
    info: {
      title: `${doc.title}: ${doc.subtitle}`,
      author: doc.frame.authorityName,
      subject: doc.kind,
      creator: 'ICPC Companion',
      producer: 'ICPC Companion',
      creationDate: createdAt,
      IcpcVersion: String(doc.meta.version),
      IcpcConference: doc.meta.conferenceId,
      IcpcDocument: doc.kind,
    },
    header: () => ({
      margin: [MARGIN, 22, MARGIN, 0],
      columnGap: 14,
      columns: [
        { text: doc.frame.protectiveMarking, bold: true, fontSize: 10, width: '*' },
        ...(draft ? [{ text: DRAFT_HEADER, bold: true, fontSize: 10, width: 'auto' }] : []),
        ...logo,
        {
          text: doc.frame.authorityName,
          alignment: 'right',
          fontSize: 9,
          color: GREY,
          width: 'auto',
        },
      ],
    }),
    footer: (page: number, pages: number) => ({
      margin: [MARGIN, 14, MARGIN, 0],
      columns: [
        { text: doc.frame.footerText, fontSize: 8, color: GREY },
        { text: `Page ${page} of ${pages}`, alignment: 'right', fontSize: 8, color: GREY },
      ],
    }),
    content: [
      { text: doc.title, style: 'title' },
      { text: doc.subtitle, style: 'subtitle' },
      ...bodyContent(doc.body),
    ],
    defaultStyle: { font: 'LiberationSans', fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 11, color: GREY, margin: [0, 0, 0, 10] },
      h1: { fontSize: 13.5, bold: true, margin: [0, 10, 0, 4] },
      h2: { fontSize: 11.5, bold: true, margin: [0, 6, 0, 3] },
      h3: { fontSize: 10.5, bold: true, italics: true, margin: [0, 4, 0, 2] },
    },
  };
}

/** Renders a DocModel as PDF bytes. `createdAt` goes in the metadata (defaults to now). */
export async function renderPdf(doc: DocModel, createdAt: Date = new Date()): Promise<Uint8Array> {
  setUp();
  const buffer = await pdfmake.createPdf(pdfDefinition(doc, createdAt)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
