// Signs one document: the visible signature block is rendered into the DOCX and the PDF first, then the PDF
// gets its embedded signature and the DOCX a detached .p7s. Rule source: reliability.md §2.5, §3.6 S2 and S4.
import type { DocModel, DocNode, SignatureInfo } from '../../../../shared/documents/doc-model';
import { contentHash, sha256Hex } from '../canonical';
import { renderDocx } from '../docx-renderer';
import { renderPdf } from '../pdf-renderer';

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

/**
 * Signs a document as version `version` at `signedAt` by the identity's holder in `role`: renders the DOCX and
 * PDF with the visible block, signs the PDF (adbe.pkcs7.detached) and the DOCX bytes (.p7s).
 */
export async function signDocument(
  doc: DocModel,
  identity: SigningIdentity,
  options: { role: string; version: number; signedAt: Date },
): Promise<SignedDocument> {
  const signature: SignatureInfo = {
    name: identity.name,
    role: options.role,
    signedAt: options.signedAt.toISOString(),
    fingerprint: identity.fingerprint,
    version: options.version,
  };
  const signedDoc = withSignature(doc, signature);
  const [unsignedPdf, docx] = await Promise.all([
    renderPdf(signedDoc, options.signedAt),
    renderDocx(signedDoc),
  ]);
  const pdf = await signPdf(unsignedPdf, identity, {
    signingTime: options.signedAt,
    reason: `Approved by the chair: ${doc.title}, version ${options.version}`,
  });
  const p7s = signDetached(docx, identity, options.signedAt);
  return {
    signature,
    pdf,
    docx,
    p7s,
    sha256: {
      content: contentHash({ ...signedDoc, frame: { ...signedDoc.frame, logoPng: undefined } }),
      pdf: sha256Hex(pdf),
      docx: sha256Hex(docx),
      p7s: sha256Hex(p7s),
    },
  };
}
