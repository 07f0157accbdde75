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

/** Seals the entries of one commit one at a time, so a large commit can be written in pieces between other work. */
export class CommitEncoder {
  readonly written: WrittenEntry[] = [];
  private offset: number;
  private seq: number;
  private prev: Buffer;

  constructor(
    private readonly keys: VaultKeys,
    private readonly headerHash: Buffer,
    state: ChainState,
  ) {
    this.offset = state.end;
    this.seq = state.nextSeq;
    this.prev = state.chainHash;
  }

  /** The bytes of one entry (frame ‖ ciphertext ‖ tag), chained to the one before. */
  add(entry: NewEntry): Buffer[] {
    if (entry.plaintext.byteLength > MAX_ENTRY_BYTES) {
      throw new AppFailure('BAD_INPUT', 'That item is too large to store (64 MB at most).');
    }
    const nonce = randomBytes(NONCE_BYTES);
    const frameBytes = encodeFrame({
      kind: entry.kind,
      seq: this.seq,
      length: entry.plaintext.byteLength,
      nonce,
      ref: entry.ref,
      prevHash: this.prev,
    });
    const sealed =
      entry.kept ??
      seal(
        this.keys.entryKey,
        entry.plaintext,
        Buffer.concat([this.headerHash, frameBytes]),
        nonce,
      );
    this.written.push({ ...entry, offset: this.offset, frameBytes, nonce, tag: sealed.tag });
    this.offset += FRAME_BYTES + sealed.ciphertext.length + sealed.tag.length;
    this.prev = entryHash(frameBytes, sealed.tag);
    this.seq += 1;
    return [frameBytes, sealed.ciphertext, sealed.tag];
  }

  /** The commit footer and the chain state after it. */
  finish(): { footer: Buffer; next: ChainState } {
    const footer = encodeFooter(this.seq - 1, this.prev);
    return {
      footer,
      next: { end: this.offset + footer.length, nextSeq: this.seq, chainHash: this.prev },
    };
  }
}

/** Encrypts entries after `state` and returns the bytes of one commit (entries ‖ footer). Pure. */
export function encodeCommit(
  keys: VaultKeys,
  headerHash: Buffer,
  state: ChainState,
  entries: readonly NewEntry[],
): { bytes: Buffer; written: WrittenEntry[]; next: ChainState } {
  const encoder = new CommitEncoder(keys, headerHash, state);
  const parts = entries.flatMap((entry) => encoder.add(entry));
  const { footer, next } = encoder.finish();
  return { bytes: Buffer.concat([...parts, footer]), written: encoder.written, next };
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
