// The first invalid byte of imported text is found in one pass (docs/reliability.md §3.4, hostile input): the
// offset equals the longest prefix the strict decoder accepts, checked against that definition directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeUtf8, validUtf8PrefixLength } from '../../electron/cli/safe-text';

/** The definition: the longest prefix a fatal TextDecoder decodes (quadratic; small inputs only). */
function referencePrefix(bytes: Uint8Array): number {
  let ok = 0;
  for (let end = 1; end <= bytes.length; end += 1) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
      ok = end;
    } catch {
      // an incomplete or bad sequence here; keep the last prefix that decoded
    }
  }
  return ok;
}

const enc = new TextEncoder();
const edgeBytes = fc.constantFrom(
  0x00,
  0x41,
  0x7f,
  0x80,
  0xbf,
  0xc0,
  0xc1,
  0xc2,
  0xdf,
  0xe0,
  0xed,
  0xef,
  0xf0,
  0xf4,
  0xf5,
  0xff,
  0x9f,
  0xa0,
  0x8f,
  0x90,
);
const mixed = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 4 }).map((s) => [...enc.encode(s)]),
      fc.array(edgeBytes, { maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe('validUtf8PrefixLength', () => {
  it('equals the longest prefix a strict decoder accepts, for any bytes', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fc.uint8Array({ maxLength: 24 })), (bytes) => {
        expect(validUtf8PrefixLength(bytes)).toBe(referencePrefix(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['valid text', [0x61, 0xc3, 0xa9], 3],
    ['overlong two-byte', [0x61, 0xc0, 0xaf], 1],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['cut short at the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ['lone continuation', [0x80], 0],
  ])('%s', (_name, bytes, offset) => {
    expect(validUtf8PrefixLength(Uint8Array.from(bytes))).toBe(offset);
  });

  it('names the offset in the refusal and stays linear on a large file', () => {
    const big = new Uint8Array(2_000_000).fill(0x61);
    big[1_500_000] = 0xff;
    expect(() => decodeUtf8(big, 'file')).toThrow(/offset 1500000/);
  });
});
