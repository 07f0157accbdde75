// Produces the signed files of one version: every document of the set (record, plans, letter, restricted annex,
// family copies) as a signed PDF, a DOCX and its detached .p7s, each with its copy type and SHA-256.
// Rule source: domain.md §9.4, §4.3 (copies); reliability.md §2.5, §3.6 S1, S2, S4; issue 6 items 1 to 3.
import type { DocumentSet, NamedDocument } from '../../../shared/documents/document-set';
import type {
  CopyKind,
  FileFormat,
  PlannedDocument,
} from '../../../shared/ipc/contracts/documents-shapes';
import type { SigningIdentity } from '../documents/sign/identity';
import { signDocument } from '../documents/sign/sign-document';

import { MEDIA } from './version-records';

/** One signed file, in memory until the sign-off stores it in the vault. */
export type ProducedFile = {
  fileName: string;
  title: string;
  format: FileFormat;
  mediaType: string;
  copy: CopyKind;
  copyFor?: string;
  bytes: Uint8Array;
  sha256: string;
};

/** What a named document is: professional copy, a family member's copy, or the restricted annex. */
export function plannedDocument({ name, doc }: NamedDocument): PlannedDocument {
  const audience = doc.meta.audience;
  const title = doc.subtitle ? `${doc.title}: ${doc.subtitle}` : doc.title;
  if (audience.kind === 'family') {
    return { stem: name, title, copy: 'family', copyFor: audience.name };
  }
  return {
    stem: name,
    title,
    copy: doc.kind === 'restricted-annex' ? 'restricted' : 'professional',
  };
}

/** The documents a sign-off will produce, in set order. */
export function planDocuments(set: DocumentSet): PlannedDocument[] {
  return set.documents.map(plannedDocument);
}

/**
 * Signs every document of the set as version `version` and returns the files (PDF, DOCX, DOCX.p7s per
 * document). `onDocument(done, total)` is called after each document, for a progress bar.
 */
export async function produceSignedFiles(
  set: DocumentSet,
  identity: SigningIdentity,
  options: { role: string; version: number; signedAt: Date },
  onDocument: (done: number, total: number) => void = () => undefined,
): Promise<ProducedFile[]> {
  const files: ProducedFile[] = [];
  let done = 0;
  for (const named of set.documents) {
    const planned = plannedDocument(named);
    const signed = await signDocument(named.doc, identity, options);
    const common = {
      title: planned.title,
      copy: planned.copy,
      ...(planned.copyFor === undefined ? {} : { copyFor: planned.copyFor }),
    };
    files.push(
      {
        ...common,
        fileName: `${named.name}.pdf`,
        format: 'pdf',
        mediaType: MEDIA.pdf,
        bytes: signed.pdf,
        sha256: signed.sha256.pdf,
      },
      {
        ...common,
        fileName: `${named.name}.docx`,
        format: 'docx',
        mediaType: MEDIA.docx,
        bytes: signed.docx,
        sha256: signed.sha256.docx,
      },
      {
        ...common,
        fileName: `${named.name}.docx.p7s`,
        format: 'p7s',
        mediaType: MEDIA.p7s,
        bytes: signed.p7s,
        sha256: signed.sha256.p7s,
      },
    );
    done += 1;
    onDocument(done, set.documents.length);
  }
  return files;
}
