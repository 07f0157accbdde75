// Signs one document: the visible signature block is rendered into the DOCX and the PDF first, then the PDF
// gets its embedded signature and the DOCX a detached .p7s. Rule source: docs/reliability.md §2.5, §3.6 S2 and S4.
import type { DocModel, DocNode, SignatureInfo } from '../../../../shared/documents/doc-model';
import { contentHash, sha256Hex } from '../canonical';

import { signDetached } from './cms';
import type { SigningIdentity } from './identity';
import { signPdf } from './pdf-sign';

/** What signing one document produces, with the hashes the vault and audit log record. */
export type SignedDocument = {
  signature: SignatureInfo;
  pdf: Uint8Array;
  docx: Uint8Array;
  p7s: Uint8Array;
  sha256: { content: string; pdf: string; docx: string; p7s: string };
};

function fill(nodes: readonly DocNode[], signature: SignatureInfo): DocNode[] {
  return nodes.map((n) => (n.kind === 'signature' ? { kind: 'signature', signature } : n));
}

/** The document with its signature block filled in (a block is added at the end when it has none). */
export function withSignature(doc: DocModel, signature: SignatureInfo): DocModel {
  const has = doc.body.some((n) => n.kind === 'signature');
  const body = has
    ? fill(doc.body, signature)
    : [...doc.body, { kind: 'signature' as const, signature }];
  return { ...doc, meta: { ...doc.meta, version: signature.version }, body };
}

/** The two renderings of a document with its visible signature block, before any signature is applied. */
export type RenderedDocument = { pdf: Uint8Array; docx: Uint8Array; contentSha256: string };

/** The visible signature block a document carries when `identity`'s holder signs it. */
export function signatureInfo(
  identity: Pick<SigningIdentity, 'name' | 'fingerprint'>,
  options: { role: string; version: number; signedAt: Date },
): SignatureInfo {
  return {
    name: identity.name,
    role: options.role,
    signedAt: options.signedAt.toISOString(),
    fingerprint: identity.fingerprint,
    version: options.version,
  };
}

/** Renders the DOCX and the PDF of a document with its visible signature block filled in. No key is used. */
export async function renderForSigning(
  doc: DocModel,
  signature: SignatureInfo,
  signedAt: Date,
): Promise<RenderedDocument> {
  const signedDoc = withSignature(doc, signature);
  // pdfmake and docx load with the first document, not with the services: together they are about 220 ms of
  // every start of the app, the browser shell and the CLI's vault commands (shell.start_ms).
  const [{ renderPdf }, { renderDocx }] = await Promise.all([
    import('../pdf-renderer'),
    import('../docx-renderer'),
  ]);
  const [pdf, docx] = await Promise.all([renderPdf(signedDoc, signedAt), renderDocx(signedDoc)]);
  return {
    pdf,
    docx,
    contentSha256: contentHash({
      ...signedDoc,
      frame: { ...signedDoc.frame, logoPng: undefined },
    }),
  };
}

/** The reason a PDF signature states. */
export const signReason = (title: string, version: number): string =>
  `Approved by the chair: ${title}, version ${version}`;

/** Signs rendered bytes: the PDF gets its embedded signature (adbe.pkcs7.detached), the DOCX a detached .p7s. */
export async function sealRendered(
  rendered: { pdf: Uint8Array; docx: Uint8Array },
  identity: SigningIdentity,
  options: { signedAt: Date; reason: string },
): Promise<{ pdf: Uint8Array; p7s: Uint8Array }> {
  const pdf = await signPdf(rendered.pdf, identity, {
    signingTime: options.signedAt,
    reason: options.reason,
  });
  return { pdf, p7s: signDetached(rendered.docx, identity, options.signedAt) };
}

/**
 * Signs a document as version `version` at `signedAt` by the identity's holder in `role`: renders the DOCX and
 * PDF with the visible block, signs the PDF (adbe.pkcs7.detached) and the DOCX bytes (.p7s).
 */
export async function signDocument(
  doc: DocModel,
  identity: SigningIdentity,
  options: { role: string; version: number; signedAt: Date },
): Promise<SignedDocument> {
  const signature = signatureInfo(identity, options);
  const rendered = await renderForSigning(doc, signature, options.signedAt);
  const sealed = await sealRendered(rendered, identity, {
    signedAt: options.signedAt,
    reason: signReason(doc.title, options.version),
  });
  return {
    signature,
    pdf: sealed.pdf,
    docx: rendered.docx,
    p7s: sealed.p7s,
    sha256: {
      content: rendered.contentSha256,
      pdf: sha256Hex(sealed.pdf),
      docx: sha256Hex(rendered.docx),
      p7s: sha256Hex(sealed.p7s),
    },
  };
}
