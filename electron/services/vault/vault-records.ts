// The vault's data API for later features: records by collection, immutable documents read lazily, the audit
// log, verification and compaction. Rule source: docs/reliability.md §2.3, §3.3; docs/vault.md.
import { createHash, randomBytes } from 'node:crypto';

import { AppFailure } from '../../../shared/ipc/result';

import type { AuditEntry, AuditInput } from './audit';
import { nextAuditEntry, verifyAudit } from './audit';
import { documentOnce } from './document-once';
import { ENTRY_KIND } from './format';
import { deepFreeze } from './safe-json';
import { VaultAccess } from './vault-access';
import type { Collection, DocumentMeta, JsonValue } from './vault-data';
import { COLLECTIONS, MAX_RECORD_BYTES, isRecordId } from './vault-data';

export type DocumentInput = { mediaType: string; meta: JsonValue; bytes: Uint8Array };
export type DamagedDocument = { documentId: string; conferenceId: string | null };

/** A new document for `commit`: its bytes are stored once, immutable, with its metadata. */
export type NewDocument = { id: string; mediaType: string; meta: JsonValue; bytes: Uint8Array };

/**
 * Everything `commit` writes together: records to store or remove, documents, and the audit entries that say
 * so. After a crash either all of it is on disk or none of it (docs/vault.md, "A record and its audit entry").
 */
export type VaultChange = {
  put?: readonly { collection: Collection; id: string; value: JsonValue }[];
  remove?: readonly { collection: Collection; id: string }[];
  documents?: readonly NewDocument[];
  audit?: readonly AuditInput[];
};

function checkedRecord(id: string, value: JsonValue, collection?: Collection): string {
  if (collection === 'documents') {
    // A document's metadata goes with its bytes, and is never replaced (./document-once.ts).
    throw new AppFailure('BAD_INPUT', 'Documents are stored with their bytes, never as a record.');
  }
  if (!isRecordId(id)) {
    throw new AppFailure('BAD_INPUT', 'A record id may hold letters, digits and . _ : - only.');
  }
  const text = JSON.stringify(value);
  if (text === undefined || Buffer.byteLength(text) > MAX_RECORD_BYTES) {
    throw new AppFailure('BAD_INPUT', 'That record is empty or too large to store.');
  }
  return text;
}

export class VaultRecords extends VaultAccess {
  get<T extends JsonValue = JsonValue>(collection: Collection, id: string): T | undefined {
    const data = this.requireSession().db.data;
    return Object.prototype.hasOwnProperty.call(data[collection], id)
      ? (data[collection][id] as T)
      : undefined;
  }

  /** The records of a collection, read-only (writing through the view throws: use put and remove). */
  list(collection: Collection): Readonly<Record<string, JsonValue>> {
    return this.requireSession().readOnly(collection);
  }

  /**
   * The audit entry that commits with a change (docs/vault.md, "A record and its audit entry"): built (and
   * checked) inside the save before anything changes, so a bad entry changes nothing; pushed by the returned call.
   */
  private auditWith(input: AuditInput | undefined): () => void {
    if (!input) {
      return () => undefined;
    }
    const audit = this.requireSession().db.data.audit;
    const entry = deepFreeze(nextAuditEntry(audit[audit.length - 1], input, this.deps.clock.now()));
    return () => audit.push(entry);
  }

  /**
   * Stores a record (a copy, frozen) and resolves when it is on disk. With `audit`, the audit entry is written in
   * the same commit: after a crash both are there or neither is.
   */
  async put(
    collection: Collection,
    id: string,
    value: JsonValue,
    audit?: AuditInput,
  ): Promise<void> {
    const text = checkedRecord(id, value, collection);
    return this.save(() => {
      const s = this.requireSession();
      const addAudit = this.auditWith(audit);
      s.db.data[collection][id] = deepFreeze(JSON.parse(text) as JsonValue);
      s.adapter.touch(collection, id);
      addAudit();
    });
  }

  /**
   * Stores several records and, optionally, one audit entry in ONE commit: all of them are on disk together or
   * none is (one write and one fsync instead of one per record). Every id and size is checked before anything
   * changes. Used where one action writes several records (receiving an exchange bundle).
   */
  async putAll(
    items: readonly { collection: Collection; id: string; value: JsonValue }[],
    audit?: AuditInput,
  ): Promise<void> {
    const texts = items.map((item) => checkedRecord(item.id, item.value, item.collection));
    return this.save(() => {
      const s = this.requireSession();
      items.forEach((item, i) => {
        s.db.data[item.collection][item.id] = deepFreeze(JSON.parse(texts[i]!) as JsonValue);
        s.adapter.touch(item.collection, item.id);
      });
      if (audit) {
        const log = s.db.data.audit;
        log.push(deepFreeze(nextAuditEntry(log[log.length - 1], audit, this.deps.clock.now())));
      }
    });
  }

  remove(collection: Collection, id: string): Promise<void> {
    return this.save(() => {
      const s = this.requireSession();
      delete s.db.data[collection][id];
      s.adapter.touch(collection, id);
    });
  }

  /** Stores a document's bytes once (immutable) with its metadata, and `audit` if given, in one commit. */
  async putDocument(id: string, input: DocumentInput, audit?: AuditInput): Promise<DocumentMeta> {
    const [meta] = await this.putDocuments([{ id, input }], audit);
    return meta!;
  }

  /**
   * Stores several documents and `audit` in one commit (docs/vault.md, "A record and its audit entry"): after a
   * crash all of them are there or none is. Sign-off stores its files and version record this way.
   */
  async putDocuments(
    items: readonly { id: string; input: DocumentInput }[],
    audit?: AuditInput,
  ): Promise<DocumentMeta[]> {
    if (
      items.some((i) => !isRecordId(i.id)) ||
      new Set(items.map((i) => i.id)).size < items.length
    ) {
      throw new AppFailure('BAD_INPUT', 'A document id may hold letters, digits and . _ : - only.');
    }
    const metas = items.map(({ input }) =>
      deepFreeze({
        blobId: randomBytes(16).toString('hex'),
        size: input.bytes.byteLength,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        mediaType: input.mediaType,
        createdAt: this.deps.clock.now().toISOString(),
        meta: JSON.parse(JSON.stringify(input.meta)) as JsonValue,
      } satisfies DocumentMeta),
    );
    const fresh = items.map(() => true);
    await this.save(
      () => {
        const s = this.requireSession();
        const addAudit = this.auditWith(audit);
        const held = s.db.data.documents;
        // Checked for every item before any changes: one refused document stores none of them.
        items.forEach(({ id }, i) => {
          if (documentOnce(held, id, metas[i]!) === 'same') {
            fresh[i] = false;
            metas[i] = held[id] as DocumentMeta;
          }
        });
        items.forEach(({ id }, i) => {
          if (fresh[i]) {
            held[id] = metas[i]!;
            s.adapter.touch('documents', id);
          }
        });
        addAudit();
      },
      (s) =>
        items.forEach(({ input }, i) => {
          if (fresh[i]) {
            s.adapter.stage({
              kind: ENTRY_KIND.blob,
              ref: Buffer.from(metas[i]!.blobId, 'hex'),
              plaintext: input.bytes,
            });
          }
        }),
    );
    return metas;
  }

  /**
   * Writes records, removals, documents and their audit entries in one commit, and resolves when it is on disk:
   * a crash leaves all of it or none of it. Everything is checked before anything changes.
   */
  async commit(change: VaultChange): Promise<{ audit: AuditEntry[]; documents: DocumentMeta[] }> {
    const puts = (change.put ?? []).map((p) => ({
      ...p,
      text: checkedRecord(p.id, p.value, p.collection),
    }));
    for (const r of change.remove ?? []) {
      checkedRecord(r.id, null);
    }
    const now = this.deps.clock.now();
    const documents = (change.documents ?? []).map((d) => {
      if (!isRecordId(d.id)) {
        throw new AppFailure(
          'BAD_INPUT',
          'A document id may hold letters, digits and . _ : - only.',
        );
      }
      const blobId = randomBytes(16).toString('hex');
      const meta: DocumentMeta = deepFreeze({
        blobId,
        size: d.bytes.byteLength,
        sha256: createHash('sha256').update(d.bytes).digest('hex'),
        mediaType: d.mediaType,
        createdAt: now.toISOString(),
        meta: JSON.parse(JSON.stringify(d.meta)) as JsonValue,
      });
      return { id: d.id, bytes: d.bytes, meta, fresh: true };
    });
    const audit: AuditEntry[] = [];
    await this.save(
      () => {
        const s = this.requireSession();
        const held = s.db.data.documents;
        for (const d of documents) {
          if (documentOnce(held, d.id, d.meta) === 'same') {
            d.fresh = false;
            d.meta = held[d.id] as DocumentMeta;
          }
        }
        for (const p of puts) {
          s.db.data[p.collection][p.id] = deepFreeze(JSON.parse(p.text) as JsonValue);
          s.adapter.touch(p.collection, p.id);
        }
        for (const r of change.remove ?? []) {
          delete s.db.data[r.collection][r.id];
          s.adapter.touch(r.collection, r.id);
        }
        for (const d of documents) {
          if (d.fresh) {
            held[d.id] = d.meta;
            s.adapter.touch('documents', d.id);
          }
        }
        const log = s.db.data.audit;
        for (const input of change.audit ?? []) {
          const entry = deepFreeze(nextAuditEntry(log[log.length - 1], input, now));
          log.push(entry);
          audit.push(entry);
        }
      },
      (s) => {
        for (const d of documents.filter((x) => x.fresh)) {
          s.adapter.stage({
            kind: ENTRY_KIND.blob,
            ref: Buffer.from(d.meta.blobId, 'hex'),
            plaintext: d.bytes,
          });
        }
      },
    );
    return { audit, documents: documents.map((d) => d.meta) };
  }

  /** Reads a document's bytes (decrypted only now, on demand). */
  async readDocument(id: string): Promise<Buffer> {
    const s = this.requireSession();
    const meta = s.db.data.documents[id] as DocumentMeta | undefined;
    if (!meta) {
      throw new AppFailure('NOT_FOUND', 'That document is not in the vault.');
    }
    return s.readBlob(meta.blobId);
  }

  auditLog(): readonly AuditEntry[] {
    return this.requireSession().db.data.audit;
  }

  verifyAudit(): ReturnType<typeof verifyAudit> {
    return verifyAudit(this.auditLog());
  }

  /** Authenticates every document in the file and the audit chain (records were verified on unlock). */
  async verify(): Promise<{
    documents: number;
    records: number;
    audit: ReturnType<typeof verifyAudit>;
  }> {
    const s = this.requireSession();
    const documents = await this.serial(() => s.verifyBlobs());
    const data = s.db.data;
    const records = COLLECTIONS.reduce((n, c) => n + Object.keys(data[c]).length, 0);
    return { documents, records, audit: verifyAudit(data.audit) };
  }

  /**
   * Reads and authenticates every live document; returns the ones that fail, with the conference they belong to
   * (when their metadata names one), so one damaged document is reported without closing the vault.
   */
  async checkDocuments(): Promise<DamagedDocument[]> {
    const s = this.requireSession();
    const damaged: DamagedDocument[] = [];
    for (const [id, value] of Object.entries(s.db.data.documents)) {
      const meta = value as DocumentMeta;
      const ok = await this.serial(() =>
        s.readBlob(meta.blobId).then(
          () => true,
          (e: unknown) => {
            if (e instanceof AppFailure && e.code === 'CORRUPT') {
              return false;
            }
            throw e;
          },
        ),
      );
      if (!ok) {
        const inner = meta.meta as { conferenceId?: unknown } | null;
        const conferenceId = typeof inner?.conferenceId === 'string' ? inner.conferenceId : null;
        damaged.push({ documentId: id, conferenceId });
      }
    }
    return damaged;
  }

  /** Rewrites the file now (normally automatic when superseded entries pass the threshold). */
  compact(): Promise<void> {
    return this.compactInBackground(this.requireSession());
  }
}
