// Opens a PDF in the renderer with pdf.js: the worker is a file of our own bundle started from 'self' (no network,
// no blob: or eval under the strict CSP, see docs/decisions/0011-pdfjs-previews.md), pages drawn on a canvas and
// their text extracted for screen-reader users. pdf.js is loaded only when a preview is opened.
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let loaded: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
    // Our own module worker: pdf.js would otherwise wrap a URL it thinks cross-origin in a blob: script.
    lib.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' });
    return lib;
  });
  return loaded;
}

/** Opens PDF bytes. Fonts are embedded in our documents, so nothing else is fetched. */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const lib = await pdfjs();
  return lib.getDocument({
    data: bytes,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: false,
    stopAtErrors: true,
  }).promise;
}

/** Draws page `n` (1-based) on the canvas at a width that fits `cssWidth`, sharp on high-density screens. */
export async function drawPage(
  pdf: PdfDocument,
  n: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
): Promise<void> {
  const page = await pdf.getPage(n);
  const base = page.getViewport({ scale: 1 });
  const scale = cssWidth / base.width;
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  await page.render({ canvas, viewport }).promise;
}

/** The text of page `n`, lines joined as pdf.js reports them. */
export async function pageText(pdf: PdfDocument, n: number): Promise<string> {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items) {
    if ('str' in item) {
      text += item.str + (item.hasEOL ? '\n' : ' ');
    }
  }
  return text.replace(/[ \t]+\n/g, '\n').trim();
}
