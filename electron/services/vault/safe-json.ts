// Parses decrypted JSON with limits: no __proto__/constructor/prototype keys, bounded depth and size, valid UTF-8.
// Rule source: docs/reliability.md §3.1 C5 and the payload corpus of §3.4.
import { AppFailure } from '../../../shared/ipc/result';

export const MAX_JSON_BYTES = 64 * 1024 * 1024;
export const MAX_DEPTH = 64;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const bad = (why: string): AppFailure =>
  new AppFailure(
    'CORRUPT',
    `The vault holds data this app cannot read (${why}). Restore a backup.`,
  );

/** The index of the quote closing the string opened at `open`, or -1; indexOf skips the text at native speed. */
function stringEnd(text: string, open: number): number {
  let j = text.indexOf('"', open + 1);
  while (j > 0) {
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === 92; k -= 1) {
      backslashes += 1;
    }
    if (backslashes % 2 === 0) {
      return j;
    }
    j = text.indexOf('"', j + 1);
  }
  return -1;
}

/** Throws when arrays/objects nest deeper than MAX_DEPTH. String contents are skipped, not walked. */
function checkDepth(text: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = stringEnd(text, i);
      if (i < 0) {
        return; // an unterminated string: JSON.parse rejects it
      }
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > MAX_DEPTH) {
        throw bad('nested too deeply');
      }
    } else if (c === 125 || c === 93) {
      depth -= 1;
    }
  }
}

/** Decodes strict UTF-8 and parses JSON; throws CORRUPT on any violation. */
export function parseSafeJson(bytes: Uint8Array): unknown {
  if (bytes.byteLength > MAX_JSON_BYTES) {
    throw bad('too large');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw bad('invalid text encoding');
  }
  checkDepth(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad('invalid JSON');
  }
  checkKeys(value);
  return value;
}

/** JSON.parse makes "__proto__" an own key (it never sets a prototype); refuse such keys before anyone copies them. */
function checkKeys(value: unknown): void {
  if (typeof value !== 'object' || value === null) {
    return;
  }
  if (Array.isArray(value)) {
    value.forEach(checkKeys);
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) {
      throw bad('forbidden key');
    }
    checkKeys((value as Record<string, unknown>)[key]);
  }
}

/** Freezes a JSON value and everything inside it, so an edit in place cannot bypass the change tracking. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}
