// lowdb's Adapter<VaultData> over the encrypted journal: read() returns only data that decrypted and verified
// (never null, never the default); write() appends one entry per changed record. Rule: docs/reliability.md §2.3.
import type { Adapter } from 'lowdb';

import { AppFailure } from '../../../shared/ipc/result';

import type { AuditEntry } from './audit';
import { recordRef } from './cipher';
import { ENTRY_KIND } from './format';
import type { NewEntry } from './journal-writer';
import type { Collection, JsonValue, VaultData } from './vault-data';
import { COLLECTIONS } from './vault-data';

/** The acknowledged state: what is on disk, by object identity per record. */
export type Persisted = {
  collections: Map<Collection, Map<string, JsonValue>>;
  audit: AuditEntry[];
};

export type CommitFn = (entries: NewEntry[], persisted: Persisted) => Promise<void>;

export function snapshotOf(data: VaultData): Persisted {
  const collections = new Map<Collection, Map<string, JsonValue>>();
  for (const c of COLLECTIONS) {
    collections.set(c, new Map(Object.entries(data[c])));
  }
  return { collections, audit: [...data.audit] };
}

/** The entry payload of a record: {c, i, v} for a put, {c, i} for a delete. */
export function recordEntry(
  refKey: Buffer,
  c: Collection,
  id: string,
  value?: JsonValue,
): NewEntry {
  const body = value === undefined ? { c, i: id } : { c, i: id, v: value };
  return {
    kind: value === undefined ? ENTRY_KIND.delete : ENTRY_KIND.put,
    ref: recordRef(refKey, c, id),
    plaintext: Buffer.from(JSON.stringify(body), 'utf8'),
  };
}

export function auditEntryOf(refKey: Buffer, e: AuditEntry): NewEntry {
  return {
    kind: ENTRY_KIND.audit,
    ref: recordRef(refKey, 'audit', String(e.seq)),
    plaintext: Buffer.from(JSON.stringify(e), 'utf8'),
  };
}

export class VaultAdapter implements Adapter<VaultData> {
  private wasRead = false;
  private staged: NewEntry[] = [];
  private readonly touched = new Map<Collection, Set<string>>();
  persisted: Persisted;

  constructor(
    private readonly verified: VaultData,
    private readonly refKey: Buffer,
    private readonly commit: CommitFn,
  ) {
    this.persisted = snapshotOf(verified);
  }

  /** Returns the data that was decrypted and verified when the vault was opened. */
  read(): Promise<VaultData> {
    this.wasRead = true;
    return Promise.resolve(this.verified);
  }

  /** Adds an entry (a document's bytes) to the next commit, so bytes and the record naming them land together. */
  stage(entry: NewEntry): void {
    this.staged.push(entry);
  }

  /** Marks a record as changed in memory; the next write compares only marked records (a save costs the edit). */
  touch(c: Collection, id: string): void {
    let ids = this.touched.get(c);
    if (!ids) {
      ids = new Set();
      this.touched.set(c, ids);
    }
    ids.add(id);
  }

  /** The entries that would bring the file from the acknowledged state to `data`, and how to record them. */
  diff(data: VaultData): { entries: NewEntry[]; acknowledge: () => void } {
    const entries: NewEntry[] = [];
    const changes: [Collection, string, JsonValue | undefined][] = [];
    for (const [c, ids] of this.touched) {
      const before = this.persisted.collections.get(c)!;
      const now = data[c];
      for (const id of ids) {
        const value = Object.prototype.hasOwnProperty.call(now, id) ? now[id] : undefined;
        if (value !== undefined && value !== before.get(id)) {
          entries.push(recordEntry(this.refKey, c, id, value));
          changes.push([c, id, value]);
        } else if (value === undefined && before.has(id)) {
          entries.push(recordEntry(this.refKey, c, id));
          changes.push([c, id, undefined]);
        }
      }
    }
    const known = this.persisted.audit;
    const lastKnown = known[known.length - 1];
    if (
      data.audit.length < known.length ||
      (lastKnown && data.audit[known.length - 1] !== lastKnown)
    ) {
      throw new AppFailure('INTERNAL', 'The audit log can only be appended to.');
    }
    const added = data.audit.slice(known.length);
    for (const e of added) {
      entries.push(auditEntryOf(this.refKey, e));
    }
    const acknowledge = (): void => {
      for (const [c, id, value] of changes) {
        const map = this.persisted.collections.get(c)!;
        if (value === undefined) {
          map.delete(id);
        } else {
          map.set(id, value);
        }
      }
      known.push(...added);
      this.touched.clear(); // saves run one at a time, so nothing was touched while this one was written
    };
    return { entries, acknowledge };
  }

  /** Appends the changes since the last acknowledged save; resolves once they are on disk. */
  async write(data: VaultData): Promise<void> {
    if (!this.wasRead) {
      throw new AppFailure('LOCKED', 'The vault was not read, so nothing may be written to it.');
    }
    const { entries, acknowledge } = this.diff(data);
    const all = [...this.staged, ...entries];
    if (all.length === 0) {
      return;
    }
    await this.commit(all, this.persisted);
    this.staged = [];
    acknowledge();
  }
}
