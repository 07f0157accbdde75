// Reading the records the exchange relies on. A record that is absent (never written) and a record that is present
// but fails its check are different things: absent may start a new thread, a new draft or a first notification;
// unreadable must never be taken for absent, because the record may hold the conversation's order, a merge
// waiting for a choice or the conference a draft would overwrite. So reading one that fails its check refuses the
// whole operation (CORRUPT, before anything is written) and names the record by its vault key, never by what it
// holds; a listing counts and names such records instead. Rule source: docs/exchange.md, "Records that cannot be
// read"; docs/vault.md, "Records that cannot be read".
import type { z } from 'zod';

import { EXCHANGE_FIX } from '../../../shared/exchange/unreadable';
import { AppFailure } from '../../../shared/ipc/result';
import type { Collection } from '../vault/vault-data';
import type { VaultRecords } from '../vault/vault-records';

/** The record's part in the exchange, in words (keyed by the record id's prefix, or the collection). */
const WHAT: Record<string, string> = {
  thread: 'The record of the last bundle in this conversation',
  received: 'The receipt of this bundle',
  sent: 'The record of a bundle sent from here',
  merge: 'The merge waiting for this conference',
  notified: 'The record of the plan notification for this conference',
  'list-snapshot': 'The Designated Manager’s list held for pre-checks',
  conferences: 'The conference record',
  planList: 'A record on the list of children subject to a plan',
  team: 'A card in your team directory',
};

export const recordKey = (collection: Collection, id: string): string => `${collection}/${id}`;

function whatOf(collection: Collection, id: string): string {
  const prefix = id.includes(':') ? id.slice(0, id.indexOf(':')) : id;
  return (collection === 'exchange' ? WHAT[prefix] : WHAT[collection]) ?? 'A record';
}

/** Refusal for a record present in the vault that fails its check; `key` names it (collection/id, no content). */
export class UnreadableRecord extends AppFailure {
  readonly key: string;

  constructor(collection: Collection, id: string) {
    super(
      'CORRUPT',
      `${whatOf(collection, id)} could not be read (vault record ${recordKey(collection, id)}), so this was refused rather than done as if the record were missing. Nothing was changed. ${EXCHANGE_FIX}`,
    );
    this.key = recordKey(collection, id);
  }
}

/** Refusal naming several unreadable records at once (at most three by key, then how many more). */
export function unreadableRecords(keys: readonly string[], why: string): AppFailure {
  const shown = keys.slice(0, 3).join(', ');
  const more = keys.length > 3 ? ` and ${(keys.length - 3).toLocaleString('en-GB')} more` : '';
  const n = keys.length === 1 ? '1 record' : `${keys.length.toLocaleString('en-GB')} records`;
  return new AppFailure(
    'CORRUPT',
    `${n} in this vault could not be read (${shown}${more}), ${why}. Nothing was changed. ${EXCHANGE_FIX}`,
  );
}

/** The record, `undefined` when absent; throws `UnreadableRecord` (CORRUPT) when present but failing `schema`. */
export function readRecord<T>(
  vault: Pick<VaultRecords, 'get'>,
  collection: Collection,
  id: string,
  schema: z.ZodType<T>,
): T | undefined {
  const raw = vault.get(collection, id);
  if (raw === undefined) {
    return undefined;
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    throw new UnreadableRecord(collection, id);
  }
  return r.data;
}

/** Every record of a collection (optionally those whose id starts with `prefix`): read, and the keys unread. */
export function readAll<T>(
  vault: Pick<VaultRecords, 'list'>,
  collection: Collection,
  schema: z.ZodType<T>,
  prefix = '',
): { read: { id: string; value: T }[]; unreadable: string[] } {
  const read: { id: string; value: T }[] = [];
  const unreadable: string[] = [];
  for (const [id, raw] of Object.entries(vault.list(collection))) {
    if (!id.startsWith(prefix)) {
      continue;
    }
    const r = schema.safeParse(raw);
    if (r.success) {
      read.push({ id, value: r.data });
    } else {
      unreadable.push(recordKey(collection, id));
    }
  }
  return { read, unreadable: unreadable.sort() };
}
