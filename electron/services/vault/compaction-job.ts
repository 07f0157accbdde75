// One compaction of an unlocked vault, in three phases so that it never holds up a save: a snapshot of the
// acknowledged state taken in the save queue; the new file written from it outside the queue (saves keep appending
// to the current file and are recorded here); then, back in the queue, those few commits appended to the new file
// and the switch. Rule source: docs/vault.md ("Compaction"), docs/reliability.md §3.3 (R1, R4).
import type { CompactedBody } from './compaction';
import type { NewEntry, WrittenEntry } from './journal-writer';
import type { Persisted } from './lowdb-adapter';
import { auditEntryOf, recordEntry } from './lowdb-adapter';
import type { VaultHeader } from './format';
import type { DocumentMeta } from './vault-data';

/** Thrown inside a job that was stopped (the vault locked, or the file rewritten another way); never shown. */
export class CompactionStopped extends Error {
  constructor() {
    super('The compaction was stopped.');
  }
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class CompactionJob {
  /** Commits acknowledged in the current file after the snapshot and not yet in the new file, in order. */
  readonly tail: (readonly NewEntry[])[] = [];
  /** What the tail's commits wrote once appended to the new file, in order (bookkeeping at the switch). */
  readonly carried: WrittenEntry[][] = [];
  /** Where the snapshot's part of the new file ends (before any carried saves). */
  bodyEnd = 0;
  body: CompactedBody | null = null;
  readonly snapshot: Persisted;
  private stopped = false;

  /**
   * `persisted` is copied here, in the save queue, so later saves do not change the snapshot; the records
   * themselves are frozen and replaced (never changed) by a save, so they are shared, not copied.
   */
  constructor(
    persisted: Persisted,
    readonly header: VaultHeader,
    readonly blobs: readonly { id: string; length: number }[],
    /** In the background: resolves when the saves waiting now are done (null: the caller holds the queue). */
    private readonly savesDone: (() => Promise<void>) | null,
    private readonly isCurrent: () => boolean,
  ) {
    this.snapshot = {
      collections: new Map([...persisted.collections].map(([c, m]) => [c, new Map(m)])),
      audit: [...persisted.audit],
    };
  }

  stop(): void {
    this.stopped = true;
  }

  /** False once stopped or overtaken by another rewrite of the file: its work is then thrown away. */
  get live(): boolean {
    return !this.stopped && this.isCurrent();
  }

  get background(): boolean {
    return this.savesDone !== null;
  }

  /**
   * Between pieces of work (a document, a record, a megabyte of the records commit): throws if the job was stopped;
   * in the background, first lets every save already waiting finish (saves go first: the compaction starts no
   * file work while one is being written) and gives other callbacks a turn. Each piece is well under a millisecond
   * of CPU for the documents and records a conference has, so a save waits at most about one piece.
   */
  readonly pace = async (): Promise<void> => {
    if (this.savesDone) {
      await this.savesDone();
      await turn();
    }
    if (!this.live) {
      throw new CompactionStopped();
    }
  };

  /** Bytes of the commits waiting to be appended to the new file. */
  get tailBytes(): number {
    return this.tail.reduce((n, c) => n + c.reduce((m, e) => m + e.plaintext.byteLength, 0), 0);
  }

  /** Removes the temp file, if one was written. */
  async abandon(): Promise<void> {
    this.stop();
    await this.body?.temp.abandon();
    this.body = null;
  }
}

/** The blob ids and lengths the snapshot's documents name (a blob named twice is written once). */
export function blobsOf(
  persisted: Persisted,
  lengthOf: (blobId: string) => number,
): { id: string; length: number }[] {
  const blobs = new Map<string, { id: string; length: number }>();
  for (const meta of persisted.collections.get('documents')!.values()) {
    const id = (meta as DocumentMeta).blobId;
    blobs.set(id, { id, length: lengthOf(id) });
  }
  return [...blobs.values()];
}

/** Every record and audit entry of the snapshot as entries, and each record's size by ref (for garbage counting). */
export async function recordsOf(
  snapshot: Persisted,
  refKey: Buffer,
  pace: () => Promise<void>,
): Promise<{ records: NewEntry[]; sizes: Map<string, number> }> {
  const records: NewEntry[] = [];
  const sizes = new Map<string, number>();
  for (const [c, map] of snapshot.collections) {
    for (const [id, value] of map) {
      const e = recordEntry(refKey, c, id, value);
      sizes.set(e.ref.toString('hex'), e.plaintext.byteLength);
      records.push(e);
      await pace();
    }
  }
  for (const e of snapshot.audit) {
    records.push(auditEntryOf(refKey, e));
    await pace();
  }
  return { records, sizes };
}
