// What the scanner knows about one entry of the vault file, and how an entry's body is authenticated and decrypted.
// Rule source: docs/reliability.md §3.1 C1–C2 (header and frame as AEAD associated data).
import { open } from './cipher';
import type { Frame } from './format';
import type { VaultKeys } from './keys';

export type EntryInfo = {
  frame: Frame;
  frameBytes: Buffer;
  offset: number;
  tag: Buffer;
  body?: Buffer;
};

export type BlobLocation = {
  offset: number;
  length: number;
  frameBytes: Buffer;
  nonce: Buffer;
  tag: Buffer;
};

/** Decrypts one entry's body; null if it does not authenticate. */
export function openEntry(
  keys: VaultKeys,
  headerHash: Buffer,
  e: { frameBytes: Buffer; nonce: Buffer; tag: Buffer },
  body: Buffer,
): Buffer | null {
  return open(
    keys.entryKey,
    { nonce: e.nonce, ciphertext: body, tag: e.tag },
    Buffer.concat([headerHash, e.frameBytes]),
  );
}
