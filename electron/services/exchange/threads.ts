// The bookkeeping of exchange conversations in the vault's `exchange` collection: each thread's last bundle (its
// sequence and hash) and the draft both sides last exchanged (the base of a three-way merge), every bundle sent
// and received (replays are refused by id), and pending merges. Record ids are hashes, never names. A record here
// that fails its check refuses what reads it (records.ts), never passes for absent.
// Rule source: docs/exchange.md (threads, replay and order).
import { createHash } from 'node:crypto';

import { z } from 'zod';

import { ConferenceSchema } from '../../../shared/domain/conference';
import type { Conference } from '../../../shared/domain/conference';
import { BundleKindSchema } from '../../../shared/exchange/roles';
import type { BundleKind } from '../../../shared/exchange/roles';
import type { JsonValue } from '../vault/vault-data';
import type { VaultRecords } from '../vault/vault-records';

import { readRecord } from './records';

const h = (s: string): string => createHash('sha256').update(s).digest('hex');

/** One thread per conference (per child for a plan update), kind and set of people: the same on both sides. */
export function threadOf(
  kind: BundleKind,
  conferenceId: string,
  people: readonly string[],
): string {
  const family = {
    'draft-conference': 'draft',
    'plan-notification': 'plan',
    'plan-update': 'update',
    'list-snapshot': 'list',
  }[kind];
  return `${family}:${conferenceId}:${h([...new Set(people)].sort().join(',')).slice(0, 24)}`;
}

export const ThreadSchema = z.strictObject({
  thread: z.string(),
  sequence: z.number().int().min(1),
  head: z.string().regex(/^[0-9a-f]{64}$/),
  /** The draft as last sent or received in this thread: the base for merging the next one. */
  base: ConferenceSchema.optional(),
});
export type ThreadState = z.infer<typeof ThreadSchema>;

const ids = {
  thread: (thread: string) => `thread:${h(thread).slice(0, 48)}`,
  received: (bundleId: string) => `received:${bundleId}`,
  sent: (bundleId: string) => `sent:${bundleId}`,
  merge: (conferenceId: string) => `merge:${conferenceId}`,
  notified: (conferenceId: string) => `notified:${conferenceId}`,
};
export const exchangeIds = ids;

/** The thread's last bundle, `null` for a new thread; refuses (CORRUPT) when its record cannot be read. */
export function threadState(vault: Pick<VaultRecords, 'get'>, thread: string): ThreadState | null {
  return readRecord(vault, 'exchange', ids.thread(thread), ThreadSchema) ?? null;
}

/** The thread's new state as a record for `VaultRecords.commit` (so it lands with what moved it on). */
export function threadRecord(
  thread: string,
  sequence: number,
  head: string,
  base?: Conference,
): { collection: 'exchange'; id: string; value: JsonValue } {
  return {
    collection: 'exchange',
    id: ids.thread(thread),
    value: { thread, sequence, head, ...(base ? { base: base as unknown as JsonValue } : {}) },
  };
}

export const PendingMergeSchema = z.strictObject({
  conferenceId: z.string(),
  bundleId: z.string(),
  from: z.string(),
  fromName: z.string(),
  receivedAt: z.iso.datetime(),
  base: ConferenceSchema.optional(),
  theirs: ConferenceSchema,
});
export type PendingMerge = z.infer<typeof PendingMergeSchema>;

export const NotifiedSchema = z.strictObject({
  conferenceId: z.string(),
  version: z.number().int().min(1),
  from: z.string(),
  fromName: z.string(),
  contentSha256: z.string(),
  documentIds: z.array(z.string()),
  receivedAt: z.iso.datetime(),
});
export type Notified = z.infer<typeof NotifiedSchema>;

/** A bundle received (kept against replay), as `commitReceipt` in receive.ts writes it. */
export const ReceivedSchema = z.strictObject({
  kind: BundleKindSchema,
  conferenceId: z.string(),
  from: z.string(),
  sha256: z.string(),
  receivedAt: z.iso.datetime(),
});

/** A bundle sent from here, as `sendBundle` in send.ts writes it. */
export const SentSchema = z.strictObject({
  kind: BundleKindSchema,
  conferenceId: z.string(),
  to: z.array(z.string()),
  sha256: z.string(),
  sentAt: z.iso.datetime(),
});
