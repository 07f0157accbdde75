// Types for the parts of pdfmake 0.3 (server build) the PDF renderer uses; pdfmake ships no declarations.
declare module 'pdfmake' {
  type FontFaces = { normal: string; bold: string; italics: string; bolditalics: string };
  type OutputDocument = { getBuffer: () => Promise<Buffer> };
  type PdfMake = {
    virtualfs: {
      writeFileSync: (name: string, content: Buffer) => void;
      existsSync: (name: string) => boolean;
    };
    setFonts: (fonts: Record<string, FontFaces>) => void;
    setUrlAccessPolicy: (allow: (url: string) => boolean) => void;
    setLocalAccessPolicy: (allow: (path: string) => boolean) => void;
    createPdf: (
      definition: Record<string, unknown>,
      options?: Record<string, unknown>,
    ) => OutputDocument;
  };
  const pdfmake: PdfMake;
  // eslint-disable-next-line import/no-default-export -- pdfmake is a CommonJS default export
  export default pdfmake;
}
