// The files and packages a source file reaches through static value imports (not `import type`, not import()),
// for the tests that keep the CLI's start light (tests/repo/cli-light.test.ts, tests/cli/front.test.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

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
export function reach(entry: string): { files: Set<string>; packages: Set<string> } {
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
