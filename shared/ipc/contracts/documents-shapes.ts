// Shapes the documents.* channels return: signed versions, their files, the distribution list, the chair's
// certificate and a verification verdict. Rule source: docs/reliability.md §2.5 (app model: version n frozen, amendment
// n+1 with the previous hash), §3.6 S1; docs/domain.md §4.3 (distribution with copy types).
import { z } from 'zod';

import { CopyTypeSchema, SectionKeySchema } from '../../domain/household';
import { ConferenceIdSchema } from '../../domain/ids';

/** Id of a record or document in the vault: letters, digits and . _ : - only. */
export const VaultDocumentIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9._:-]+$/, 'Document ids use letters, digits and . _ : - only');

/** Bytes carried as base64 (about 7 MB of file at most; the web shell refuses larger bodies anyway). */
export const Base64Schema = z
  .string()
  .max(9_500_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64');

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** Which copy a document is: the professional copy, a family member's copy, or the restricted annex. */
export const CopyKindSchema = z.enum(['professional', 'family', 'restricted']);
export type CopyKind = z.infer<typeof CopyKindSchema>;

export const FileFormatSchema = z.enum(['pdf', 'docx', 'p7s']);
export type FileFormat = z.infer<typeof FileFormatSchema>;

/** One document of the set, as the sign-off screen lists it before signing. */
export const PlannedDocumentSchema = z.strictObject({
  stem: z.string(),
  title: z.string(),
  copy: CopyKindSchema,
  /** The family member a family copy is for. */
  copyFor: z.string().optional(),
});
export type PlannedDocument = z.infer<typeof PlannedDocumentSchema>;

/** One stored file of a signed version. */
export const SignedFileSchema = z.strictObject({
  id: VaultDocumentIdSchema,
  fileName: z.string(),
  title: z.string(),
  format: FileFormatSchema,
  copy: CopyKindSchema,
  copyFor: z.string().optional(),
  sha256: Sha256Schema,
  size: z.number().int().nonnegative(),
});
export type SignedFile = z.infer<typeof SignedFileSchema>;

/** One recipient on the distribution list, with the copy they get. */
export const DistributionRowSchema = z.strictObject({
  name: z.string(),
  role: z.string(),
  kind: z.enum(['family', 'professional', 'other']),
  copyType: CopyTypeSchema,
  excludedSections: z.union([z.array(SectionKeySchema), z.literal('whole')]),
  /** What this recipient's copy really leaves out, one plain-English line each (copy-omissions.ts). */
  leftOut: z.array(z.string()).optional(),
});
export type DistributionRow = z.infer<typeof DistributionRowSchema>;

/** Why and by whom a version was reopened after the one before it was signed. */
export const AmendmentSchema = z.strictObject({
  reason: z.string(),
  requestedBy: z.string(),
  approvedBy: z.string(),
  amendedAt: z.iso.datetime(),
  previousVersion: z.number().int().min(1),
  previousRecordSha256: Sha256Schema,
});
export type Amendment = z.infer<typeof AmendmentSchema>;

/** One version of a conference's record: signed (frozen) or open for amendment. */
export const VersionSchema = z.strictObject({
  version: z.number().int().min(1),
  state: z.enum(['signed', 'open']),
  signedAt: z.iso.datetime().optional(),
  signedBy: z.string().optional(),
  role: z.string().optional(),
  certificateFingerprint: z.string().optional(),
  /** SHA-256 of the canonical JSON of the conference as signed. */
  contentSha256: Sha256Schema.optional(),
  /** SHA-256 of the canonical version record (content hash, every file hash, distribution, amendment). */
  recordSha256: Sha256Schema.optional(),
  amendment: AmendmentSchema.optional(),
  files: z.array(SignedFileSchema),
  distribution: z.array(DistributionRowSchema),
});
export type Version = z.infer<typeof VersionSchema>;

/** The chair's signing certificate kept in the vault. */
export const CertificateInfoSchema = z.strictObject({
  kind: z.enum(['self-signed', 'imported']),
  name: z.string(),
  fingerprint: z.string(),
  validTo: z.iso.datetime(),
});
export type CertificateInfo = z.infer<typeof CertificateInfoSchema>;

/** What checking a signed file found, in words a person can act on. */
export const VerifyOutputSchema = z.strictObject({
  kind: z.enum(['pdf', 'docx']),
  verdict: z.enum(['intact', 'changed', 'appended', 'unsigned']),
  /** One or two plain-English sentences. */
  summary: z.string(),
  signedBy: z.string(),
  signedAt: z.iso.datetime().nullable(),
  /** "6 January 2026 at 9:30am (UK time)". */
  signedAtText: z.string().nullable(),
  fingerprint: z.string().nullable(),
  version: z.number().int().nullable(),
  /** The certificate is the chair certificate this vault holds (null when the vault is locked). */
  thisAppsCertificate: z.boolean().nullable(),
  /** The exact bytes are a file stored in this vault (null when they are not, or the vault is locked). */
  match: z
    .strictObject({
      conferenceId: ConferenceIdSchema,
      version: z.number().int(),
      fileName: z.string(),
    })
    .nullable(),
});
export type VerifyOutput = z.infer<typeof VerifyOutputSchema>;

/** A file handed to the renderer for a browser download. */
export const DownloadFileSchema = z.strictObject({
  fileName: z.string(),
  mediaType: z.string(),
  base64: z.string(),
  sha256: Sha256Schema,
});
export type DownloadFile = z.infer<typeof DownloadFileSchema>;
