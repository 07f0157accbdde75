// The vault's data built from a verified scan: every record, document reference and the audit chain checked.
// Rule source: docs/reliability.md §2.3 (read() returns only verified data), docs/vault.md.
import { AppFailure } from '../../../shared/ipc/result';

import { verifyAudit } from './audit';
import type { AuditEntry } from './audit';
import type { ScanResult } from './journal-scan';
import { deepFreeze, parseSafeJson } from './safe-json';
import type { DocumentMeta, VaultData } from './vault-data';
import { emptyVaultData, isCollection, isRecordId } from './vault-data';

const corrupt = (why: string): AppFailure =>
  new AppFailure(
    'CORRUPT',
    `The vault holds data this app cannot accept (${why}). Restore a backup.`,
  );

/** Builds VaultData from decrypted payloads; every record, document reference and the audit chain is checked. */
export function buildData(scan: ScanResult): VaultData {
  const data = emptyVaultData();
  for (const { plain } of scan.records) {
    const r = parseSafeJson(plain) as { c?: unknown; i?: unknown; v?: unknown } | null;
    if (
      typeof r !== 'object' ||
      r === null ||
      !isCollection(r.c) ||
      !isRecordId(r.i) ||
      !('v' in r)
    ) {
      throw corrupt('a record has no valid collection or id');
    }
    data[r.c][r.i] = deepFreeze(r.v as VaultData['settings'][string]);
  }
  data.audit = scan.audit.map((plain) => deepFreeze(parseSafeJson(plain) as AuditEntry));
  if (!verifyAudit(data.audit).ok) {
    throw corrupt('the audit log chain is broken');
  }
  for (const meta of Object.values(data.documents)) {
    const blobId = (meta as Partial<DocumentMeta> | null)?.blobId;
    if (typeof blobId !== 'string' || !scan.blobs.has(blobId)) {
      throw corrupt('a document refers to bytes that are not in the file');
    }
  }
  return data;
}
