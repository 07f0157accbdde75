// pdfkit parses a TrueType font (fontkit) every time a document uses it: four faces per PDF, about a quarter of
// the CPU of a sign-off. This keeps each bundled face parsed once per thread and gives every new PDF its own
// embedded (subset) font over the shared parse. Fonts are read-only once parsed; each PDF still gets its own
// subset, so the output is the same. Relies on pdfkit 0.19's font(src) and EmbeddedFont(document, font, id);
// tests/services/documents/render.test.ts checks the fonts embedded in every PDF.
import { createRequire } from 'node:module';

type EmbeddedFont = { name?: string; font: unknown; id: string };
type EmbeddedFontClass = new (document: PdfKitDocument, font: unknown, id: string) => EmbeddedFont;
type PdfKitDocument = {
  _font: EmbeddedFont;
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontSource: unknown;
  _fontFamily: unknown;
};
type FontMethod = (this: PdfKitDocument, src: unknown, family?: unknown, size?: unknown) => unknown;

const parsed = new WeakMap<Uint8Array, { font: unknown; Embedded: EmbeddedFontClass }>();
const shared = new WeakSet<Uint8Array>();
let installed = false;

/** pdfkit's document class, as pdfmake loads it. */
function pdfkitPrototype(): { font: FontMethod } {
  const fromHere = createRequire(import.meta.url);
  const fromPdfmake = createRequire(fromHere.resolve('pdfmake'));
  const PDFDocument = fromPdfmake('pdfkit') as { prototype: { font: FontMethod } };
  return PDFDocument.prototype;
}

/** Parses each of `faces` once per thread from now on (the buffers pdfmake reads from its virtual files). */
export function shareParsedFonts(faces: readonly Uint8Array[]): void {
  for (const face of faces) {
    shared.add(face);
  }
  if (installed) {
    return;
  }
  installed = true;
  const proto = pdfkitPrototype();
  const original = proto.font;
  proto.font = function font(this: PdfKitDocument, src, family, size) {
    const face = src instanceof Uint8Array && shared.has(src) ? src : undefined;
    const cached =
      face && family === undefined && size === undefined ? parsed.get(face) : undefined;
    if (!cached) {
      const result = original.call(this, src, family, size);
      if (face && !parsed.has(face)) {
        parsed.set(face, {
          font: this._font.font,
          Embedded: this._font.constructor as EmbeddedFontClass,
        });
      }
      return result;
    }
    this._fontSource = src;
    this._fontFamily = null;
    const existing = Object.values(this._fontFamilies).find((f) => f.font === cached.font);
    if (existing) {
      this._font = existing;
      return this;
    }
    this._fontCount += 1;
    const made = new cached.Embedded(this, cached.font, `F${this._fontCount}`);
    this._font = made;
    this._fontFamilies[made.name && !this._fontFamilies[made.name] ? made.name : made.id] = made;
    return this;
  };
}
