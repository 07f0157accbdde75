// The document service behind the documents.* channels: what a sign-off will produce, sign-off, versions, reading
// exporting and printing signed files, amendments, verifying a file, importing the chair's certificate.
// Rule source: docs/reliability.md §2.5, §3.6; docs/domain.md §9.4, §4.3.
import { leftOutChildrenNamed } from '../../../shared/documents/copy-names';
import type { ConferenceId } from '../../../shared/domain/ids';
import { validateConference } from '../../../shared/domain/validation';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { Input, Output } from '../../../shared/ipc/contract';
import type { VerifyOutput } from '../../../shared/ipc/contracts/documents-shapes';
import { documentPool } from '../documents/worker/pool';
import { AppFailure } from '../../../shared/ipc/result';
import type { DialogPort, PrintOutcome, PrintPort } from '../ports';

import { certificateInfo, importCertificate } from './chair-identity';
import { distributionRows } from './distribution-rows';
import { documentStems, draftFile, requireLookedAtAll } from './draft-preview';
import { exportFiles, readSignedFile } from './export-files';
import { printableFile } from './printable';
import { planDocuments } from './produce';
import { amend, signOff } from './sign-off';
import type { SignOffDeps } from './sign-off';
import { currentVersion, readRecords, toVersions } from './version-records';
import { verifyFile } from './verify-file';

export type SignoffServiceDeps = SignOffDeps & { dialogs?: DialogPort; printer?: PrintPort };

export type SignoffService = ReturnType<typeof createSignoffService>;

const fromBase64 = (b64: string): Buffer => Buffer.from(b64, 'base64');

export function createSignoffService(deps: SignoffServiceDeps) {
  return {
    /** The documents a sign-off would produce now, the distribution list, the blockers and the certificate. */
    preview(conferenceId: ConferenceId): Output<'documents.preview'> {
      // The sign-off screen opens with this preview: start the document workers so Sign does not wait for them.
      (deps.pool ?? documentPool()).warm();
      const stored = deps.conferences.get(conferenceId);
      const records = readRecords(deps.vault, conferenceId);
      const version = currentVersion(records);
      const findings = validateConference(
        stored.conference,
        deps.config(),
        deps.clock.now().toISOString().slice(0, 10),
      );
      const set = buildDocumentSet(stored.conference, deps.config(), { version });
      return {
        status: stored.status,
        version,
        blockers: findings.filter((f) => f.severity === 'blocks-sign-off'),
        warnings: findings.filter((f) => f.severity === 'warning'),
        documents: planDocuments(set),
        distribution: distributionRows(set),
        namedLeftOut: leftOutChildrenNamed(stored.conference, set),
        certificate: certificateInfo(deps.vault),
        unreadableVersions: records.unreadable.length,
      };
    },

    /**
     * Signs off. `lookedAt` must name every document the sign-off will produce (the sign-off screen sends the ones
     * the chair ticked; the CLI its --looked-at list), and the audit records that the chair looked at each one
     * (./draft-preview.ts). No caller can sign without it.
     */
    async signOff(
      conferenceId: ConferenceId,
      passphrase: string,
      role: string | undefined,
      lookedAt: readonly string[],
    ) {
      const count = requireLookedAtAll(deps, conferenceId, lookedAt);
      return signOff(deps, conferenceId, passphrase, role, count);
    },

    /** The names (stems) of the documents a sign-off would produce now: what the chair must look at. */
    documentStems(conferenceId: ConferenceId): string[] {
      return documentStems(deps, conferenceId);
    },

    /** One document as it would be signed now, as an unsigned draft marked DRAFT on every page. */
    draft: (conferenceId: ConferenceId, stem: string, format: 'pdf' | 'docx') =>
      draftFile(deps, conferenceId, stem, format),

    amend: (conferenceId: ConferenceId, reason: string, requestedBy?: string) =>
      amend(deps, conferenceId, reason, requestedBy),

    /** Every version, newest first, with its files and hashes. */
    listVersions(conferenceId: ConferenceId): Output<'documents.listVersions'> {
      const stored = deps.conferences.get(conferenceId);
      const records = readRecords(deps.vault, conferenceId);
      return {
        status: stored.status,
        versions: toVersions(records),
        unreadableVersions: records.unreadable.length,
      };
    },

    read: (documentId: string) => readSignedFile(deps.vault, documentId),

    export: (documentIds: readonly string[], folderName?: string) =>
      exportFiles(deps.vault, deps.dialogs, documentIds, folderName),

    /** Prints a signed PDF as stored, or a draft PDF, through the shell's printer (./printable.ts). */
    async print(
      input: Input<'documents.print'> | Input<'documents.printDraft'>,
    ): Promise<PrintOutcome> {
      if (!deps.printer) {
        throw new AppFailure('BAD_INPUT', 'Printing is only possible from the app window.');
      }
      return deps.printer.print(await printableFile(deps, input));
    },

    verify(input: { base64: string; p7sBase64?: string | undefined }): VerifyOutput {
      return verifyFile(
        deps.vault,
        fromBase64(input.base64),
        input.p7sBase64 === undefined ? undefined : fromBase64(input.p7sBase64),
      );
    },

    importCertificate: (base64: string, password: string) =>
      importCertificate(deps.vault, fromBase64(base64), password, deps.clock.now()),
  };
}
