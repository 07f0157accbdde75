// Writes a snapshot of the acknowledged state into a new vault file: the header (pointing to the document index),
// every document as its own commit, the document index, then every record and the audit log in one commit; then
// the commits saved after the snapshot. The session installs it through the durable protocol. Rule source: docs/reliability.md §2.3, §3.3 (R1, R3: documents before the records
// naming them); docs/vault.md (compaction, unlocking without reading document bytes).
import { AppFailure } from '../../../shared/ipc/result';

import { blobSpan, encodeBlobIndex, INDEX_ITEM_BYTES } from './blob-index';
import { TempFile } from './durable-file';
import type { BlobLocation } from './entries';
import type { FsPort } from './fs-port';
import type { ParsedHeader, VaultHeader } from './format';
import { commitSpan, ENTRY_KIND, encodeHeader, FRAME_BYTES, parseHeader } from './format';
import type { ChainState, NewEntry, WrittenEntry } from './journal-writer';
import { CommitEncoder, encodeCommit } from './journal-writer';
import type { VaultKeys } from './keys';

export type CompactionInput = {
  fs: FsPort;
  path: string;
  keys: VaultKeys;
  /** The new header; any blobIndex in it is replaced. */
  header: VaultHeader;
  blobs: readonly { id: string; length: number }[];
  /** A document's plaintext, or its stored bytes when it is damaged (kept as they were). */
  readBlob: (id: string) => Promise<Buffer | { kept: { ciphertext: Buffer; tag: Buffer } }>;
  /** Records and audit entries, written last in one commit. */
  records: readonly NewEntry[];
  /** Called between pieces of work: gives saves their turn, and throws to stop (the temp file is then removed). */
  pace: () => Promise<void>;
};

export type Compacted = {
  header: ParsedHeader;
  state: ChainState;
  blobs: Map<string, BlobLocation>;
  liveBytes: number;
};

/** A compacted file written and synced under its temp name, not yet installed. */
export type CompactedBody = Compacted & { temp: TempFile };

/** The records commit is written in pieces of about this size, with a turn for saves between them. */
const PIECE_BYTES = 1024 * 1024;
/**
 * The new file is synced as it is written, every this many bytes (see TempFile.syncEvery), so a save's own fsync
 * never waits behind more than about this much of the compaction's data (docs/vault.md, "Compaction").
 */
const SYNC_BYTES = 1024 * 1024;

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

/**
 * Writes the header, every document (each its own commit), the document index and the records commit into a new
 * temp file and syncs it; the caller installs it (or abandons it). Nothing here touches the current file.
 */
export async function writeCompactedBody(input: CompactionInput): Promise<CompactedBody> {
  const { keys, pace } = input;
  const headerBytes = headerFor(input.header, input.blobs, input.records);
  const parsed = parseHeader(headerBytes, headerBytes.length);
  const blobs = new Map<string, BlobLocation>();
  let state: ChainState = { end: headerBytes.length, nextSeq: 0, chainHash: parsed.hash };
  let liveBytes = 0;
  const temp = await TempFile.create(input.fs, input.path);
  try {
    await temp.write(headerBytes);
    const items: { frameBytes: Buffer; tag: Buffer }[] = [];
    for (const b of input.blobs) {
      await pace();
      await temp.syncEvery(SYNC_BYTES);
      const got = await input.readBlob(b.id);
      const ref = Buffer.from(b.id, 'hex');
      const entry = Buffer.isBuffer(got)
        ? { kind: ENTRY_KIND.blob, ref, plaintext: got }
        : { kind: ENTRY_KIND.blob, ref, plaintext: Buffer.alloc(b.length), kept: got.kept };
      const plaintext = entry.plaintext;
      const c = encodeCommit(keys, parsed.hash, state, [entry]);
      await temp.write(c.bytes);
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
        throw new AppFailure('INTERNAL', 'A document changed size while the vault was rewritten.');
      }
      const index = {
        kind: ENTRY_KIND.index,
        ref: Buffer.alloc(16),
        plaintext: encodeBlobIndex(items),
      };
      const c = encodeCommit(keys, parsed.hash, state, [index]);
      await temp.write(c.bytes);
      state = c.next;
    }
    state = await writeInPieces(temp, new CommitEncoder(keys, parsed.hash, state), input);
    const base = parsed.header.base!;
    if (state.end !== parsed.end + base.bytes || state.nextSeq !== base.entries) {
      throw new AppFailure('INTERNAL', 'The rewritten vault does not match its header.');
    }
    liveBytes += input.records.reduce((n, e) => n + e.plaintext.byteLength, 0);
    await pace();
    await temp.sync(); // the bulk is on disk before the save queue is taken to install it
    return { header: parsed, state, blobs, liveBytes, temp };
  } catch (e) {
    await temp.abandon();
    throw e;
  }
}

/** The records commit, sealed and written about a megabyte at a time so saves are not held up. */
async function writeInPieces(
  temp: TempFile,
  encoder: CommitEncoder,
  input: CompactionInput,
): Promise<ChainState> {
  let parts: Buffer[] = [];
  let bytes = 0;
  for (const record of input.records) {
    for (const part of encoder.add(record)) {
      parts.push(part);
      bytes += part.length;
    }
    if (bytes >= PIECE_BYTES) {
      await temp.write(Buffer.concat(parts));
      parts = [];
      bytes = 0;
      await input.pace();
      await temp.syncEvery(SYNC_BYTES);
    }
  }
  const { footer, next } = encoder.finish();
  await temp.write(Buffer.concat([...parts, footer]));
  return next;
}

/**
 * Appends commits acknowledged in the old file after the snapshot to the new one, each as its own commit in the
 * same order (a commit stays all or nothing). Returns what each wrote, for the session's bookkeeping.
 */
export async function appendCommits(
  body: CompactedBody,
  keys: VaultKeys,
  commits: readonly (readonly NewEntry[])[],
): Promise<WrittenEntry[][]> {
  const written: WrittenEntry[][] = [];
  for (const entries of commits) {
    const c = encodeCommit(keys, body.header.hash, body.state, entries);
    await body.temp.write(c.bytes);
    body.state = c.next;
    written.push(c.written);
  }
  return written;
}
