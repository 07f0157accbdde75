// Records without their audit entry: every signed version record must have a 'record.signed' entry naming its
// conference and version. `icpc verify` reports any (docs/vault.md, "A record and its audit entry").
import type { VaultRecords } from '../vault/vault-records';

import { MEDIA } from './version-records';

type AuditedVault = Pick<VaultRecords, 'list' | 'auditLog'>;

/** The ids of signed version records that no 'record.signed' audit entry names (conference id and `vN`). */
export function unauditedRecords(vault: AuditedVault): string[] {
  const signed = new Set(
    vault
      .auditLog()
      .filter((e) => e.action === 'record.signed' && e.ids.length >= 2)
      .map((e) => `${e.ids[0]}\u0000${e.ids[1]}`),
  );
  const missing: string[] = [];
  for (const [id, value] of Object.entries(vault.list('documents'))) {
    const doc = value as {
      mediaType?: unknown;
      meta?: { conferenceId?: unknown; version?: unknown };
    };
    if (doc.mediaType !== MEDIA.version) {
      continue;
    }
    const key = `${String(doc.meta?.conferenceId)}\u0000v${String(doc.meta?.version)}`;
    if (!signed.has(key)) {
      missing.push(id);
    }
  }
  return missing.sort();
}
