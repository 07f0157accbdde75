// Parses decrypted JSON with limits: no __proto__/constructor/prototype keys, bounded depth and size, valid UTF-8.
// Rule source: reliability.md §3.1 C5 and the payload corpus of §3.4.
import { AppFailure } from '../../../shared/ipc/result';

export const MAX_JSON_BYTES = 64 * 1024 * 1024;
export const MAX_DEPTH = 64;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const bad = (why: string): AppFailure =>
  new AppFailure(
    'CORRUPT',
    `The vault holds data this app cannot read (${why}). Restore a backup.`,
  );

function checkDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) {
        i += 1; // backslash: skip the escaped character
      } else if (c === 34) {
        inString = false;
      }
    } else if (c === 34) {
      inString = true;
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
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN.has(key)) {
        throw bad('forbidden key');
      }
      return value;
    });
  } catch (e) {
    throw e instanceof AppFailure ? e : bad('invalid JSON');
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
