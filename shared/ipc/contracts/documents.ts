// Contract of the documents.* channels: preview the documents a sign-off produces, sign off (vault passphrase),
// list versions, read one file, amend, verify a signed file, export to a folder, print a PDF, import the chair's
// PKCS#12.
// Rule source: docs/architecture.md §3.4; docs/reliability.md §2.5, §3.6.
import { z } from 'zod';

import { ConferenceIdSchema } from '../../domain/ids';
import { RULE_IDS } from '../../domain/rules/finding';

import { ConferenceStatusSchema } from './conference';
import {
  Base64Schema,
  CertificateInfoSchema,
  DistributionRowSchema,
  DownloadFileSchema,
  PlannedDocumentSchema,
  Sha256Schema,
  VaultDocumentIdSchema,
  VerifyOutputSchema,
  VersionSchema,
} from './documents-shapes';

const FindingSchema = z.strictObject({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(['blocks-sign-off', 'warning']),
  message: z.string(),
  path: z.string(),
});
const PassphraseSchema = z.string().min(1).max(1024);
const ByConference = z.strictObject({ conferenceId: ConferenceIdSchema });
const PrintOutputSchema = z.discriminatedUnion('kind', [
  /** Desktop: the system print dialog was shown and the document sent to the printer. */
  z.strictObject({ kind: z.literal('printed') }),
  z.strictObject({ kind: z.literal('cancelled') }),
  /** Browser shell: a one-time same-origin address of the PDF for the page to load in a frame and print. */
  z.strictObject({ kind: z.literal('open'), path: z.string().max(200) }),
]);

export const documentsContract = {
  'documents.preview': {
    input: ByConference,
    output: z.strictObject({
      status: ConferenceStatusSchema,
      /** The version a sign-off now would freeze (the latest signed one when already signed). */
      version: z.number().int().min(1),
      blockers: z.array(FindingSchema),
      warnings: z.array(FindingSchema),
      documents: z.array(PlannedDocumentSchema),
      distribution: z.array(DistributionRowSchema),
      /** Children left out of a family copy but still named in its shared text (shared/documents/copy-names.ts). */
      namedLeftOut: z.array(
        z.strictObject({ member: z.string(), child: z.string(), excerpt: z.string() }),
      ),
      certificate: CertificateInfoSchema.nullable(),
      /** Version and amendment records that fail their check: while any, the record is not signed or amended. */
      unreadableVersions: z.number().int().nonnegative(),
    }),
  },
  'documents.signOff': {
    input: z.strictObject({
      conferenceId: ConferenceIdSchema,
      passphrase: PassphraseSchema,
      role: z.string().trim().min(1).max(200).optional(),
      /** The documents (by stem) the chair confirmed looking at: it must name every one. */
      lookedAt: z.array(z.string().min(1).max(300)).max(500),
    }),
    output: z.strictObject({
      version: z.number().int().min(1),
      signedAt: z.iso.datetime(),
      contentSha256: Sha256Schema,
      recordSha256: Sha256Schema,
      fileCount: z.number().int().min(1),
    }),
  },
  'documents.draft': {
    input: z.strictObject({
      conferenceId: ConferenceIdSchema,
      stem: z.string().min(1).max(300),
      format: z.enum(['pdf', 'docx']),
    }),
    output: DownloadFileSchema,
  },
  'documents.listVersions': {
    input: ByConference,
    output: z.strictObject({
      status: ConferenceStatusSchema,
      versions: z.array(VersionSchema),
      /** Version and amendment records that fail their check, so are not in `versions` (docs/vault.md). */
      unreadableVersions: z.number().int().nonnegative(),
    }),
  },
  'documents.read': {
    input: z.strictObject({ documentId: VaultDocumentIdSchema }),
    output: DownloadFileSchema,
  },
  'documents.amend': {
    input: z.strictObject({
      conferenceId: ConferenceIdSchema,
      reason: z.string().trim().min(1, 'Give the reason for the amendment.').max(2000),
      requestedBy: z.string().trim().max(200).optional(),
    }),
    output: z.strictObject({
      version: z.number().int().min(2),
      previousRecordSha256: Sha256Schema,
    }),
  },
  'documents.verify': {
    input: z.strictObject({
      fileName: z.string().min(1).max(255),
      base64: Base64Schema,
      /** The detached signature of a DOCX. */
      p7sBase64: Base64Schema.optional(),
    }),
    output: VerifyOutputSchema,
  },
  'documents.export': {
    input: z.strictObject({
      documentIds: z.array(VaultDocumentIdSchema).min(1).max(300),
      /** Desktop: put the files in one new folder of this name inside the folder picked. */
      folderName: z.string().min(1).max(120).optional(),
    }),
    output: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('saved'),
        folder: z.string(),
        fileNames: z.array(z.string()),
      }),
      z.strictObject({ kind: z.literal('cancelled') }),
      z.strictObject({ kind: z.literal('download'), files: z.array(DownloadFileSchema) }),
    ]),
  },
  'documents.print': {
    // One signed PDF of a version, the exact bytes signed (never rendered again).
    input: z.strictObject({
      conferenceId: ConferenceIdSchema,
      version: z.number().int().min(1),
      documentId: VaultDocumentIdSchema,
    }),
    output: PrintOutputSchema,
  },
  'documents.printDraft': {
    // The draft PDF of one document on the sign-off page (DRAFT on every page).
    input: z.strictObject({ conferenceId: ConferenceIdSchema, stem: z.string().min(1).max(300) }),
    output: PrintOutputSchema,
  },
  'documents.importCertificate': {
    input: z.strictObject({
      base64: Base64Schema.max(200_000),
      password: z.string().max(1024),
    }),
    output: CertificateInfoSchema,
  },
} as const;
