// Appends one commit (entries + footer) at the end of the vault file and fsyncs before it resolves; refuses to
// write if the file was changed by anything else. Rule source: docs/reliability.md §2.3, §3.3 (R1, F9).
import { randomBytes } from 'node:crypto';

import { AppFailure } from '../../../shared/ipc/result';

import { NONCE_BYTES, seal } from './cipher';
import type { FileHandlePort, FileStat, FsPort } from './fs-port';
import type { EntryKind } from './format';
import { encodeFooter, encodeFrame, entryHash, FRAME_BYTES, MAX_ENTRY_BYTES } from './format';
import type { VaultKeys } from './keys';

/**
 * `kept`: a damaged document's stored ciphertext and tag, written again as they were (a rewrite cannot decrypt it,
 * so it stays damaged and is still reported; docs/vault.md, "One damaged document").
 */
export type NewEntry = {
  kind: EntryKind;
  ref: Buffer;
  plaintext: Uint8Array;
  kept?: { ciphertext: Buffer; tag: Buffer };
};
export type WrittenEntry = NewEntry & {
  offset: number;
  frameBytes: Buffer;
  nonce: Buffer;
  tag: Buffer;
};

export type ChainState = { end: number; nextSeq: number; chainHash: Buffer };

/** Encrypts entries after `state` and returns the bytes of one commit (entries ‖ footer). Pure. */
export function encodeCommit(
  keys: VaultKeys,
  headerHash: Buffer,
  state: ChainState,
  entries: readonly NewEntry[],
): { bytes: Buffer; written: WrittenEntry[]; next: ChainState } {
  const parts: Buffer[] = [];
  const written: WrittenEntry[] = [];
  let offset = state.end;
  let seq = state.nextSeq;
  let prev = state.chainHash;
  for (const entry of entries) {
    if (entry.plaintext.byteLength > MAX_ENTRY_BYTES) {
      throw new AppFailure('BAD_INPUT', 'That item is too large to store (64 MB at most).');
    }
    const nonce = randomBytes(NONCE_BYTES);
    const frameBytes = encodeFrame({
      kind: entry.kind,
      seq,
      length: entry.plaintext.byteLength,
      nonce,
      ref: entry.ref,
      prevHash: prev,
    });
    const sealed =
      entry.kept ??
      seal(keys.entryKey, entry.plaintext, Buffer.concat([headerHash, frameBytes]), nonce);
    parts.push(frameBytes, sealed.ciphertext, sealed.tag);
    written.push({ ...entry, offset, frameBytes, nonce, tag: sealed.tag });
    offset += FRAME_BYTES + sealed.ciphertext.length + sealed.tag.length;
    prev = entryHash(frameBytes, sealed.tag);
    seq += 1;
  }
  const footer = encodeFooter(seq - 1, prev);
  parts.push(footer);
  return {
    bytes: Buffer.concat(parts),
    written,
    next: { end: offset + footer.length, nextSeq: seq, chainHash: prev },
  };
}

const sameFile = (a: FileStat, b: FileStat): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

/** The open vault file, positioned after its last commit. One per unlocked vault; never shared. */
export class JournalWriter {
  private broken = false;

  private constructor(
    private readonly fs: FsPort,
    readonly path: string,
    private readonly fh: FileHandlePort,
    private snapshot: FileStat,
    public state: ChainState,
  ) {}

  static async open(
    fs: FsPort,
    path: string,
    fh: FileHandlePort,
    state: ChainState,
  ): Promise<JournalWriter> {
    return new JournalWriter(fs, path, fh, await fh.stat(), state);
  }

  /** True after a failed write: the caller must rewrite the whole file (compact) rather than append. */
  get needsRewrite(): boolean {
    return this.broken;
  }

  read(position: number, length: number): Promise<Buffer> {
    return this.fh.read(position, length);
  }

  /** Refuses (CONFLICT) if the path no longer names our file or the file changed since we last read or wrote it. */
  async checkUnchanged(): Promise<void> {
    const [byHandle, byPath] = [await this.fh.stat(), await this.fs.lstat(this.path)];
    if (!byPath || byPath.ino !== byHandle.ino || !sameFile(byHandle, this.snapshot)) {
      throw new AppFailure(
        'CONFLICT',
        'The vault file was changed by another program since it was opened, so it was not overwritten. Lock and unlock to reload it.',
      );
    }
  }

  /** Writes one commit and fsyncs it; resolves only when it is on disk. */
  async append(bytes: Buffer, next: ChainState): Promise<void> {
    if (this.broken) {
      throw new AppFailure('IO', 'An earlier save failed; the vault must be rewritten first.');
    }
    await this.checkUnchanged();
    try {
      await this.fh.write(bytes, this.state.end);
      if (this.snapshot.size > this.state.end + bytes.length) {
        await this.fh.truncate(this.state.end + bytes.length); // drops a torn tail found on open
      }
      await this.fh.sync();
      this.snapshot = await this.fh.stat();
    } catch (e) {
      this.broken = true;
      // Best effort: take the unacknowledged bytes back off, so the file is as it was (docs/reliability.md §3.3 F5).
      await this.fh.truncate(this.state.end).catch(() => undefined);
      throw ioFailure(e);
    }
    this.state = next;
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}

/** Maps a Node file-system error to a typed failure with a message a person can act on. */
export function ioFailure(e: unknown): AppFailure {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (e instanceof AppFailure) {
    return e;
  }
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission was denied'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : `a disk error (${code ?? 'unknown'}) occurred`;
  return new AppFailure(
    'IO',
    `The change was not saved because ${why}. Nothing already saved was lost.`,
  );
}
