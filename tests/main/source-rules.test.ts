// Source-level rules a reviewer would otherwise check by hand: every window comes from the factory, the preload
// exposes no raw ipcRenderer, nothing opens external links or webviews, services never import electron.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(relative(ROOT, path));
    }
    return /\.(ts|tsx|mjs)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const ALL = [...sourceFiles('electron'), ...sourceFiles('renderer'), ...sourceFiles('shared')];
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

describe('source rules', () => {
  it('creates BrowserWindows only in window.ts, only through secureWindowOptions()', () => {
    const creators = ALL.filter((f) => /new\s+BrowserWindow\s*\(/.test(read(f)));
    expect(creators).toEqual(['electron/main/window.ts']);
    const calls = read('electron/main/window.ts').match(/new\s+BrowserWindow\s*\(([^)]*)\)/g) ?? [];
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call).toMatch(/new\s+BrowserWindow\s*\(\s*secureWindowOptions\(/);
    }
  });

  it('never exposes ipcRenderer itself or a generic invoke through the bridge', () => {
    const preload = read('electron/preload/index.ts');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    expect(preload).not.toMatch(/invoke\s*:\s*\(/);
    expect(preload).toMatch(/CHANNELS\.map/);
  });

  it('has no webview tags, shell.openExternal calls or remote module', () => {
    for (const file of ALL) {
      const text = read(file);
      expect(text, file).not.toMatch(/<webview/i);
      expect(text, file).not.toMatch(/openExternal\s*\(/);
      expect(text, file).not.toMatch(/@electron\/remote/);
    }
  });

  it('keeps electron out of services, the browser shell, the CLI and shared', () => {
    const nodeOnly = ALL.filter((f) => /^(electron\/(services|web-shell|cli)|shared)\//.test(f));
    expect(nodeOnly.length).toBeGreaterThan(5);
    for (const file of nodeOnly) {
      expect(read(file), file).not.toMatch(/from\s+['"]electron['"]/);
    }
  });
});
