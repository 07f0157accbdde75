// Which bytes a Print button prints: the signed PDF of one version exactly as stored in the vault (never a
// re-rendering), or, on the sign-off page, the draft PDF of one document (DRAFT on every page). Rule source:
// docs/reliability.md §2.5 (the record as signed), §2.2 (bytes stay in memory).
import type { ConferenceId } from '../../../shared/domain/ids';
import type { Input } from '../../../shared/ipc/contract';
import { AppFailure } from '../../../shared/ipc/result';
import type { PrintableFile } from '../ports';

import { draftFile } from './draft-preview';
import type { SignOffDeps } from './sign-off';
import { readRecords, toVersions } from './version-records';

type PrintDeps = Pick<SignOffDeps, 'vault' | 'conferences' | 'config'>;

const NOT_THERE =
  'That document is not a PDF of this version. Open the documents page again and choose Print there.';

/** The PDF a print request names, checked against the conference's own versions. */
export async function printableFile(
  deps: PrintDeps,
  input: Input<'documents.print'> | Input<'documents.printDraft'>,
): Promise<PrintableFile> {
  if ('stem' in input) {
    const draft = await draftFile(deps, input.conferenceId as ConferenceId, input.stem, 'pdf');
    return { fileName: draft.fileName, bytes: Buffer.from(draft.base64, 'base64') };
  }
  const versions = toVersions(readRecords(deps.vault, input.conferenceId as ConferenceId));
  const file = versions
    .find((v) => v.version === input.version)
    ?.files.find((f) => f.id === input.documentId);
  if (!file || file.format !== 'pdf') {
    throw new AppFailure('NOT_FOUND', NOT_THERE);
  }
  return { fileName: file.fileName, bytes: await deps.vault.readDocument(file.id) };
}
