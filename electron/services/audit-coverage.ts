// Which records have no audit entry naming them: `icpc verify` reports them (docs/vault.md, "One change, one
// commit"). Since a record and its audit entry land in one commit, a record without one means a file written by an
// older version that was stopped between the two, or a file changed outside the app.
import type { AuditEntry } from './vault/audit';
import type { DocumentMeta } from './vault/vault-data';
import type { VaultRecords } from './vault/vault-records';

export type Unaudited = {
  collection: string;
  id: string;
  why: string;
  kind: 'record' | 'signed-version' | 'amendment';
};

type CoverageVault = Pick<VaultRecords, 'list' | 'auditLog'>;

/** The records the audit log never mentions, and signed versions without their "signed" entry. */
export function unauditedRecords(vault: CoverageVault): Unaudited[] {
  const audit: readonly AuditEntry[] = vault.auditLog();
  const named = new Set<string>();
  const signed = new Set<string>();
  const amended = new Set<string>();
  for (const e of audit) {
    e.ids.forEach((id) => named.add(id));
    const [conference, version] = e.ids;
    if (conference !== undefined && version !== undefined) {
      if (e.action === 'record.signed') {
        signed.add(`${conference}.${version}`);
      } else if (e.action === 'record.amended') {
        amended.add(`${conference}.${version}`);
      }
    }
  }
  const out: Unaudited[] = [];
  for (const collection of ['conferences', 'planList', 'enquiries'] as const) {
    for (const id of Object.keys(vault.list(collection))) {
      if (!named.has(id)) {
        out.push({ collection, id, why: 'no audit entry names it', kind: 'record' });
      }
    }
  }
  for (const id of Object.keys(vault.list('team'))) {
    if (!named.has(`cert:${id}`)) {
      out.push({ collection: 'team', id, why: 'no audit entry names this card', kind: 'record' });
    }
  }
  for (const [id, value] of Object.entries(vault.list('documents'))) {
    const meta = (value as DocumentMeta).meta as {
      type?: unknown;
      conferenceId?: unknown;
      version?: unknown;
    } | null;
    const key =
      typeof meta?.conferenceId === 'string' && typeof meta.version === 'number'
        ? `${meta.conferenceId}.v${meta.version}`
        : null;
    if (key === null) {
      continue;
    }
    if (meta?.type === 'signed-version' && !signed.has(key)) {
      out.push({
        collection: 'documents',
        id,
        why: 'a signed version with no "signed" audit entry',
        kind: 'signed-version',
      });
    } else if (meta?.type === 'amendment' && !amended.has(key)) {
      out.push({
        collection: 'documents',
        id,
        why: 'an amendment with no "amended" audit entry',
        kind: 'amendment',
      });
    }
  }
  return out;
}
