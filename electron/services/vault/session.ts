// One unlocked vault: the verified data in lowdb, the open file, the keys; commits, compaction, lazy documents.
// Rule source: docs/reliability.md §2.3 (adapter duties), §3.3 (R1–R4), docs/vault.md (a save costs what the edit costs).
import { Low } from 'lowdb';

import { AppFailure } from '../../../shared/ipc/result';

import { copyBackup, pruneBackups } from './backups';
import { blobsOf, CompactionJob, CompactionStopped } from './compaction-job';
import type { PhaseDeps } from './compaction-phases';
import { installJob, writeJob } from './compaction-phases';
import type { FileHandlePort } from './fs-port';
import type { ParsedHeader, VaultHeader } from './format';
import { ENTRY_KIND, FRAME_BYTES } from './format';
import type { BlobLocation, ScanResult } from './journal-scan';
import { openEntry, scanJournal } from './journal-scan';
import type { NewEntry, WrittenEntry } from './journal-writer';
import { encodeCommit, JournalWriter } from './journal-writer';
import type { VaultKeys } from './keys';
import { wipeKeys } from './keys';
import type { Persisted } from './lowdb-adapter';
import { VaultAdapter } from './lowdb-adapter';
import type { Acknowledged, VaultPosition } from './rollback';
import type { Collection, JsonValue, VaultData } from './vault-data';
import { emptyVaultData } from './vault-data';
import { buildData } from './vault-data-of';

/** The file, clock and logger a compaction's phases use too (PhaseDeps), and the rollback hook. */
export type SessionDeps = Omit<PhaseDeps, 'keys' | 'readBlob'> & {
  /** Told the new position after each compaction (for the rollback warning). */
  onRewritten?: (position: VaultPosition) => Promise<void>;
};

export class VaultSession {
  db!: Low<VaultData>;
  adapter!: VaultAdapter;
  private entryBytes: number;
  private liveBytes: number;
  private recordSizes = new Map<string, number>();
  private views = new Map<Collection, Readonly<Record<string, JsonValue>>>();
  /** The background compaction recording saves made after its snapshot, if one is running. */
  private job: CompactionJob | null = null;
  /** Rewrites of the file installed so far: a job begun before another rewrite is thrown away. */
  private rewrites = 0;
  private closed = false;

  private constructor(
    private readonly deps: SessionDeps,
    public header: ParsedHeader,
    public keys: VaultKeys,
    private writer: JournalWriter,
    private blobs: Map<string, BlobLocation>,
    scan: ScanResult,
  ) {
    this.entryBytes = scan.entryBytes;
    this.liveBytes = scan.liveRecordBytes + scan.liveBlobBytes;
    for (const r of scan.records) {
      this.recordSizes.set(r.ref, r.size);
    }
  }

  /** Scans and verifies an opened file; on any failure the file handle is closed and nothing is written. */
  static async open(
    deps: SessionDeps,
    fh: FileHandlePort,
    size: number,
    header: ParsedHeader,
    keys: VaultKeys,
    acknowledged: Acknowledged | null = null,
  ): Promise<{ session: VaultSession; tornBytes: number }> {
    const scan = await scanJournal(fh, size, header, keys, { acknowledged });
    const data = buildData(scan);
    const writer = await JournalWriter.open(deps.fs, deps.path, fh, {
      end: scan.end,
      nextSeq: scan.nextSeq,
      chainHash: scan.chainHash,
    });
    const session = new VaultSession(deps, header, keys, writer, scan.blobs, scan);
    session.adapter = new VaultAdapter(data, keys.refKey, (entries, persisted) =>
      session.commit(entries, persisted),
    );
    session.db = new Low<VaultData>(session.adapter, emptyVaultData());
    await session.db.read();
    return { session, tornBytes: scan.tornBytes };
  }

  /** Where the file is: its id, compaction generation and committed entries (grows with every save). */
  get position(): VaultPosition {
    const h = this.header.header;
    const { nextSeq, end } = this.writer.state;
    return { fileId: h.fileId, generation: h.generation, seq: nextSeq, end };
  }

  /** A view of one collection that refuses writes, so no change can bypass the save path (and its tracking). */
  readOnly(c: Collection): Readonly<Record<string, JsonValue>> {
    let view = this.views.get(c);
    if (!view) {
      const refuse = (): boolean => {
        throw new AppFailure('INTERNAL', 'Vault records change through put and remove only.');
      };
      view = new Proxy(this.db.data[c], {
        set: refuse,
        deleteProperty: refuse,
        defineProperty: refuse,
        setPrototypeOf: refuse,
      });
      this.views.set(c, view);
    }
    return view;
  }

  /** Garbage (superseded entries) beyond the live data that triggers a compaction. */
  get shouldCompact(): boolean {
    const garbage = this.entryBytes - this.liveBytes;
    return garbage > Math.max(1024 * 1024, this.liveBytes * 0.5);
  }

  private async commit(entries: NewEntry[], persisted: Persisted): Promise<void> {
    if (this.writer.needsRewrite) {
      await this.compact(persisted); // after a failed write the file is rewritten from the acknowledged state
    }
    const { bytes, written, next } = encodeCommit(
      this.keys,
      this.header.hash,
      this.writer.state,
      entries,
    );
    await this.writer.append(bytes, next);
    this.job?.tail.push(entries); // acknowledged after the snapshot: the new file must hold it too
    this.account(written);
  }

  /** Garbage counting and document locations for entries just written to the current file. */
  private account(written: readonly WrittenEntry[]): void {
    for (const w of written) {
      const size = w.plaintext.byteLength;
      const ref = w.ref.toString('hex');
      this.entryBytes += FRAME_BYTES + size + 16;
      if (w.kind === ENTRY_KIND.put || w.kind === ENTRY_KIND.delete) {
        this.liveBytes += (w.kind === ENTRY_KIND.put ? size : 0) - (this.recordSizes.get(ref) ?? 0);
        this.recordSizes.set(ref, w.kind === ENTRY_KIND.put ? size : 0);
      } else {
        this.liveBytes += size;
      }
      if (w.kind === ENTRY_KIND.blob) {
        this.blobs.set(ref, {
          offset: w.offset + FRAME_BYTES,
          length: size,
          frameBytes: w.frameBytes,
          nonce: w.nonce,
          tag: w.tag,
        });
      }
    }
  }

  /** Reads and authenticates one document's bytes. */
  async readBlob(blobId: string): Promise<Buffer> {
    const loc = this.blobs.get(blobId);
    if (!loc) {
      throw new AppFailure('NOT_FOUND', 'That document is not in the vault.');
    }
    const body = await this.writer.read(loc.offset, loc.length);
    const plain = openEntry(this.keys, this.header.hash, loc, body);
    if (!plain) {
      throw new AppFailure(
        'CORRUPT',
        'That document is damaged in the vault file. Restore a backup.',
      );
    }
    return plain;
  }

  /** For a rewrite: the plaintext, or a damaged document's stored bytes as they are (docs/vault.md). */
  private async storedBlob(
    blobId: string,
  ): Promise<Buffer | { kept: { ciphertext: Buffer; tag: Buffer } }> {
    const loc = this.blobs.get(blobId);
    if (!loc) {
      throw new AppFailure('NOT_FOUND', 'That document is not in the vault.');
    }
    const { writer, keys } = this;
    const headerHash = this.header.hash; // taken before the read: a switch meanwhile must not mix two files
    const body = await writer.read(loc.offset, loc.length);
    return (
      openEntry(keys, headerHash, loc, body) ?? {
        kept: { ciphertext: body, tag: loc.tag },
      }
    );
  }

  /**
   * Checks the whole file the slow way: walks every entry and commit footer in order (ignoring the document index)
   * and authenticates every entry, superseded ones and documents included. Returns the number of documents.
   */
  async verifyBlobs(): Promise<number> {
    await scanJournal(this.writer, this.writer.state.end, this.header, this.keys, {
      useIndex: false,
      authenticateAll: true,
    });
    return this.blobs.size;
  }

  /** What the compaction's file work needs from the session (docs/vault.md, "Compaction"). */
  private phaseDeps(): PhaseDeps {
    return { ...this.deps, keys: this.keys, readBlob: (id) => this.storedBlob(id) };
  }

  /** True while a compaction started in the background is being written. */
  get compacting(): boolean {
    return this.job !== null;
  }

  /**
   * Phase 1, in the save queue: the snapshot of the acknowledged state the new file is written from. A background
   * job (`savesDone` given: it lets waiting saves go first) then records every commit acknowledged after it.
   * `header` replaces the header (rewrap).
   */
  beginCompaction(
    savesDone: (() => Promise<void>) | null,
    persisted: Persisted = this.adapter.persisted,
    header?: VaultHeader,
  ): CompactionJob {
    this.job?.stop();
    this.job = null;
    const rewrites = this.rewrites;
    const job = new CompactionJob(
      persisted,
      header ?? { ...this.header.header, generation: this.header.header.generation + 1 },
      blobsOf(persisted, (id) => this.blobs.get(id)?.length ?? 0),
      savesDone,
      () => !this.closed && this.rewrites === rewrites,
    );
    if (savesDone) {
      this.job = job;
    }
    return job;
  }

  /** Phase 2, outside the save queue for a background job: the new file written and synced under a temp name. */
  async writeCompaction(job: CompactionJob): Promise<Map<string, number>> {
    try {
      return await writeJob(job, this.phaseDeps());
    } catch (e) {
      if (this.job === job) {
        this.job = null;
      }
      const failure = job.live ? e : new CompactionStopped(); // e.g. the file closed by a lock meanwhile
      await job.abandon();
      throw failure;
    }
  }

  /**
   * Phase 3, in the save queue (short): the commits acknowledged since the snapshot are appended to the new file,
   * which is synced, the old file linked into backups/, renamed over it and the folder synced. Until the rename the
   * old file holds every acknowledged save; from it, the new one does. Returns false if the job was overtaken.
   */
  async finishCompaction(job: CompactionJob, sizes: Map<string, number>): Promise<boolean> {
    if (this.job === job) {
      this.job = null;
    }
    const body = job.body;
    if (!body || !job.live) {
      await job.abandon();
      return false;
    }
    const { fs, path } = this.deps;
    const tail = await installJob(job, body, this.header.header.generation, this.phaseDeps());
    this.rewrites += 1;
    const fh = await fs.open(path, 'r+');
    const old = this.writer;
    this.writer = await JournalWriter.open(fs, path, fh, body.state);
    this.header = body.header;
    this.blobs = body.blobs;
    this.entryBytes = job.bodyEnd - body.header.end;
    this.liveBytes = body.liveBytes;
    this.recordSizes = sizes;
    for (const written of tail) {
      this.account(written); // counted as the saves they are
    }
    await old.close().catch(() => undefined);
    await this.deps.onRewritten?.(this.position);
    return true;
  }

  /**
   * Applies the backup rotation after a compaction. Outside the save queue for a background compaction: removing
   * an old backup of a large vault can take hundreds of milliseconds, and no save needs to wait for it.
   */
  async pruneOldBackups(): Promise<void> {
    const { fs, backupsDir, clock } = this.deps;
    await pruneBackups(fs, backupsDir, clock.now()).catch((e: unknown) =>
      this.deps.logger.error('vault.backup-prune', e),
    );
  }

  /**
   * Rewrites the acknowledged state into a new file now, all three phases at once (the caller holds the save
   * queue: a passphrase change, a restore, or the repair after a failed write). `header` replaces the header.
   */
  async compact(
    persisted: Persisted = this.adapter.persisted,
    header?: VaultHeader,
  ): Promise<void> {
    const job = this.beginCompaction(null, persisted, header);
    const sizes = await this.writeCompaction(job);
    if (await this.finishCompaction(job, sizes)) {
      await this.pruneOldBackups();
    }
  }

  /** Copies the file as it stands (every acknowledged save) into backups/, then applies the rotation. */
  async backupNow(): Promise<string> {
    const { fs, backupsDir, clock } = this.deps;
    const id = await copyBackup(
      fs,
      (pos, len) => this.writer.read(pos, len),
      this.writer.state.end,
      backupsDir,
      this.header.header.generation,
      clock.now(),
    );
    await pruneBackups(fs, backupsDir, clock.now());
    return id;
  }

  /** Drops the keys (overwritten with zeros), the decrypted data and the file handle. */
  async close(): Promise<void> {
    this.closed = true;
    this.job?.stop();
    this.job = null;
    wipeKeys(this.keys);
    (this.db as { data: VaultData | null }).data = null;
    await this.writer.close().catch(() => undefined);
  }
}
