// `icpc --help` and `icpc due` load only light code (cli.help_ms and cli.due_ms, goal 150 ms in all, of which
// starting Node takes about 110 ms here): the files the CLI entry imports statically, followed through every static
// value import, must not reach zod, lowdb, the document libraries, or the vault's or the services' code. Commands
// load what they need inside `run` with import(). Rule source: docs/architecture.md §2 (the CLI).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRY = join(ROOT, 'electron', 'cli', 'index.ts');

/** Static value imports and re-exports of a file (not `import type`, not `import()`). */
export function staticImports(text: string): string[] {
  const out: string[] = [];
  const re = /^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) {
    out.push(m[1]!);
  }
  return out;
}

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) {
    return null;
  }
  const base = resolve(dirname(from), specifier);
  for (const suffix of ['', '.ts', '.tsx', '/index.ts']) {
    const path = base + suffix;
    if (existsSync(path) && statSync(path).isFile()) {
      return path;
    }
  }
  return null;
}

/** Every file and package reached from `entry` through static value imports. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) {
      continue;
    }
    files.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      const local = resolveLocal(file, specifier);
      if (local) {
        todo.push(local);
      } else if (!specifier.startsWith('.')) {
        packages.add(specifier);
      }
    }
  }
  return { files, packages };
}

const HEAVY_PACKAGES = ['zod', 'lowdb', 'pdfmake', 'docx', 'node-forge', 'nspell', 'pdfjs-dist'];

describe('the CLI loads light code first', () => {
  const { files, packages } = reach(ENTRY);
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
