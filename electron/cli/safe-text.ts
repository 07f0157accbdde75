// Text from outside (files, the vault, error messages) never reaches the terminal with control characters: the CLI's
// one output path escapes C0/C1 controls and bidi overrides; imports refuse them in names and identifiers and refuse
// text that is not valid UTF-8. Rule source: docs/reliability.md §3.4 (hostile input); docs/vault.md.
import { AppFailure } from '../../shared/ipc/result';

import { BIDI_CLASS, CONTROL_CLASS } from '../../shared/text/char-classes';

// C0 controls other than tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`, 'u');
const BIDI = new RegExp(`[${BIDI_CLASS}]`, 'u');
const ESCAPED = new RegExp(`[${CONTROL_CLASS}${BIDI_CLASS}]`, 'gu');

const code = (ch: string): string =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with every control character and bidi override shown as `\u{XXXX}` (newline and tab kept). */
export function escapeControls(text: string): string {
  return text.replace(ESCAPED, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/**
 * Length of the longest prefix of `bytes` that is whole, valid UTF-8 (WHATWG rules: no overlongs, no surrogates,
 * nothing above U+10FFFF), in one linear pass.
 */
export function validUtf8PrefixLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) {
        lo = 0xa0;
      }
      if (b === 0xed) {
        hi = 0x9f;
      }
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) {
        lo = 0x90;
      }
      if (b === 0xf4) {
        hi = 0x8f;
      }
    } else {
      return i;
    }
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) {
        return i;
      }
    }
    i += need + 1;
  }
  return i;
}

/** Decodes UTF-8 strictly: BAD_INPUT naming the byte offset of the first invalid sequence (never U+FFFD). */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const ok = validUtf8PrefixLength(bytes);
    throw new AppFailure(
      'BAD_INPUT',
      `The ${what} is not valid UTF-8 text (a byte near offset ${ok} is not valid). Save it as UTF-8 and try again.`,
    );
  }
}

const isNameOrId = (key: string): boolean => /(name|id|identifier|nhs|reference)$/i.test(key);

/**
 * Refuses control characters in any string, and bidi overrides in names and identifiers, naming the field.
 * Newline and tab are allowed (free text has paragraphs).
 */
export function refuseUnsafeText(value: unknown, path: string[] = []): void {
  if (typeof value === 'string') {
    const key = path[path.length - 1] ?? '';
    const control = CONTROL.exec(value.replace(/\r\n/g, '\n'));
    const bidi = isNameOrId(key) ? BIDI.exec(value) : null;
    const bad = control ?? bidi;
    if (bad) {
      const field = path.length > 0 ? path.join('.') : '(top level)';
      throw new AppFailure(
        'BAD_INPUT',
        `The field ${escapeControls(field)} contains ${control ? 'a control character' : 'a text direction override'} (${code(bad[0])}), which is not allowed. Remove it and try again.`,
      );
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => refuseUnsafeText(v, [...path, String(i)]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      refuseUnsafeText(k, [...path, '(field name)']);
      refuseUnsafeText(v, [...path, k]);
    }
  }
}
