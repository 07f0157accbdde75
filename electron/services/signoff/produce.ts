// Produces the signed files of one version: every document of the set (record, plans, letter, restricted annex,
// family copies) as a signed PDF, a DOCX and its detached .p7s, each with its copy type and SHA-256.
// Rule source: docs/domain.md §9.4, §4.3 (copies); docs/reliability.md §2.5, §3.6 S1, S2, S4.
import type { DocumentSet, NamedDocument } from '../../../shared/documents/document-set';
import type {
  CopyKind,
  FileFormat,
  PlannedDocument,
} from '../../../shared/ipc/contracts/documents-shapes';
import { sha256Hex } from '../documents/canonical';
import { signReason, signatureInfo } from '../documents/sign/sign-document';
import type { DocWorkerPool } from '../documents/worker/pool';

import type { ChairKey } from './chair-identity';

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

/** How the documents are made: the worker pool and the signer (key material stays unopened until sealing). */
export type ProduceOptions = {
  pool: DocWorkerPool;
  signer: Promise<ChairKey>;
  /** Resolves once the chair's passphrase is confirmed: nothing is sealed before it. */
  confirmed: Promise<void>;
  role: string;
  version: number;
  signedAt: Date;
};

async function produceOne(named: NamedDocument, options: ProduceOptions): Promise<ProducedFile[]> {
  const { pool, version, signedAt } = options;
  const signer = await options.signer;
  const signature = signatureInfo(signer, options);
  const rendered = await pool.run('render', {
    doc: named.doc,
    signature,
    signedAt: signedAt.toISOString(),
  });
  await options.confirmed;
  const sealed = await pool.run('seal', {
    pdf: rendered.pdf,
    docx: rendered.docx,
    key: signer.key,
    signedAt: signedAt.toISOString(),
    reason: signReason(named.doc.title, version),
  });
  const planned = plannedDocument(named);
  const common = {
    title: planned.title,
    copy: planned.copy,
    ...(planned.copyFor === undefined ? {} : { copyFor: planned.copyFor }),
  };
  const file = (format: FileFormat, fileName: string, bytes: Uint8Array): ProducedFile => ({
    ...common,
    fileName,
    format,
    mediaType: MEDIA[format],
    bytes,
    sha256: sha256Hex(bytes),
  });
  return [
    file('pdf', `${named.name}.pdf`, sealed.pdf),
    file('docx', `${named.name}.docx`, rendered.docx),
    file('p7s', `${named.name}.docx.p7s`, sealed.p7s),
  ];
}

/**
 * Signs every document of the set as version `version` and returns the files (PDF, DOCX, DOCX.p7s per document)
 * in set order. Documents render in the pool as soon as the signer is known; each is sealed once the passphrase
 * is confirmed. `onDocument(done, total)` is called as each document is finished, for the progress bar.
 */
export async function produceSignedFiles(
  set: DocumentSet,
  options: ProduceOptions,
  onDocument: (done: number, total: number) => void = () => undefined,
): Promise<ProducedFile[]> {
  let done = 0;
  const total = set.documents.length;
  const results = await Promise.allSettled(
    set.documents.map(async (named) => {
      const files = await produceOne(named, options);
      done += 1;
      onDocument(done, total);
      return files;
    }),
  );
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    throw failed.reason;
  }
  return results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
}
