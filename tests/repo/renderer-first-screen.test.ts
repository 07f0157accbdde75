// The first screen (lock and unlock) loads light code (shell.start_ms): what renderer/src/main.tsx reaches through
// static imports must not include zod, the document libraries or the spell-checker, nor the conference store and
// the screens behind an unlocked vault, which App.tsx loads with import() (docs/architecture.md, the renderer).
import { join, relative, sep } from 'node:path';

import { describe, expect, it } from 'vitest';

import { reach } from '../support/static-imports';

const ROOT = join(import.meta.dirname, '..', '..');
const HEAVY_PACKAGES = ['zod', 'pdfmake', 'docx', 'nspell', 'pdfjs-dist', 'jszip', 'fflate'];
const LATER = [
  'renderer/src/state/conference-store.ts',
  'renderer/src/screens/unlocked-screens.ts',
  'shared/documents/',
];

describe('the first screen of the renderer', () => {
  const { files, packages } = reach(join(ROOT, 'renderer', 'src', 'main.tsx'));
  const rel = [...files].map((f) => relative(ROOT, f).split(sep).join('/'));

  it('reaches no heavy package through static imports', () => {
    expect(files.size).toBeGreaterThan(5);
    expect(packages.has('react')).toBe(true);
    expect(
      [...packages].filter((p) => HEAVY_PACKAGES.some((h) => p === h || p.startsWith(`${h}/`))),
    ).toEqual([]);
  });

  it('reaches neither the conference store nor the unlocked screens', () => {
    expect(rel).toContain('renderer/src/App.tsx');
    expect(rel.filter((f) => LATER.some((l) => f.startsWith(l)))).toEqual([]);
  });
});
