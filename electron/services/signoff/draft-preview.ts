// What the chair looks at before signing: one document of the set as it would be signed now, rendered as a draft
// (DRAFT on every page: shared/documents/draft-mark.ts), and the check that the chair has looked at every
// document before the record is signed, with an audit entry saying so. Rule source: docs/reliability.md §2.5
// (the chair approves the record as signed); docs/domain.md §9.4 (documents), §4.3 (copies).
import type { ConferenceId } from '../../../shared/domain/ids';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { DocumentSet } from '../../../shared/documents/document-set';
import type { DownloadFile } from '../../../shared/ipc/contracts/documents-shapes';
import { AppFailure } from '../../../shared/ipc/result';
import { sha256Hex } from '../documents/canonical';
import { documentPool } from '../documents/worker/pool';

import type { SignOffDeps } from './sign-off';
import { plannedDocument } from './produce';
import { MEDIA, currentVersion, readRecords } from './version-records';

type DraftDeps = Pick<SignOffDeps, 'vault' | 'conferences' | 'config' | 'pool'>;

/** The document set a sign-off would produce now (same version number as the sign-off would give it). */
function currentSet(deps: DraftDeps, conferenceId: ConferenceId): DocumentSet {
  const stored = deps.conferences.get(conferenceId);
  const version = currentVersion(readRecords(deps.vault, conferenceId));
  return buildDocumentSet(stored.conference, deps.config(), { version });
}

/** One document of the current set as an unsigned draft, PDF or DOCX. NOT_FOUND for a stem not in the set. */
export async function draftFile(
  deps: DraftDeps,
  conferenceId: ConferenceId,
  stem: string,
  format: 'pdf' | 'docx',
): Promise<DownloadFile> {
  const named = currentSet(deps, conferenceId).documents.find((d) => d.name === stem);
  if (!named) {
    throw new AppFailure(
      'NOT_FOUND',
      'That document is no longer in the set the sign-off will produce. Open the sign-off page again.',
    );
  }
  // No signature block is filled in, so both renderings carry the DRAFT mark. Rendered in the document workers
  // (in this thread where there are none), so the main process keeps answering while the chair pages through.
  const { bytes } = await (deps.pool ?? documentPool()).run('draft', { doc: named.doc, format });
  return {
    fileName: `DRAFT-${named.name}.${format}`,
    mediaType: MEDIA[format],
    base64: Buffer.from(bytes).toString('base64'),
    sha256: sha256Hex(bytes),
  };
}

/** The stems of the documents a sign-off would produce now. */
export function documentStems(deps: DraftDeps, conferenceId: ConferenceId): string[] {
  return currentSet(deps, conferenceId).documents.map((d) => d.name);
}

/** Titles of the documents the chair has not said they looked at (empty when every one is confirmed). */
export function notLookedAt(set: DocumentSet, lookedAt: readonly string[]): string[] {
  const seen = new Set(lookedAt);
  return set.documents.filter((d) => !seen.has(d.name)).map((d) => plannedDocument(d).title);
}

/**
 * Refuses a sign-off (BAD_INPUT) unless `lookedAt` names every document of the set a sign-off would produce now,
 * and returns how many there are.
 */
export function requireLookedAtAll(
  deps: DraftDeps,
  conferenceId: ConferenceId,
  lookedAt: readonly string[],
): number {
  const set = currentSet(deps, conferenceId);
  const missing = notLookedAt(set, lookedAt);
  if (missing.length > 0) {
    const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
    throw new AppFailure(
      'BAD_INPUT',
      `Look at every document before signing. Not looked at yet: ${missing.slice(0, 3).join('; ')}${more}.`,
    );
  }
  return set.documents.length;
}
