// The audit log inside the vault: hash-chained entries (who, what, when) holding ids and codes only, never names
// or free text. Later features append to it (sign-off, enquiries). Rule source: docs/reliability.md §2.5, docs/vault.md.
import { createHash } from 'node:crypto';

import { AppFailure } from '../../../shared/ipc/result';

export type AuditEntry = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  ids: string[];
  prevHash: string;
  hash: string;
};

export type AuditInput = { actor: string; action: string; ids?: string[] };

// Ids and codes only: letters, digits and . _ : - (no spaces), so names and sentences cannot be logged.
const ID = /^[A-Za-z0-9._:-]{1,80}$/;
const ACTION = /^[a-z][a-z0-9.-]{0,63}$/;
export const AUDIT_GENESIS = '0'.repeat(64);

function hashOf(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256')
    .update(JSON.stringify([e.seq, e.at, e.actor, e.action, e.ids, e.prevHash]))
    .digest('hex');
}

/** Builds the next entry after `previous`; throws BAD_INPUT if any field could carry personal data. */
export function nextAuditEntry(
  previous: AuditEntry | undefined,
  input: AuditInput,
  at: Date,
): AuditEntry {
  const ids = input.ids ?? [];
  if (
    !ID.test(input.actor) ||
    !ACTION.test(input.action) ||
    ids.length > 20 ||
    !ids.every((i) => ID.test(i))
  ) {
    throw new AppFailure('BAD_INPUT', 'An audit entry may hold ids and action codes only.');
  }
  const base = {
    seq: previous ? previous.seq + 1 : 0,
    at: at.toISOString(),
    actor: input.actor,
    action: input.action,
    ids: [...ids],
    prevHash: previous ? previous.hash : AUDIT_GENESIS,
  };
  return { ...base, hash: hashOf(base) };
}

export type AuditVerdict =
  { ok: true; count: number } | { ok: false; count: number; brokenAt: number };

/** Recomputes the chain: every entry's hash, sequence and link to the one before. */
export function verifyAudit(entries: readonly AuditEntry[]): AuditVerdict {
  let prev = AUDIT_GENESIS;
  for (let i = 0; i < entries.length; i += 1) {
    const e = entries[i]!;
    const { hash, ...rest } = e;
    if (e.seq !== i || e.prevHash !== prev || hashOf(rest) !== hash) {
      return { ok: false, count: entries.length, brokenAt: i };
    }
    prev = hash;
  }
  return { ok: true, count: entries.length };
}
