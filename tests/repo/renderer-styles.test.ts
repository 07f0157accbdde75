// The renderer has one style sheet in one cascade order: renderer/src/main.tsx imports every .css file of the
// renderer itself, so a screen that loads later (the screens behind an unlocked vault, App.tsx) never brings rules
// that land after base.css and win where they lost before (shell.start_ms split the first screen's code off).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(tsx?|css)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** The .css files a module imports, in order, as paths under renderer/src. */
function cssImports(file: string, text: string): string[] {
  return [...text.matchAll(/^import\s+['"]([^'"]+\.css)['"];?$/gm)].map((m) =>
    relative(SRC, resolve(dirname(file), m[1]!))
      .split(sep)
      .join('/'),
  );
}

describe('one style sheet, in one order', () => {
  const files = sourceFiles(SRC);
  const main = join(SRC, 'main.tsx');
  const fromMain = cssImports(main, readFileSync(main, 'utf8'));

  it('main.tsx imports every style sheet of the renderer', () => {
    const sheets = files
      .filter((f) => f.endsWith('.css'))
      .map((f) => relative(SRC, f).split(sep).join('/'));
    expect([...fromMain].sort()).toEqual([...sheets].sort());
  });

  it('every style sheet another module imports is one main.tsx imports', () => {
    const elsewhere = files
      .filter((f) => /\.tsx?$/.test(f) && f !== main)
      .flatMap((f) => cssImports(f, readFileSync(f, 'utf8')));
    expect(elsewhere.length).toBeGreaterThan(5);
    expect(elsewhere.filter((s) => !fromMain.includes(s))).toEqual([]);
  });

  it('reads imports of style sheets with their paths', () => {
    const file = join(SRC, 'screens', 'list', 'ListArea.tsx');
    expect(
      cssImports(
        file,
        "import './list.css';\nimport '../../styles/conference.css';\nimport x from './y';",
      ),
    ).toEqual(['screens/list/list.css', 'styles/conference.css']);
  });
});
