// The document index a compaction writes right after its documents: every document entry's frame and tag, in
// order, as one authenticated entry that the header points to. Unlocking checks the whole chain through it without
// reading or hashing document bytes. Rule source: docs/vault.md (documents read lazily; unlocking does not decrypt
// them), docs/reliability.md §3.1 (every byte authenticated), §2.3 (refuse anything that does not verify).
import { AppFailure } from '../../../shared/ipc/result';

import { TAG_BYTES } from './cipher';
import type { EntryInfo } from './entries';
import { openEntry } from './entries';
import type { FileHandlePort } from './fs-port';
import type { ParsedHeader } from './format';
import {
  decodeFooter,
  decodeFrame,
  ENTRY_KIND,
  entryHash,
  FOOTER_BYTES,
  FRAME_BYTES,
} from './format';
import type { VaultKeys } from './keys';

/** One index item: a document entry's frame and GCM tag. */
export const INDEX_ITEM_BYTES = FRAME_BYTES + TAG_BYTES;

/** Bytes one document takes in a compacted file: its entry and the footer of its own commit. */
export const blobSpan = (length: number): number => FRAME_BYTES + length + TAG_BYTES + FOOTER_BYTES;

export function encodeBlobIndex(items: readonly { frameBytes: Buffer; tag: Buffer }[]): Buffer {
  return Buffer.concat(items.flatMap((i) => [i.frameBytes, i.tag]));
}

export type IndexedPrefix = { batches: EntryInfo[][]; end: number; seq: number; prev: Buffer };

const corrupt = (why: string): AppFailure =>
  new AppFailure('CORRUPT', `The vault file is damaged (${why}). Restore a backup.`);

/**
 * Reads the index the header points to, authenticates it, and checks that its items chain from the header (sequence
 * numbers, previous hashes) and tile the file exactly up to the index. Returns the documents as one-entry commits,
 * then the index commit, as the linear scan would have found them. Throws CORRUPT on any disagreement.
 */
export async function readBlobIndex(
  fh: Pick<FileHandlePort, 'read'>,
  size: number,
  header: ParsedHeader,
  keys: VaultKeys,
): Promise<IndexedPrefix> {
  const at = header.header.blobIndex!;
  const length = at.count * INDEX_ITEM_BYTES;
  const end = at.offset + FRAME_BYTES + length + TAG_BYTES + FOOTER_BYTES;
  if (end > size) {
    throw corrupt('the document index is missing');
  }
  const buf = await fh.read(at.offset, end - at.offset);
  const frameBytes = Buffer.from(buf.subarray(0, FRAME_BYTES));
  const frame = decodeFrame(frameBytes);
  if (
    buf.length !== end - at.offset ||
    !frame ||
    frame.kind !== ENTRY_KIND.index ||
    frame.seq !== at.count ||
    frame.length !== length
  ) {
    throw corrupt('the document index is not where the header says');
  }
  const body = buf.subarray(FRAME_BYTES, FRAME_BYTES + length);
  const tag = Buffer.from(buf.subarray(FRAME_BYTES + length, FRAME_BYTES + length + TAG_BYTES));
  const plain = openEntry(keys, header.hash, { frameBytes, nonce: frame.nonce, tag }, body);
  if (!plain) {
    throw corrupt('the document index does not authenticate');
  }
  const batches: EntryInfo[][] = [];
  let pos = header.end;
  let prev = header.hash;
  for (let i = 0; i < at.count; i += 1) {
    const item = plain.subarray(i * INDEX_ITEM_BYTES, (i + 1) * INDEX_ITEM_BYTES);
    const itemFrame = item.subarray(0, FRAME_BYTES); // views of the decrypted index, never written to
    const itemTag = item.subarray(FRAME_BYTES);
    const f = decodeFrame(itemFrame);
    if (!f || f.kind !== ENTRY_KIND.blob || f.seq !== i || !f.prevHash.equals(prev)) {
      throw corrupt('the document index does not match the chain');
    }
    batches.push([{ frame: f, frameBytes: itemFrame, offset: pos, tag: itemTag }]);
    prev = entryHash(itemFrame, itemTag);
    pos += blobSpan(f.length);
  }
  const indexHash = entryHash(frameBytes, tag);
  const footer = decodeFooter(buf.subarray(FRAME_BYTES + length + TAG_BYTES));
  if (
    pos !== at.offset ||
    !frame.prevHash.equals(prev) ||
    !footer ||
    footer.lastSeq !== at.count ||
    !footer.chainHash.equals(indexHash)
  ) {
    throw corrupt('the document index does not match the chain');
  }
  batches.push([{ frame, frameBytes, offset: at.offset, tag, body: Buffer.from(body) }]);
  return { batches, end, seq: at.count + 1, prev: indexHash };
}
