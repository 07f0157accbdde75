// Which documents are drafts, and what a draft prints on every page. One rule for both renderers: a document is a
// draft unless it carries a filled signature block. Signing always fills one (withSignature in the signing
// service), so a signed document never reads DRAFT and anything rendered before sign-off always does.
// Rule source: docs/reliability.md §2.5 (a record is signed once, frozen; drafts must not pass for signed records).
import type { DocModel } from './doc-model';

/** The mark a draft carries in the header of every page (PDF and DOCX). */
export const DRAFT_HEADER = 'DRAFT: not signed off';

/** The diagonal watermark on every page of a draft PDF. */
export const DRAFT_WATERMARK = 'DRAFT';

/** True unless the document carries a filled signature block. */
export function isDraft(doc: Pick<DocModel, 'body'>): boolean {
  return !doc.body.some((n) => n.kind === 'signature' && n.signature !== null);
}
