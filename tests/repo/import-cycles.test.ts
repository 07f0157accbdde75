// No import circles in electron/, renderer/ or shared/: each circle found is printed as a path of files, so the
// fix (move the shared types or constants into a leaf module both sides import) is plain from the message. The
// finder itself is checked on small graphs with known circles.
// Rule source: docs/architecture.md §3.3 (boundaries; no import circles).
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { buildImportGraph, findCircles, importSpecifiers } from './import-graph';

const ROOT = join(import.meta.dirname, '..', '..');

describe('import circles', () => {
  it('finds none in electron/, renderer/ or shared/', () => {
    const graph = buildImportGraph(ROOT, ['electron', 'renderer', 'shared']);
    expect(graph.size).toBeGreaterThan(100);
    const circles = findCircles(graph).map((circle) => circle.join(' → '));
    expect(circles, `Import circles:\n${circles.join('\n')}`).toEqual([]);
  });
});

describe('the circle finder', () => {
  const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

  it('reports a two-file circle, a longer one and a self-import, and nothing for a tree', () => {
    expect(findCircles(graphOf({ a: ['b'], b: ['a'] }))).toEqual([['a', 'b', 'a']]);
    expect(findCircles(graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([
      ['a', 'b', 'c', 'a'],
    ]);
    expect(findCircles(graphOf({ a: ['a'] }))).toEqual([['a', 'a']]);
    expect(findCircles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('reports two separate circles separately', () => {
    const circles = findCircles(graphOf({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] }));
    expect(circles).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'c'],
    ]);
  });

  it('reads imports, type imports, re-exports and dynamic imports', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "export { c } from './c';",
      "export type { D } from './d';",
      "const e = await import('./e');",
      "import 'zod';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', './b', './c', './d', './e', 'zod']);
  });
});
