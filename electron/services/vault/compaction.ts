// Writes the acknowledged state into a new vault file: the header (pointing to the document index), every
// document as its own commit, the document index, then every record and the audit log in one commit; made current
// through the durable protocol. Rule source: docs/reliability.md §2.3, §3.3 (R1, R3: documents before the records
// naming them); docs/vault.md (compaction, unlocking without reading document bytes).
import { AppFailure } from '../../../shared/ipc/result';

import { blobSpan, encodeBlobIndex, INDEX_ITEM_BYTES } from './blob-index';
import { replaceDurably } from './durable-file';
import type { Sleep } from './durable-file';
import type { BlobLocation } from './entries';
import type { FsPort } from './fs-port';
import type { ParsedHeader, VaultHeader } from './format';
import { commitSpan, ENTRY_KIND, encodeHeader, FRAME_BYTES, parseHeader } from './format';
import type { ChainState, NewEntry } from './journal-writer';
import { encodeCommit } from './journal-writer';
import type { VaultKeys } from './keys';

export type CompactionInput = {
  fs: FsPort;
  path: string;
  sleep?: Sleep;
  keys: VaultKeys;
  /** The new header; any blobIndex in it is replaced. */
  header: VaultHeader;
  blobs: readonly { id: string; length: number }[];
  /** A document's plaintext, or its stored bytes when it is damaged (kept as they were). */
  readBlob: (id: string) => Promise<Buffer | { kept: { ciphertext: Buffer; tag: Buffer } }>;
  /** Records and audit entries, written last in one commit. */
  records: readonly NewEntry[];
  /** Runs after the new file is on disk, before it replaces the old one (links the backup). */
  beforeRename: () => Promise<void>;
};

export type Compacted = {
  header: ParsedHeader;
  state: ChainState;
  blobs: Map<string, BlobLocation>;
  liveBytes: number;
};

/** What the compacted file holds at least after its header: documents, their index, the records commit. */
export function baseOf(
  blobs: CompactionInput['blobs'],
  records: readonly NewEntry[],
): NonNullable<VaultHeader['base']> {
  const docs = blobs.reduce((n, b) => n + blobSpan(b.length), 0);
  const index = blobs.length > 0 ? commitSpan([blobs.length * INDEX_ITEM_BYTES]) : 0;
  return {
    bytes: docs + index + commitSpan(records.map((r) => r.plaintext.byteLength)),
    entries: blobs.length + (blobs.length > 0 ? 1 : 0) + records.length,
  };
}

/** The header bytes with `blobIndex` pointing just past the documents (its own length counts, so iterate). */
function headerFor(
  base: VaultHeader,
  blobs: CompactionInput['blobs'],
  records: readonly NewEntry[],
): Buffer {
  const plain: VaultHeader = { ...base, base: baseOf(blobs, records) };
  delete plain.blobIndex;
  if (blobs.length === 0) {
    return encodeHeader(plain);
  }
  const span = blobs.reduce((n, b) => n + blobSpan(b.length), 0);
  let offset = 0;
  for (let round = 0; round < 5; round += 1) {
    const bytes = encodeHeader({ ...plain, blobIndex: { offset, count: blobs.length } });
    if (bytes.length + span === offset) {
      return bytes;
    }
    offset = bytes.length + span;
  }
  throw new AppFailure('INTERNAL', 'The vault header could not be laid out.');
}

export async function writeCompacted(input: CompactionInput): Promise<Compacted> {
  const { keys } = input;
  const headerBytes = headerFor(input.header, input.blobs, input.records);
  const parsed = parseHeader(headerBytes, headerBytes.length);
  const blobs = new Map<string, BlobLocation>();
  let state: ChainState = { end: headerBytes.length, nextSeq: 0, chainHash: parsed.hash };
  let liveBytes = 0;
  await replaceDurably(
    input.fs,
    input.path,
    async (write) => {
      await write(headerBytes);
      const items: { frameBytes: Buffer; tag: Buffer }[] = [];
      for (const b of input.blobs) {
        const got = await input.readBlob(b.id);
        const ref = Buffer.from(b.id, 'hex');
        const entry = Buffer.isBuffer(got)
          ? { kind: ENTRY_KIND.blob, ref, plaintext: got }
          : { kind: ENTRY_KIND.blob, ref, plaintext: Buffer.alloc(b.length), kept: got.kept };
        const plaintext = entry.plaintext;
        const c = encodeCommit(keys, parsed.hash, state, [entry]);
        await write(c.bytes);
        const w = c.written[0]!;
        blobs.set(b.id, {
          offset: w.offset + FRAME_BYTES,
          length: plaintext.length,
          frameBytes: w.frameBytes,
          nonce: w.nonce,
          tag: w.tag,
        });
        items.push({ frameBytes: w.frameBytes, tag: w.tag }); // not w: it holds the plaintext
        state = c.next;
        liveBytes += plaintext.length;
      }
      if (items.length > 0) {
        if (state.end !== parsed.header.blobIndex?.offset) {
          throw new AppFailure(
            'INTERNAL',
            'A document changed size while the vault was rewritten.',
          );
        }
        const index = {
          kind: ENTRY_KIND.index,
          ref: Buffer.alloc(16),
          plaintext: encodeBlobIndex(items),
        };
        const c = encodeCommit(keys, parsed.hash, state, [index]);
        await write(c.bytes);
        state = c.next;
      }
      const c = encodeCommit(keys, parsed.hash, state, input.records);
      await write(c.bytes);
      state = c.next;
      const base = parsed.header.base!;
      if (state.end !== parsed.end + base.bytes || state.nextSeq !== base.entries) {
        throw new AppFailure('INTERNAL', 'The rewritten vault does not match its header.');
      }
      liveBytes += input.records.reduce((n, e) => n + e.plaintext.byteLength, 0);
    },
    { ...(input.sleep ? { sleep: input.sleep } : {}), beforeRename: input.beforeRename },
  );
  return { header: parsed, state, blobs, liveBytes };
}
