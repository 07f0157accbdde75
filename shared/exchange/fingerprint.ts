// A certificate fingerprint two people can compare by reading it aloud: the SHA-256 of the certificate (hex) as
// six groups of five digits, like a safety number. 30 decimal digits carry about 100 bits of the hash, so a forged
// card that reads the same needs about 2^100 tries. Rule source: docs/exchange.md (confirming a card).

const GROUPS = 6;

/** "12345 67890 …" from a SHA-256 fingerprint given as hex (colons and case ignored). */
export function readAloud(fingerprintHex: string): string {
  const hex = fingerprintHex.replace(/[^0-9a-f]/gi, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new Error('A fingerprint is the 64 hex digits of a SHA-256 hash.');
  }
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    // Five bytes (40 bits) per group, reduced to five digits; the bias of the reduction is below 1 in 10^7.
    const n = BigInt(`0x${hex.slice(g * 10, g * 10 + 10)}`) % 100000n;
    groups.push(n.toString().padStart(5, '0'));
  }
  return groups.join(' ');
}

/** True when what a person typed (spaces, dashes ignored) is the fingerprint read aloud. */
export function readAloudMatches(fingerprintHex: string, typed: string): boolean {
  const digits = typed.replace(/[\s-]/g, '');
  return /^\d{30}$/.test(digits) && digits === readAloud(fingerprintHex).replace(/ /g, '');
}

/** The fingerprint as a record id: 64 lower-case hex digits. */
export const fingerprintId = (fingerprintHex: string): string =>
  fingerprintHex.replace(/[^0-9a-f]/gi, '').toLowerCase();
