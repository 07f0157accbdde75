// The bundled fonts (Liberation Sans, SIL OFL 1.1, licence beside them in resources/fonts/) that the PDF renderer
// embeds as subsets, and the font the DOCX names without embedding. Why: DOCX_FONT_FAMILY below.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { AppFailure } from '../../../shared/ipc/result';

/**
 * The font the DOCX names and does not embed: Arial is on every Windows and macOS system Word runs on, and
 * LibreOffice replaces it with Liberation Sans, which has the same metrics, so lines and pages break as in the
 * PDF. Embedding the four whole faces made each DOCX about 900 KB and a sign-off several seconds slower.
 */
export const DOCX_FONT_FAMILY = 'Arial';

export type FontFiles = { regular: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer };

const FILES = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
} as const;

let cached: FontFiles | undefined;

/** The folder holding the fonts: resources/fonts found by walking up from this module (source, build or asar). */
export function fontsDir(start: string = import.meta.dirname): string {
  let dir = start;
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, FILES.regular))) {
      return candidate;
    }
    dir = dirname(dir);
  }
  throw new AppFailure(
    'INTERNAL',
    'The bundled document fonts are missing from this installation.',
  );
}

/** The four faces of the bundled font, read once. */
export function loadFonts(): FontFiles {
  if (!cached) {
    const dir = fontsDir();
    cached = {
      regular: readFileSync(join(dir, FILES.regular)),
      bold: readFileSync(join(dir, FILES.bold)),
      italic: readFileSync(join(dir, FILES.italic)),
      boldItalic: readFileSync(join(dir, FILES.boldItalic)),
    };
  }
  return cached;
}

/** The file names of the faces, as registered in pdfmake's virtual file system. */
export const FONT_FILE_NAMES = FILES;
