// `icpc --help` and `icpc due` load only light code (cli.help_ms and cli.due_ms, goal 150 ms in all, of which
// starting Node takes about 100 ms here): the files the CLI's entries (the light front that `icpc` starts, and the
// full CLI's ES module entry) import statically, followed through every static value import, must not reach zod,
// lowdb, the document libraries, or the vault's or the services' code. Commands load what they need inside `run`
// with import(). Rule source: docs/architecture.md §2 (the CLI).
import { join, relative, sep } from 'node:path';

import { describe, expect, it } from 'vitest';

import { reach, staticImports } from '../support/static-imports';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRIES = ['front.ts', 'index.ts'];

const HEAVY_PACKAGES = ['zod', 'lowdb', 'pdfmake', 'docx', 'node-forge', 'nspell', 'pdfjs-dist'];

describe.each(ENTRIES)('the CLI loads light code first (electron/cli/%s)', (entry) => {
  const { files, packages } = reach(join(ROOT, 'electron', 'cli', entry));
  const rel = [...files].map((f) => relative(ROOT, f).split(sep).join('/'));

  it('reaches no heavy package through static imports', () => {
    expect(files.size).toBeGreaterThan(10);
    expect(
      [...packages].filter((p) => HEAVY_PACKAGES.some((h) => p === h || p.startsWith(`${h}/`))),
    ).toEqual([]);
  });

  it("reaches none of the vault's, the services' or the documents' code", () => {
    const heavy = rel.filter(
      (f) =>
        (f.startsWith('electron/services/') &&
          ![
            'electron/services/data-dir.ts',
            'electron/services/logger.ts',
            'electron/services/ports.ts',
            'electron/services/app-info.ts',
            'electron/services/vault/phrases.ts',
          ].includes(f)) ||
        f.startsWith('shared/documents/') ||
        f.startsWith('shared/ipc/contracts/'),
    );
    expect(heavy).toEqual([]);
  });
});

describe('the static import finder (tests/support/static-imports.ts)', () => {
  it('the finder sees static imports and re-exports, and skips type-only and dynamic ones', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      'import {\n  c,\n  d,\n} from "./c";',
      "export { e } from './e';",
      "export type { F } from './f';",
      "const g = await import('./g');",
      "import './side-effect';",
    ].join('\n');
    expect(staticImports(text)).toEqual(['./a', './c', './e', './side-effect']);
  });
});
