// Canonical JSON of document content (sorted keys, no whitespace, bytes as base64) and its SHA-256, for freezing a
// signed version. Rule source: docs/reliability.md §3.6 S1 (SHA-256 of the canonical content and of every document).
import { createHash } from 'node:crypto';

function canonicalValue(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    return { $bytes: Buffer.from(value).toString('base64') };
  }
  if (Array.isArray(value)) {
    return value.map((v) => (v === undefined ? null : canonicalValue(v)));
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) {
        out[key] = canonicalValue(v);
      }
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError('Canonical JSON has no form for NaN or Infinity.');
  }
  return value;
}

/** JSON with object keys sorted at every level, undefined members dropped and no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}

/** SHA-256 of bytes or text, lower-case hex. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 of the canonical JSON of a value. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
