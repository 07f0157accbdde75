// Reads a vault file's entries: checks the chain (sequence + hash), finds the last commit, reports a torn tail,
// and decrypts only the newest version of each record; document bytes stay on disk. Rule: docs/reliability.md §2.3, §3.3.
import { AppFailure } from '../../../shared/ipc/result';

import { readBlobIndex } from './blob-index';
import { TAG_BYTES } from './cipher';
import type { BlobLocation, EntryInfo } from './entries';
import { openEntry } from './entries';
import type { FileHandlePort } from './fs-port';
import type { ParsedHeader } from './format';
import {
  decodeFooter,
  decodeFrame,
  ENTRY_KIND,
  entryHash,
  FOOTER_BYTES,
  FOOTER_MAGIC,
  FRAME_BYTES,
  isFooter,
} from './format';
import type { VaultKeys } from './keys';
import type { Acknowledged } from './rollback';
import { rolledBack } from './rollback';

export type { BlobLocation, EntryInfo } from './entries';
export { openEntry } from './entries';

type Readable = Pick<FileHandlePort, 'read'>;

export type ScanResult = {
  /** Decrypted payloads of the newest put per record reference, in file order. */
  records: { ref: string; size: number; plain: Buffer }[];
  audit: Buffer[];
  blobs: Map<string, BlobLocation>;
  end: number;
  nextSeq: number;
  chainHash: Buffer;
  tornBytes: number;
  entryBytes: number;
  liveRecordBytes: number;
  liveBlobBytes: number;
};

// Reads past a document's body fetch a small window (its tag, footer and the next frame); reads of records fetch a
// large one, since records sit together and one read then serves many of them.
const SMALL_WINDOW = 16 * 1024;
const RECORD_WINDOW = 1024 * 1024;

class WindowReader {
  private start = 0;
  private buf: Buffer = Buffer.alloc(0);
  constructor(
    private readonly fh: Readable,
    private readonly size: number,
  ) {}
  async get(pos: number, len: number, window = SMALL_WINDOW): Promise<Buffer | null> {
    if (pos + len > this.size) {
      return null;
    }
    if (pos < this.start || pos + len > this.start + this.buf.length) {
      this.start = pos;
      this.buf = await this.fh.read(pos, Math.min(this.size - pos, Math.max(len, window)));
      if (this.buf.length < len) {
        return null;
      }
    }
    return this.buf.subarray(pos - this.start, pos - this.start + len);
  }
}

const corrupt = (why: string): AppFailure =>
  new AppFailure('CORRUPT', `The vault file is damaged (${why}). Restore a backup.`);

/** True if a complete commit footer appears in the file after `from`, other than as the file's final bytes. */
async function hasLaterCommit(fh: Readable, from: number, size: number): Promise<boolean> {
  const chunk = 4 * 1024 * 1024;
  for (let pos = from; pos < size; pos += chunk - FOOTER_MAGIC.length) {
    const buf = await fh.read(pos, Math.min(chunk, size - pos));
    let at = buf.indexOf(FOOTER_MAGIC);
    while (at >= 0) {
      // A footer cut off by the end of the file belongs to the unfinished write; the file's own final footer is
      // the torn commit's. Any other complete footer is a later commit, so the damage is in the middle.
      if (pos + at + FOOTER_BYTES < size) {
        return true;
      }
      at = buf.indexOf(FOOTER_MAGIC, at + 1);
    }
    if (pos + buf.length >= size) {
      break;
    }
  }
  return false;
}

/**
 * What the file must hold at least: the base the header records (written at creation and compaction) and the
 * position this app remembers for this file and generation (every acknowledged save up to the last lock).
 */
function floorOf(
  header: ParsedHeader,
  acknowledged: Acknowledged | null | undefined,
): { end: number; seq: number; baseEnd: number; remembered: boolean } {
  const base = header.header.base;
  const baseEnd = header.end + (base?.bytes ?? 0);
  return {
    end: Math.max(baseEnd, acknowledged?.end ?? 0),
    seq: Math.max(base?.entries ?? 0, acknowledged?.seq ?? 0),
    baseEnd,
    remembered: acknowledged !== null && acknowledged !== undefined,
  };
}

/**
 * Scans every entry after the header. Throws CORRUPT when committed data is damaged; a torn tail is reported.
 * `useIndex: false` walks document entries one by one; `authenticateAll` also decrypts every entry (verify).
 */
export async function scanJournal(
  fh: Readable,
  size: number,
  header: ParsedHeader,
  keys: VaultKeys,
  options: {
    useIndex?: boolean;
    authenticateAll?: boolean;
    acknowledged?: Acknowledged | null;
  } = {},
): Promise<ScanResult> {
  const reader = new WindowReader(fh, size);
  const batches: EntryInfo[][] = [];
  let pending: EntryInfo[] = [];
  let pos = header.end;
  let seq = 0;
  let prev = header.hash;
  if (header.header.blobIndex && options.useIndex !== false) {
    // A compacted file: its documents are checked through their index, without reading their bytes.
    const prefix = await readBlobIndex(fh, size, header, keys);
    batches.push(...prefix.batches);
    ({ end: pos, seq, prev } = prefix);
  }
  let committed = { end: pos, seq, prev };
  let bad = -1;
  while (pos < size) {
    const head = await reader.get(pos, Math.min(FRAME_BYTES, size - pos));
    if (head && isFooter(head)) {
      const footer = decodeFooter((await reader.get(pos, FOOTER_BYTES)) ?? Buffer.alloc(0));
      if (
        !footer ||
        pending.length === 0 ||
        footer.lastSeq !== seq - 1 ||
        !footer.chainHash.equals(prev)
      ) {
        bad = pos;
        break;
      }
      pos += FOOTER_BYTES;
      batches.push(pending);
      pending = [];
      committed = { end: pos, seq, prev };
      continue;
    }
    const frameBytes = head && head.length === FRAME_BYTES ? Buffer.from(head) : null;
    const frame = frameBytes ? decodeFrame(frameBytes) : null;
    const total = frame ? FRAME_BYTES + frame.length + TAG_BYTES : 0;
    if (!frame || frame.seq !== seq || !frame.prevHash.equals(prev) || pos + total > size) {
      bad = pos;
      break;
    }
    const isBlob = frame.kind === ENTRY_KIND.blob;
    const rest = await reader.get(
      pos + FRAME_BYTES + (isBlob ? frame.length : 0),
      (isBlob ? 0 : frame.length) + TAG_BYTES,
      isBlob ? SMALL_WINDOW : RECORD_WINDOW,
    );
    if (!rest) {
      bad = pos;
      break;
    }
    const tag = Buffer.from(rest.subarray(rest.length - TAG_BYTES));
    const entry: EntryInfo = { frame, frameBytes: frameBytes!, offset: pos, tag };
    if (!isBlob) {
      entry.body = rest.subarray(0, frame.length); // a view: read buffers are never written to
    }
    pending.push(entry);
    prev = entryHash(entry.frameBytes, tag);
    seq += 1;
    pos += total;
  }
  if (bad >= 0 && (await hasLaterCommit(fh, bad + 1, size))) {
    throw corrupt('an entry in the middle of the file does not match the chain');
  }
  // A compacted file is whole only with the commit after its document index (the records): without it the file
  // would open as documents and no records, a state that never existed.
  const required = header.header.blobIndex ? header.header.blobIndex.count + 2 : 1;
  const authenticates = async (e: EntryInfo): Promise<boolean> =>
    openEntry(
      keys,
      header.hash,
      { frameBytes: e.frameBytes, nonce: e.frame.nonce, tag: e.tag },
      e.body ?? (await fh.read(e.offset + FRAME_BYTES, e.frame.length)),
    ) !== null;
  if (batches.length < required) {
    throw corrupt('no complete save found');
  }
  const floor = floorOf(header, options.acknowledged);
  // The last committed batch is the only one that may not have reached the disk whole before a crash:
  // authenticate all of it, documents included. If it fails and lies beyond everything ever acknowledged, it is
  // dropped as an unfinished save; if it was acknowledged, the file is damaged (docs/vault.md, "Unfinished save
  // or damage").
  const last = batches[batches.length - 1]!;
  let lastOk = true;
  for (const e of last) {
    if (!(await authenticates(e))) {
      lastOk = false;
      break;
    }
  }
  if (!lastOk) {
    if (committed.end <= floor.end || committed.seq <= floor.seq) {
      throw corrupt('the last confirmed save does not authenticate');
    }
    batches.pop();
    if (batches.length < required) {
      throw corrupt('no complete save found');
    }
    const b = batches[batches.length - 1]!;
    const tail = b[b.length - 1]!;
    const lastEnd = tail.offset + FRAME_BYTES + tail.frame.length + TAG_BYTES + FOOTER_BYTES;
    committed = {
      end: lastEnd,
      seq: tail.frame.seq + 1,
      prev: entryHash(tail.frameBytes, tail.tag),
    };
  }
  if (committed.end < floor.end || committed.seq < floor.seq) {
    // Ends cleanly at a commit this app once had, but has fewer: an older copy, or cut exactly at a commit.
    if (floor.remembered && lastOk && committed.end === size && committed.end >= floor.baseEnd) {
      throw rolledBack();
    }
    throw corrupt(
      `${Math.max(0, floor.end - committed.end)} bytes of saved data are missing from the end of the file`,
    );
  }
  if (options.authenticateAll) {
    for (const e of batches.flat()) {
      if (!(await authenticates(e))) {
        throw corrupt('an entry does not authenticate');
      }
    }
  }
  return collect(batches.flat(), keys, header, committed, size);
}

function collect(
  entries: EntryInfo[],
  keys: VaultKeys,
  header: ParsedHeader,
  committed: { end: number; seq: number; prev: Buffer },
  size: number,
): ScanResult {
  const newest = new Map<string, EntryInfo>();
  const blobs = new Map<string, BlobLocation>();
  const auditEntries: EntryInfo[] = [];
  let entryBytes = 0;
  for (const e of entries) {
    entryBytes += FRAME_BYTES + e.frame.length + TAG_BYTES;
    const ref = e.frame.ref.toString('hex');
    if (e.frame.kind === ENTRY_KIND.blob) {
      blobs.set(ref, {
        offset: e.offset + FRAME_BYTES,
        length: e.frame.length,
        frameBytes: e.frameBytes,
        nonce: e.frame.nonce,
        tag: e.tag,
      });
    } else if (e.frame.kind === ENTRY_KIND.audit) {
      auditEntries.push(e);
    } else if (e.frame.kind === ENTRY_KIND.index) {
      // not a record: superseded by the next compaction, counted as garbage
    } else if (e.frame.kind === ENTRY_KIND.delete && blobs.has(ref)) {
      blobs.delete(ref);
    } else {
      newest.set(ref, e);
    }
  }
  const decrypt = (e: EntryInfo): Buffer => {
    const plain = openEntry(
      keys,
      header.hash,
      { frameBytes: e.frameBytes, nonce: e.frame.nonce, tag: e.tag },
      e.body!,
    );
    if (!plain) {
      throw corrupt('an entry does not authenticate');
    }
    return plain;
  };
  // Superseded records, deletes and indexes are authenticated too (their bytes are already read), so damage
  // anywhere outside document bytes fails the unlock rather than waiting for `verify`.
  const kept = new Set([...newest.values(), ...auditEntries]);
  for (const e of entries) {
    if (e.frame.kind !== ENTRY_KIND.blob && !kept.has(e)) {
      decrypt(e).fill(0);
    }
  }
  const records: ScanResult['records'] = [];
  let liveRecordBytes = 0;
  for (const [ref, e] of newest) {
    if (e.frame.kind === ENTRY_KIND.put) {
      records.push({ ref, size: e.frame.length, plain: decrypt(e) });
      liveRecordBytes += e.frame.length;
    }
  }
  const audit = auditEntries.map(decrypt);
  liveRecordBytes += auditEntries.reduce((n, e) => n + e.frame.length, 0);
  let liveBlobBytes = 0;
  for (const b of blobs.values()) {
    liveBlobBytes += b.length;
  }
  return {
    records,
    audit,
    blobs,
    end: committed.end,
    nextSeq: committed.seq,
    chainHash: committed.prev,
    tornBytes: size - committed.end,
    entryBytes,
    liveRecordBytes,
    liveBlobBytes,
  };
}
