// Reports damaged documents by id and conference, each with the newest backup that holds it intact (found by
// opening the backups). Rule source: docs/vault.md ("One damaged document").
import type { Services } from '../../services/create-services';
import type { DamagedDocument } from '../../services/vault/vault-records';
import type { VaultService } from '../../services/vault/vault-service';

/** A backup's time in UK time, e.g. "5 January 2026 at 09:00". */
function ukTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime())
    ? 'an unknown time'
    : at
        .toLocaleString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Europe/London',
        })
        .replace(', ', ' at ');
}

/** One paragraph per damaged document: which it is, its conference, and the backup to restore (or that none has it). */
export async function reportDamaged(
  vault: VaultService,
  damaged: readonly DamagedDocument[],
  err: (text: string) => void,
): Promise<void> {
  for (const d of damaged) {
    const of = d.conferenceId ? ` (conference ${d.conferenceId})` : '';
    const b = await vault.newestBackupWithDocument(d.documentId);
    const fix = b
      ? `The newest backup that has it intact is ${b.id} (${ukTime(b.createdAt)}): icpc backup restore ${b.id}`
      : 'No backup has it intact.';
    err(`The document ${d.documentId}${of} is damaged in the vault file. ${fix}\n`);
  }
}

/**
 * Names each conference, list, signed version and amendment record that fails its check (docs/vault.md, "Records
 * that cannot be read") and says what that means; true when there is any.
 */
export async function reportUnreadRecords(
  services: Services,
  err: (text: string) => void,
): Promise<boolean> {
  const { listServiceFor } = await import('../../services/list/for-services');
  const conferences = services.conferences.overview().unreadable;
  const listUnread = listServiceFor(services).unreadRecords();
  const planRecords = listUnread.planRecords;
  const leftOff = new Set(listUnread.conferences);
  const { unreadableVersionRecords } = await import('../../services/signoff/version-records');
  const versions = unreadableVersionRecords(services.vault);
  for (const id of conferences) {
    // The list checks only the fields it reads (docs/list.md, "Records that cannot be read"), so a record can fail
    // the full check and still be on the list.
    err(
      leftOff.has(id)
        ? `The conference record ${id} could not be read: it is not shown and not on the list.\n`
        : `The conference record ${id} could not be read in full: it is not shown, but the list reads the parts it needs, so its children stay on the list.\n`,
    );
  }
  for (const id of planRecords) {
    err(`The list record ${id} could not be read: the list leaves it out.\n`);
  }
  for (const id of versions) {
    err(
      `The signed version or amendment record ${id} could not be read: its conference cannot be signed or amended until it reads.\n`,
    );
  }
  const n = conferences.length + planRecords.length + versions.length;
  if (n > 0) {
    const listMissing = conferences.filter((id) => leftOff.has(id)).length + planRecords.length;
    const listPart =
      listMissing === 0
        ? ''
        : listMissing === n
          ? ' Until they read, the list says it may be incomplete and no check answers "no".'
          : ` Until the ${listMissing.toLocaleString('en-GB')} the list left out read, the list says it may be incomplete and no check answers "no".`;
    const versionPart =
      versions.length === 0
        ? ''
        : ' Until the signed version and amendment records read, their conferences are neither signed nor amended.';
    err(
      `${n === 1 ? '1 record' : `${n} records`} could not be read. ${n === 1 ? 'It is' : 'They are'} kept unchanged.${listPart}${versionPart} Restore the newest backup that reads (icpc backup list, then icpc backup restore ID), or open the vault with the newer version of the app that wrote them.\n`,
    );
  }
  return n > 0;
}
