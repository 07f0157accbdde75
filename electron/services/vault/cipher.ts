// AES-256-GCM with a fresh random 96-bit nonce per message, HKDF sub-keys, and the printable recovery key.
// Rule source: docs/reliability.md §3.1 C2 (AEAD, unique nonces), §3.2 K6 (a printed recovery key).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export const KEY_BYTES = 32;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

export type Sealed = { nonce: Buffer; ciphertext: Buffer; tag: Buffer };

/** Encrypts with a new random nonce; `aad` is authenticated but not encrypted. */
export function seal(
  key: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
  nonce?: Buffer,
): Sealed {
  const iv = nonce ?? randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const head = cipher.update(plaintext);
  const rest = cipher.final(); // empty for GCM
  const ciphertext = rest.length === 0 ? head : Buffer.concat([head, rest]);
  return { nonce: iv, ciphertext, tag: cipher.getAuthTag() };
}

/** Decrypts and authenticates; returns null when the key, nonce, AAD, ciphertext or tag do not match. */
export function open(key: Uint8Array, sealed: Sealed, aad: Uint8Array): Buffer | null {
  if (sealed.nonce.length !== NONCE_BYTES || sealed.tag.length !== TAG_BYTES) {
    return null;
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    const plain = decipher.update(sealed.ciphertext);
    const rest = decipher.final(); // empty for GCM; checks the tag
    return rest.length === 0 ? plain : Buffer.concat([plain, rest]);
  } catch {
    return null;
  }
}

/** HKDF-SHA256 sub-key, so one secret never keys two purposes. */
export function subKey(secret: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, info, KEY_BYTES));
}

/** A keyed 16-byte reference for a record, so the file shows no record ids. */
export function recordRef(refKey: Uint8Array, collection: string, id: string): Buffer {
  return createHmac('sha256', refKey).update(`${collection}\u0000${id}`).digest().subarray(0, 16);
}

// Crockford base32: no I, L, O or U, so a printed key cannot be misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;

/** 160 random bits as 8 groups of 4 characters, e.g. `7KQ2-…`. */
export function newRecoveryKey(): { bytes: Buffer; text: string } {
  const bytes = randomBytes(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return { bytes, text: out.match(/.{4}/g)!.join('-') };
}

/** Parses a typed recovery key (case, spaces and dashes ignored; O→0, I/L→1); null if it is not 160 bits. */
export function parseRecoveryKey(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 32) {
    return null;
  }
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) {
      return null;
    }
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
