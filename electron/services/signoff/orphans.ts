// Signed files without their version record: what a sign-off killed before this version of the app stored its
// files one commit at a time could leave. Since files, version record and audit entry land in one commit
// (docs/vault.md, "A record and its audit entry"), none can arise now; those already in a file are removed at the next
// unlock, and the removal is audited.
import type { ConferenceId } from '../../../shared/domain/ids';
import type { VaultRecords } from '../vault/vault-records';
import type { DocumentMeta } from '../vault/vault-data';

import { recordIds } from './version-records';

/** Ids per audit entry (the audit entry's own limit is 20 ids). */
const IDS_PER_ENTRY = 19;

type OrphanVault = Pick<VaultRecords, 'list' | 'commit'>;

/** The ids of signed files whose version record is not in the vault. */
export function orphanDocuments(vault: Pick<VaultRecords, 'list'>): string[] {
  const documents = vault.list('documents');
  const orphans: string[] = [];
  for (const [id, value] of Object.entries(documents)) {
    const meta = (value as DocumentMeta).meta as {
      type?: unknown;
      conferenceId?: unknown;
      version?: unknown;
    } | null;
    if (
      meta?.type === 'signed-file' &&
      typeof meta.conferenceId === 'string' &&
      typeof meta.version === 'number' &&
      !Object.prototype.hasOwnProperty.call(
        documents,
        recordIds.version(meta.conferenceId as ConferenceId, meta.version),
      )
    ) {
      orphans.push(id);
    }
  }
  return orphans.sort();
}

/** Removes every orphan signed file in one commit with its audit entries; returns their ids. */
export async function sweepOrphanDocuments(vault: OrphanVault): Promise<string[]> {
  const orphans = orphanDocuments(vault);
  if (orphans.length === 0) {
    return [];
  }
  const audit = [];
  for (let i = 0; i < orphans.length; i += IDS_PER_ENTRY) {
    audit.push({
      actor: 'app',
      action: 'documents.orphans-removed',
      ids: orphans.slice(i, i + IDS_PER_ENTRY),
    });
  }
  await vault.commit({
    remove: orphans.map((id) => ({ collection: 'documents' as const, id })),
    audit,
  });
  return orphans;
}
