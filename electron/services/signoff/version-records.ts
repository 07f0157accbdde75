// How signed versions live in the vault: every file is an immutable document blob; a signed version is a blob
// holding the canonical JSON of the conference as signed, with the version record (hashes of the content and of
// every file, signer, time, distribution, amendment) as its metadata; an amendment is a small record of its own.
// Rule source: docs/reliability.md §2.5 (app model), §3.6 S1.
import { createHash } from 'node:crypto';

import { z } from 'zod';

import { ConferenceIdSchema } from '../../../shared/domain/ids';
import type { ConferenceId } from '../../../shared/domain/ids';
import {
  AmendmentSchema,
  DistributionRowSchema,
  Sha256Schema,
  SignedFileSchema,
} from '../../../shared/ipc/contracts/documents-shapes';
import type { FileFormat, Version } from '../../../shared/ipc/contracts/documents-shapes';
import { AppFailure } from '../../../shared/ipc/result';
import { contentHash } from '../documents/canonical';
import type { AuditInput } from '../vault/audit';
import type { VaultRecords } from '../vault/vault-records';
import type { DocumentMeta } from '../vault/vault-data';

export const MEDIA = {
  version: 'application/vnd.icpc.signed-version+json',
  amendment: 'application/vnd.icpc.amendment+json',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  p7s: 'application/pkcs7-signature',
} as const;

/** The version record: what was frozen, by whom and when, and the hash of every file. */
export const SignedVersionRecordSchema = z.strictObject({
  type: z.literal('signed-version'),
  conferenceId: ConferenceIdSchema,
  version: z.number().int().min(1),
  signedAt: z.iso.datetime(),
  signedBy: z.string(),
  role: z.string(),
  certificateFingerprint: z.string(),
  contentSha256: Sha256Schema,
  /** The conference revision that was frozen. */
  conferenceRevision: z.number().int().nonnegative(),
  files: z.array(SignedFileSchema).min(1),
  distribution: z.array(DistributionRowSchema),
  amendment: AmendmentSchema.optional(),
});
export type SignedVersionRecord = z.infer<typeof SignedVersionRecordSchema>;

export const AmendmentRecordSchema = AmendmentSchema.extend({
  type: z.literal('amendment'),
  conferenceId: ConferenceIdSchema,
  version: z.number().int().min(2),
});
export type AmendmentRecord = z.infer<typeof AmendmentRecordSchema>;

/** The vault's document ids: short, opaque, never a name. */
export const recordIds = {
  version: (c: ConferenceId, n: number) => `${c}.v${n}`,
  amendment: (c: ConferenceId, n: number) => `${c}.v${n}.amend`,
  file: (c: ConferenceId, n: number, index: number, format: FileFormat) =>
    `${c}.v${n}.${index}.${format}`,
};

type VersionVault = Pick<VaultRecords, 'list' | 'putDocument'>;

/** The SHA-256 that identifies a version record (it covers the content hash and every file hash). */
export function recordHash(record: SignedVersionRecord): string {
  return contentHash(record);
}

/** A conference's signed versions and amendments, and the ids of its version records that fail their check. */
export type VersionRecords = {
  signed: SignedVersionRecord[];
  amendments: AmendmentRecord[];
  /**
   * Version or amendment records under this conference's ids that fail their check: never left out silently
   * (docs/vault.md, "Records that cannot be read"). While any is here the version number is not known, so the record
   * is neither signed nor amended.
   */
  unreadable: string[];
};

/** Every signed version and amendment of a conference, from the vault's document metadata. */
export function readRecords(
  vault: Pick<VaultRecords, 'list'>,
  conferenceId: ConferenceId,
): VersionRecords {
  const signed: SignedVersionRecord[] = [];
  const amendments: AmendmentRecord[] = [];
  const unreadable: string[] = [];
  const prefix = `${conferenceId}.v`;
  for (const [id, raw] of Object.entries(vault.list('documents'))) {
    if (!id.startsWith(prefix)) {
      continue;
    }
    const meta = raw as DocumentMeta;
    const kind = versionKind(id.slice(prefix.length));
    if (meta.mediaType === MEDIA.version || kind === 'version') {
      const parsed = SignedVersionRecordSchema.safeParse(meta.meta);
      if (parsed.success && isOwn(parsed.data, conferenceId, id, kind, meta, MEDIA.version)) {
        signed.push(parsed.data);
      } else {
        unreadable.push(id);
      }
    } else if (meta.mediaType === MEDIA.amendment || kind === 'amendment') {
      const parsed = AmendmentRecordSchema.safeParse(meta.meta);
      if (parsed.success && isOwn(parsed.data, conferenceId, id, kind, meta, MEDIA.amendment)) {
        amendments.push(parsed.data);
      } else {
        unreadable.push(id);
      }
    }
  }
  signed.sort((a, b) => a.version - b.version);
  amendments.sort((a, b) => a.version - b.version);
  return { signed, amendments, unreadable: unreadable.sort() };
}

/** What a document id after `<conference>.v` names: a version record (`2`), an amendment (`2.amend`) or a file. */
function versionKind(rest: string): 'version' | 'amendment' | 'other' {
  return /^[1-9]\d*$/.test(rest)
    ? 'version'
    : /^[1-9]\d*\.amend$/.test(rest)
      ? 'amendment'
      : 'other';
}

/** A record is this conference's when its id, media type, conference and version all agree. */
function isOwn(
  record: { conferenceId: string; version: number },
  conferenceId: ConferenceId,
  id: string,
  kind: 'version' | 'amendment' | 'other',
  meta: DocumentMeta,
  mediaType: string,
): boolean {
  const expected =
    mediaType === MEDIA.version
      ? recordIds.version(conferenceId, record.version)
      : recordIds.amendment(conferenceId, record.version);
  return (
    record.conferenceId === conferenceId &&
    meta.mediaType === mediaType &&
    kind !== 'other' &&
    id === expected
  );
}

/**
 * Every version or amendment record in the vault that fails its check, by document id: what `icpc unlock-check`
 * names (docs/vault.md, "Records that cannot be read").
 */
export function unreadableVersionRecords(vault: Pick<VaultRecords, 'list'>): string[] {
  const conferences = new Set<string>();
  for (const id of Object.keys(vault.list('documents'))) {
    const named = /^(.+)\.v[1-9]\d*(?:\.amend)?$/.exec(id)?.[1];
    if (named) {
      conferences.add(named);
    }
  }
  const ids = [...conferences].flatMap((c) => readRecords(vault, c as ConferenceId).unreadable);
  return [...new Set(ids)].sort();
}

/** Refuses to sign or amend while any version record cannot be read (docs/vault.md, "Records that cannot be read"). */
export function requireReadable(records: VersionRecords, doing: 'signed' | 'amended'): void {
  const n = records.unreadable.length;
  if (n > 0) {
    const which =
      n === 1
        ? '1 of its signed versions or amendments'
        : `${n} of its signed versions or amendments`;
    throw new AppFailure(
      'BLOCKED',
      `This record cannot be ${doing}: ${which} could not be read, so the next version number is not known and a signed version could be overwritten. Nothing was changed. Restore the vault from a backup made before the damage, or ask your IT support.`,
    );
  }
}

/** The version the record is at now: the newest amendment, else the newest signed version, else 1. */
export function currentVersion(records: VersionRecords): number {
  const last = Math.max(
    0,
    ...records.signed.map((r) => r.version),
    ...records.amendments.map((a) => a.version),
  );
  return last === 0 ? 1 : last;
}

/** The versions as the renderer lists them, newest first: each signed one, and an open amendment. */
export function toVersions(records: VersionRecords): Version[] {
  const out: Version[] = records.signed.map((r) => ({
    version: r.version,
    state: 'signed',
    signedAt: r.signedAt,
    signedBy: r.signedBy,
    role: r.role,
    certificateFingerprint: r.certificateFingerprint,
    contentSha256: r.contentSha256,
    recordSha256: recordHash(r),
    ...(r.amendment ? { amendment: r.amendment } : {}),
    files: r.files,
    distribution: r.distribution,
  }));
  const signedVersions = new Set(records.signed.map((r) => r.version));
  for (const a of records.amendments) {
    if (!signedVersions.has(a.version)) {
      const { type: _type, conferenceId: _c, version, ...amendment } = a;
      out.push({ version, state: 'open', amendment, files: [], distribution: [] });
    }
  }
  return out.sort((a, b) => b.version - a.version);
}

/**
 * The signed version record over the frozen content, as a document to store in the same commit as the signed files
 * and the audit entry (docs/vault.md, "A record and its audit entry").
 */
export function versionRecordDocument(
  record: SignedVersionRecord,
  canonicalContent: string,
): { id: string; input: { mediaType: string; meta: SignedVersionRecord; bytes: Uint8Array } } {
  const bytes = new TextEncoder().encode(canonicalContent);
  if (createHash('sha256').update(bytes).digest('hex') !== record.contentSha256) {
    throw new AppFailure('INTERNAL', 'The stored content does not match its hash.');
  }
  return {
    id: recordIds.version(record.conferenceId, record.version),
    input: { mediaType: MEDIA.version, meta: record, bytes },
  };
}

/** Stores an amendment record (the reopened version n+1). */
export async function putAmendmentRecord(
  vault: VersionVault,
  record: AmendmentRecord,
  audit?: AuditInput,
): Promise<void> {
  await vault.putDocument(
    recordIds.amendment(record.conferenceId, record.version),
    {
      mediaType: MEDIA.amendment,
      meta: record,
      bytes: new TextEncoder().encode(JSON.stringify(record)),
    },
    audit,
  );
}
