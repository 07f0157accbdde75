// The /Contents string of a PDF signature: the DER of the CMS signature in hex, then zero padding up to the space
// reserved when the file was signed. The padding lies outside the ByteRange, so the signature cannot protect it;
// pdfsig reports a file whose padding is not all zeros as "Not total document signed", and so do we.
// Rule source: docs/reliability.md §2.5 (ByteRange) and §3.6 S5 (agree with pdfsig).

/**
 * What the hex between "<" and ">" holds: the DER bytes (null when there is no readable DER) and why it is not a
 * clean signature space (null when it is: DER then zeros only).
 */
export type ContentsParse = { der: Uint8Array | null; problem: string | null };

/** Total length in bytes of the DER element that starts the buffer (tag, length, value), or null if malformed. */
export function derElementLength(bytes: Uint8Array): number | null {
  if (bytes.length < 2) {
    return null;
  }
  const first = bytes[1] ?? 0;
  if (first < 0x80) {
    return 2 + first;
  }
  const count = first & 0x7f;
  if (count === 0 || count > 4 || bytes.length < 2 + count) {
    return null;
  }
  let length = 0;
  for (let i = 0; i < count; i += 1) {
    length = length * 256 + (bytes[2 + i] ?? 0);
  }
  return 2 + count + length;
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(Math.floor(hex.length / 2));
  for (let i = 0; i < out.length; i += 1) {
    out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  }
  return out;
}

/**
 * Reads the hex of /Contents: only hex digits (whitespace allowed, as PDF permits), a DER element, and nothing but
 * zeros after it. Any other byte in the padding means the file is not the one that was signed.
 */
export function parseSignatureContents(hexText: string): ContentsParse {
  const hex = hexText.replace(/[\t\n\f\r ]/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0) {
    return { der: null, problem: 'The signature space holds characters that are not hexadecimal.' };
  }
  const bytes = hexToBytes(hex);
  const length = derElementLength(bytes);
  if (length === null || length > bytes.length) {
    return { der: null, problem: 'The signature data is damaged or is not a CMS signature.' };
  }
  if (bytes.subarray(length).some((b) => b !== 0)) {
    return {
      der: bytes.subarray(0, length),
      problem:
        'The file was changed after signing: the space after the signature, which must hold only zeros, was altered.',
    };
  }
  return { der: bytes.subarray(0, length), problem: null };
}
