// The shape of the data inside the vault. Records are JSON values at this level: the service that owns a collection
// validates them with its domain schema. Rule source: docs/architecture.md §3.4, docs/vault.md ("VaultData").
import type { AuditEntry } from './audit';

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Collections other features store records in, keyed by record id. */
export const COLLECTIONS = [
  'conferences',
  'documents',
  'planList',
  'enquiries',
  'settings',
  /** Colleagues' public cards (exchange bundles; docs/exchange.md). */
  'team',
  /** Exchange threads, bundles sent and received, pending merges (docs/exchange.md). */
  'exchange',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** What the `documents` collection holds for each stored document; the bytes are read with readDocument(id). */
export type DocumentMeta = {
  blobId: string;
  size: number;
  sha256: string;
  mediaType: string;
  createdAt: string;
  meta: JsonValue;
};

export type VaultData = { schemaVersion: 1; audit: AuditEntry[] } & Record<
  Collection,
  Record<string, JsonValue>
>;

export const SCHEMA_VERSION = 1;
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
const ID = /^[A-Za-z0-9._:-]{1,80}$/;

export function emptyVaultData(): VaultData {
  return {
    schemaVersion: 1,
    audit: [],
    conferences: {},
    documents: {},
    planList: {},
    enquiries: {},
    settings: {},
    team: {},
    exchange: {},
  };
}

export function isCollection(value: unknown): value is Collection {
  return typeof value === 'string' && (COLLECTIONS as readonly string[]).includes(value);
}

/** Record ids are opaque tokens (letters, digits, . _ : -), never names. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}
