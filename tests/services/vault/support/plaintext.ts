// Support for the no-plaintext checks: the names and texts of a test conference as needles,
// every file under a folder, a logger that keeps what it was told, and a search of bytes in Latin-1 and UTF-16.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { expect } from 'vitest';

import type { Logger } from '../../../../electron/services/ports';

/** Personal strings of a value: text with a space (names, addresses, free text) and long digit runs (NHS numbers). */
export function needlesOf(value: unknown, extra: string[] = []): string[] {
  const found = new Set(extra);
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if ((v.length >= 8 && / /.test(v) && !/^\d{4}-\d{2}-\d{2}/.test(v)) || /^\d{10}$/.test(v)) {
        found.add(v.length > 60 ? v.slice(0, 60) : v);
      }
    } else if (Array.isArray(v)) {
      v.forEach(walk);
    } else if (typeof v === 'object' && v !== null) {
      Object.values(v).forEach(walk);
    }
  };
  walk(value);
  return [...found];
}

export async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    out.push(...(e.isDirectory() ? await allFiles(p) : [p]));
  }
  return out;
}

/** Expects none of `needles` in `bytes`, as Latin-1/UTF-8 bytes or as UTF-16LE. */
export function expectNoNeedles(label: string, bytes: Buffer, needles: readonly string[]): void {
  const text = bytes.toString('latin1');
  const utf8 = Buffer.from(bytes.toString('utf8'), 'utf8').toString('latin1');
  for (const n of needles) {
    const forms = [
      Buffer.from(n, 'utf8').toString('latin1'),
      Buffer.from(n, 'utf16le').toString('latin1'),
    ];
    expect([label, n, forms.some((f) => text.includes(f) || utf8.includes(f))]).toEqual([
      label,
      n,
      false,
    ]);
  }
}

/** Searches every file under `dir`; returns the relative names searched. */
export async function expectFolderClean(
  dir: string,
  needles: readonly string[],
): Promise<string[]> {
  const files = await allFiles(dir);
  for (const f of files) {
    expectNoNeedles(f, await readFile(f), needles);
  }
  return files.map((f) => f.slice(dir.length + 1)).sort();
}

/** A logger that keeps every line, as a shell's log would. */
export function keepingLogger(): Logger & { text: () => string } {
  const lines: string[] = [];
  return {
    info: (scope, message) => lines.push(`[${scope}] ${message}`),
    error: (scope, error) =>
      lines.push(
        `[${scope}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
    text: () => lines.join('\n'),
  };
}
