// The vault file's bytes: a checksummed header, then entries (frame ‖ ciphertext ‖ tag) grouped by commit footers.
// Rule source: docs/reliability.md §3.1 C1 (header as AEAD data), C3 (unkeyed checksum), C4 (bounds before the KDF).
import { createHash } from 'node:crypto';

import { z } from 'zod';

import { AppFailure } from '../../../shared/ipc/result';

import { NONCE_BYTES, TAG_BYTES } from './cipher';

export const MAGIC = Buffer.from('ICPC-VLT', 'ascii');
export const FORMAT_VERSION = 1;
export const PREFIX_BYTES = MAGIC.length + 2 + 4;
export const MAX_HEADER_JSON = 16 * 1024;
export const CHECKSUM_BYTES = 32;

export const FRAME_BYTES = 72;
export const FOOTER_MAGIC = Buffer.from('ICPCCMT\n', 'ascii');
export const FOOTER_BYTES = FOOTER_MAGIC.length + 4 + 32;
/** One entry's ciphertext is at most 64 MiB (a document larger than that is refused before it is written). */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** `index` lists the frames and tags of the documents a compaction wrote first, so unlocking skips their bytes. */
export const ENTRY_KIND = { put: 1, delete: 2, blob: 3, audit: 4, index: 5 } as const;
export type EntryKind = (typeof ENTRY_KIND)[keyof typeof ENTRY_KIND];

const b64 = (bytes: number) =>
  z
    .string()
    .max(200)
    .refine((s) => /^[A-Za-z0-9+/]*={0,2}$/.test(s) && Buffer.from(s, 'base64').length === bytes);

const WrapSchema = z.strictObject({ nonce: b64(NONCE_BYTES), data: b64(32), tag: b64(TAG_BYTES) });

export const HeaderSchema = z.strictObject({
  kdf: z.unknown(),
  salt: b64(16),
  fileId: b64(16),
  generation: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  createdAt: z.string().max(40),
  /** Where the compaction's document index entry starts, and how many documents precede it. */
  blobIndex: z
    .strictObject({
      offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      count: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    })
    .optional(),
  /**
   * What a whole file holds at least, written at creation and by every compaction: the bytes after the header up
   * to the end of the base commits, and how many entries they hold. A file shorter than this lost committed data.
   */
  base: z
    .strictObject({
      bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      entries: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    })
    .optional(),
  wraps: z.strictObject({
    passphrase: WrapSchema,
    recovery: WrapSchema.extend({ salt: b64(16) }),
  }),
});
export type VaultHeader = z.infer<typeof HeaderSchema>;

export type ParsedHeader = { header: VaultHeader; bytes: Buffer; hash: Buffer; end: number };

export const sha256 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sha256');
  for (const part of parts) {
    h.update(part);
  }
  return h.digest();
};

/** The header block: MAGIC ‖ version ‖ length ‖ JSON ‖ SHA-256 of all before it. */
export function encodeHeader(header: VaultHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32BE(json.length, MAGIC.length + 2);
  const body = Buffer.concat([prefix, json]);
  return Buffer.concat([body, sha256(body)]);
}

const corrupt = (why: string): AppFailure =>
  new AppFailure('CORRUPT', `The vault file is damaged or not a vault (${why}). Restore a backup.`);

/**
 * Parses and checks the header from the first bytes of a file, before any key work. Throws CORRUPT for a wrong
 * magic, an unknown version, a length beyond the file, a checksum mismatch or a malformed header.
 */
export function parseHeader(head: Buffer, fileSize: number): ParsedHeader {
  if (fileSize < PREFIX_BYTES || head.length < PREFIX_BYTES) {
    throw corrupt('too short');
  }
  if (!head.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw corrupt('wrong magic');
  }
  const version = head.readUInt16BE(MAGIC.length);
  if (version !== FORMAT_VERSION) {
    throw corrupt(`format version ${version} is not supported by this version of the app`);
  }
  const length = head.readUInt32BE(MAGIC.length + 2);
  const end = PREFIX_BYTES + length + CHECKSUM_BYTES;
  if (length > MAX_HEADER_JSON || end > fileSize || end > head.length) {
    throw corrupt('header length');
  }
  const body = head.subarray(0, PREFIX_BYTES + length);
  const hash = head.subarray(PREFIX_BYTES + length, end);
  if (!sha256(body).equals(hash)) {
    throw corrupt('header checksum');
  }
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(PREFIX_BYTES)),
    );
  } catch {
    throw corrupt('header text');
  }
  const parsed = HeaderSchema.safeParse(json);
  if (!parsed.success) {
    throw corrupt('header fields');
  }
  return {
    header: parsed.data,
    bytes: Buffer.from(head.subarray(0, end)),
    hash: Buffer.from(hash),
    end,
  };
}

export type Frame = {
  kind: EntryKind;
  seq: number;
  length: number;
  nonce: Buffer;
  ref: Buffer;
  prevHash: Buffer;
};

export function encodeFrame(f: Frame): Buffer {
  const b = Buffer.alloc(FRAME_BYTES);
  b.writeUInt8(f.kind, 0);
  b.writeUInt32BE(f.seq, 4);
  b.writeUInt32BE(f.length, 8);
  f.nonce.copy(b, 12);
  f.ref.copy(b, 24);
  f.prevHash.copy(b, 40);
  return b;
}

/** Parses a frame; null when its fixed fields are impossible (a torn or damaged entry). The byte fields are views
 * of `b`, so pass a buffer that is not written to afterwards. */
export function decodeFrame(b: Buffer): Frame | null {
  if (b.length < FRAME_BYTES) {
    return null;
  }
  const kind = b.readUInt8(0);
  if (kind < 1 || kind > 5 || b.readUInt8(1) !== 0 || b.readUInt16BE(2) !== 0) {
    return null;
  }
  const length = b.readUInt32BE(8);
  if (length > MAX_ENTRY_BYTES) {
    return null;
  }
  return {
    kind: kind as EntryKind,
    seq: b.readUInt32BE(4),
    length,
    nonce: b.subarray(12, 24),
    ref: b.subarray(24, 40),
    prevHash: b.subarray(40, 72),
  };
}

/** Bytes one commit of entries with these plaintext lengths takes: each frame ‖ ciphertext ‖ tag, then the footer. */
export const commitSpan = (lengths: readonly number[]): number =>
  lengths.reduce((n, l) => n + FRAME_BYTES + l + TAG_BYTES, 0) + FOOTER_BYTES;

/** The chain link of an entry: SHA-256(frame ‖ tag). The tag authenticates the ciphertext it follows. */
export const entryHash = (frame: Buffer, tag: Buffer): Buffer => sha256(frame, tag);

export function encodeFooter(lastSeq: number, chainHash: Buffer): Buffer {
  const b = Buffer.alloc(FOOTER_BYTES);
  FOOTER_MAGIC.copy(b, 0);
  b.writeUInt32BE(lastSeq, 8);
  chainHash.copy(b, 12);
  return b;
}

export function isFooter(b: Buffer): boolean {
  return b.length >= FOOTER_MAGIC.length && b.subarray(0, FOOTER_MAGIC.length).equals(FOOTER_MAGIC);
}

export function decodeFooter(b: Buffer): { lastSeq: number; chainHash: Buffer } | null {
  if (b.length < FOOTER_BYTES || !isFooter(b)) {
    return null;
  }
  return { lastSeq: b.readUInt32BE(8), chainHash: Buffer.from(b.subarray(12, 44)) };
}
