// Damaging one stored record for the exchange's "records that cannot be read" tests: each kind of damage an older
// app or a past fault could leave (docs/exchange.md, "Records that cannot be read"), applied to a copy of a record
// that reads, and the vault file's hash to show a refused operation wrote nothing. FICTIONAL people only.
import { join } from 'node:path';

import { exchangeIds, threadOf } from '../../../electron/services/exchange/threads';
import { VAULT_FILE } from '../../../electron/services/vault/vault';
import type { Collection, JsonValue } from '../../../electron/services/vault/vault-data';
import type { Conference } from '../../../shared/domain/conference';
import { fingerprintId } from '../../../shared/exchange/fingerprint';
import type { BundleKind } from '../../../shared/exchange/roles';
import { sha256File } from '../vault/helpers';

import type { Member } from './support';

type Obj = { [key: string]: JsonValue };

/** A record as stored: where, a copy that reads (to damage), and the field the damage touches. */
export type Target = {
  /** Who holds it, for the test's name. */
  holder: string;
  vault: () => Member;
  collection: Collection;
  id: () => string;
  /** A copy that reads, for a record the operation finds absent (it is removed again after each case). */
  template?: () => Obj;
  /** A required field of the record's schema. */
  field: string;
};

export const DAMAGES = {
  'wrong shape': (): JsonValue => ['not', 'a', 'record'],
  'wrong type': (v: Obj, field: string): JsonValue => {
    const was = v[field];
    const wrong =
      typeof was === 'string'
        ? 12345
        : typeof was === 'number'
          ? 'twelve'
          : typeof was === 'boolean'
            ? 'yes'
            : 'text';
    return { ...v, [field]: wrong };
  },
  'missing field': (v: Obj, field: string): JsonValue => {
    const { [field]: _gone, ...rest } = v;
    return rest;
  },
  'a field a newer app added': (v: Obj): JsonValue => ({ ...v, addedByNewerApp: true }),
} as const;
export type Damage = keyof typeof DAMAGES;

export const vaultHash = (m: Member): Promise<string> => sha256File(join(m.dir, VAULT_FILE));

/**
 * Stores the damaged record, runs `during`, and puts back what was there before (or removes it): the damage never
 * leaks into the next case.
 */
export async function withDamage<T>(
  t: Target,
  damage: Damage,
  during: () => Promise<T>,
): Promise<T> {
  const vault = t.vault().services.vault;
  const id = t.id();
  const held = vault.get(t.collection, id);
  const base = (held ?? t.template?.()) as Obj | undefined;
  if (base === undefined) {
    throw new Error(`No record ${t.collection}/${id} to damage, and no template`);
  }
  await vault.put(t.collection, id, DAMAGES[damage](structuredClone(base), t.field));
  try {
    return await during();
  } finally {
    await (held === undefined ? vault.remove(t.collection, id) : vault.put(t.collection, id, held));
  }
}

// Where each record an operation reads is kept, and a copy that reads for one normally absent.
export const thread = (
  holder: Member | (() => Member),
  kind: BundleKind,
  key: string,
  people: () => Member[],
): Target => ({
  holder: '',
  vault: typeof holder === 'function' ? holder : () => holder,
  collection: 'exchange',
  id: () =>
    exchangeIds.thread(
      threadOf(
        kind,
        key,
        people().map((p) => p.fingerprint),
      ),
    ),
  template: () => ({ thread: 'x', sequence: 1, head: '0'.repeat(64) }),
  field: 'sequence',
});
export const conferenceOf = (v: () => Member, c: Conference, template = false): Target => ({
  holder: '',
  vault: v,
  collection: 'conferences',
  id: () => c.id,
  ...(template
    ? {
        template: () => ({
          revision: 0,
          savedAt: '2026-01-06T09:00:00.000Z',
          status: 'signed',
          conference: c,
        }),
      }
    : {}),
  field: 'status',
});
export const cardOf = (v: () => Member, whose: () => Member): Target => ({
  holder: '',
  vault: v,
  collection: 'team',
  id: () => fingerprintId(whose().fingerprint),
  field: 'status',
});
export const exchangeRecord = (
  v: () => Member,
  id: () => string,
  field: string,
  template?: () => Record<string, never>,
): Target => ({
  holder: '',
  vault: v,
  collection: 'exchange',
  id,
  field,
  ...(template ? { template } : {}),
});
