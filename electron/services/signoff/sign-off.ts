// Sign-off and amendment of a conference record. Sign-off: the vault passphrase re-confirmed, no blockers, the
// record frozen (status 'signed', edits refused), every document signed and stored, the version record and the
// audit entry written (ids and hashes only). Amendment: version n+1 opened with its reason, who, when and the hash
// of version n. Rule source: docs/reliability.md §2.5 (app model), §3.6 S1; docs/domain.md §4.3.
import { createHash } from 'node:crypto';

import type { Config } from '../../../shared/domain/config';
import type { ConferenceId } from '../../../shared/domain/ids';
import { canSignOff, validateConference } from '../../../shared/domain/validation';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { DocumentSet } from '../../../shared/documents/document-set';
import { AppFailure } from '../../../shared/ipc/result';
import type { ConferenceService } from '../conferences/conference-service';
import type { StoredConference } from '../conferences/stored-conference';
import { canonicalJson, sha256Hex } from '../documents/canonical';
import type { Clock, EventSink } from '../ports';
import type { CreatedIdentity } from '../documents/worker/jobs';
import { documentPool } from '../documents/worker/pool';
import type { DocWorkerPool } from '../documents/worker/pool';
import type { VaultService } from '../vault/vault-service';

import { distributionRows } from './distribution-rows';
import { fingerprintToken, keepCreatedKey, storedChairKey } from './chair-identity';
import { lookedAtAudit } from './looked-at-audit';
import type { ChairKey } from './chair-identity';
import { produceSignedFiles } from './produce';
import type { ProducedFile } from './produce';
import type { AmendmentRecord, SignedVersionRecord } from './version-records';
import {
  currentVersion,
  putAmendmentRecord,
  versionRecordDocument,
  readRecords,
  requireReadable,
  recordHash,
  recordIds,
} from './version-records';

export type SignOffDeps = {
  vault: VaultService;
  conferences: ConferenceService;
  clock: Clock;
  config: () => Config;
  emit: EventSink;
  /** The worker threads that render and seal the documents (default: the process's shared pool). */
  pool?: DocWorkerPool;
};

export type SignOffResult = {
  version: number;
  signedAt: string;
  contentSha256: string;
  recordSha256: string;
  fileCount: number;
};

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * Lets the main process's event loop run (input, IPC, timers) between the synchronous steps of a sign-off, so
 * no single step holds it for long (docs/architecture.md: the main process stays responsive).
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The chair's name as the certificate and amendment records carry it. */
export const chairName = (s: StoredConference): string =>
  s.conference.chair.name.trim() || 'Conference chair';

/** Findings that block sign-off, as a BLOCKED failure with one issue per finding. */
function refuseBlockers(deps: SignOffDeps, stored: StoredConference): void {
  const findings = validateConference(stored.conference, deps.config(), isoDay(deps.clock.now()));
  if (!canSignOff(findings)) {
    const blockers = findings.filter((f) => f.severity === 'blocks-sign-off');
    throw new AppFailure(
      'BLOCKED',
      `The record cannot be signed yet: ${blockers.length} thing(s) must be put right first.`,
      blockers.map((f) => ({ path: f.path, message: f.message })),
    );
  }
}

/** What a sign-off has under way before the record is frozen: the signer and the documents being made. */
type Underway = {
  created: Promise<CreatedIdentity> | null;
  produced: Promise<ProducedFile[]>;
  set: DocumentSet;
  signedAt: Date;
};

/** Stores the certificate made for this sign-off (if any), every file and the version record; audits. */
async function storeVersion(
  deps: SignOffDeps,
  frozen: StoredConference,
  version: number,
  role: string,
  underway: Underway,
  lookedAt: number,
): Promise<SignOffResult> {
  const { vault } = deps;
  const conference = frozen.conference;
  const id = conference.id;
  const records = readRecords(vault, id);
  requireReadable(records, 'signed'); // read again here: the check above was before the passphrase and rendering
  const { signedAt, set } = underway;
  const signer = underway.created
    ? await keepCreatedKey(vault, await underway.created, signedAt)
    : storedChairKey(vault, signedAt)!;
  const produced = await underway.produced;
  const files: SignedVersionRecord['files'] = [];
  const documents: Parameters<VaultService['putDocuments']>[0][number][] = [];
  for (const [index, f] of produced.entries()) {
    await nextTurn(); // one file's hash and encryption per turn of the event loop
    const fileId = recordIds.file(id, version, index, f.format);
    const { bytes, mediaType, sha256, ...described } = f;
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      throw new AppFailure('INTERNAL', 'A signed file was not made intact.');
    }
    documents.push({
      id: fileId,
      input: {
        mediaType,
        meta: { type: 'signed-file', conferenceId: id, version, ...described },
        bytes,
      },
    });
    files.push({ id: fileId, ...described, sha256, size: bytes.byteLength });
  }
  await nextTurn();
  const content = canonicalJson(conference);
  const amendment = records.amendments.find((a) => a.version === version);
  const record: SignedVersionRecord = {
    type: 'signed-version',
    conferenceId: id,
    version,
    signedAt: signedAt.toISOString(),
    signedBy: signer.name,
    role,
    certificateFingerprint: signer.fingerprint,
    contentSha256: sha256Hex(content),
    conferenceRevision: frozen.revision,
    files,
    distribution: distributionRows(set),
    ...(amendment
      ? {
          amendment: {
            reason: amendment.reason,
            requestedBy: amendment.requestedBy,
            approvedBy: amendment.approvedBy,
            amendedAt: amendment.amendedAt,
            previousVersion: amendment.previousVersion,
            previousRecordSha256: amendment.previousRecordSha256,
          },
        }
      : {}),
  };
  const recordSha256 = recordHash(record);
  // One commit: every signed file, the version record and the audit entries (the chair looked at every document;
  // the record was signed), so a killed sign-off leaves all or nothing (docs/vault.md, "A record and its audit
  // entry"), and a refused one leaves neither.
  await vault.commit({
    documents: [...documents, versionRecordDocument(record, content)].map(
      ({ id: docId, input }) => ({
        id: docId,
        mediaType: input.mediaType,
        meta: input.meta, // commit keeps its own deep copy
        bytes: input.bytes,
      }),
    ),
    audit: [
      lookedAtAudit(id, version, lookedAt),
      {
        actor: 'chair',
        action: 'record.signed',
        ids: [
          id,
          `v${version}`,
          `content:${record.contentSha256}`,
          `record:${recordSha256}`,
          fingerprintToken(signer.fingerprint),
        ],
      },
    ],
  });
  return {
    version,
    signedAt: record.signedAt,
    contentSha256: record.contentSha256,
    recordSha256,
    fileCount: files.length,
  };
}

/**
 * Starts making the documents of `stored` in the worker pool while the passphrase is checked: the first
 * sign-off's certificate is generated, every document rendered with its visible block; sealing waits for
 * `confirmed`. Nothing is stored until the caller has frozen the record.
 */
async function startProduction(
  deps: SignOffDeps,
  stored: StoredConference,
  version: number,
  role: string,
  confirmed: Promise<void>,
  pool: DocWorkerPool,
): Promise<Underway> {
  const signedAt = deps.clock.now();
  const existing = storedChairKey(deps.vault, signedAt);
  const created = existing
    ? null
    : pool.run('create-identity', {
        name: chairName(stored),
        role,
        authority: deps.config().authorityName.trim() || stored.conference.localAuthority,
        now: signedAt.toISOString(),
      });
  const signer: Promise<ChairKey> = existing
    ? Promise.resolve(existing)
    : created!.then((c) => ({
        name: c.name,
        fingerprint: c.fingerprint,
        key: { p12: c.p12, password: c.password },
      }));
  await nextTurn(); // the certificate job is posted before the document set is built
  const set = buildDocumentSet(stored.conference, deps.config(), { version });
  await nextTurn();
  const produced = produceSignedFiles(
    set,
    { pool, signer, confirmed, role, version, signedAt },
    (done, total) =>
      deps.emit('documents.progress', { conferenceId: stored.conference.id, done, total }),
  );
  // Failures surface where each is awaited; these stop an early one being reported as unhandled.
  created?.catch(() => undefined);
  produced.catch(() => undefined);
  return { created, produced, set, signedAt };
}

/**
 * Signs off the current version. WRONG_PASSPHRASE, BLOCKED (with the blockers as issues), SIGNED_LOCKED when it
 * is signed already, CONFLICT when the record changed meanwhile. A sign-off interrupted after the freeze (status
 * 'signed' without a version record) is completed by calling this again. The passphrase check (scrypt, in the
 * libuv pool) and the rendering (worker threads) run at the same time; no document is sealed and nothing is
 * stored before the passphrase is confirmed.
 */
export async function signOff(
  deps: SignOffDeps,
  conferenceId: ConferenceId,
  passphrase: string,
  role: string | undefined,
  lookedAt: number,
): Promise<SignOffResult> {
  const stored = deps.conferences.get(conferenceId);
  const records = readRecords(deps.vault, conferenceId);
  requireReadable(records, 'signed');
  const version = currentVersion(records);
  const alreadySigned = records.signed.some((r) => r.version === version);
  if (stored.status === 'signed' && alreadySigned) {
    throw new AppFailure(
      'SIGNED_LOCKED',
      `Version ${version} is already signed. Amend the record to make a new version.`,
    );
  }
  const confirmed = deps.vault.confirmPassphrase(passphrase);
  confirmed.catch(() => undefined); // awaited below, before anything else is reported
  let underway: Underway;
  try {
    await nextTurn(); // the passphrase check is under way before validation runs
    refuseBlockers(deps, stored);
    await nextTurn();
    const signingRole = role?.trim() || stored.conference.chair.role.trim() || 'Conference chair';
    const pool = deps.pool ?? documentPool();
    if (!pool.threaded) {
      await confirmed; // in one thread, rendering first would only hold up the answer to a wrong passphrase
    }
    underway = await startProduction(deps, stored, version, signingRole, confirmed, pool);
    await confirmed;
    await deps.vault.backupNow(); // the state before every sign-off can be restored (docs/vault.md, "Backups")
    const interrupted = stored.status === 'signed';
    const frozen = interrupted
      ? stored
      : await deps.conferences.setSignOffStatus(conferenceId, stored.revision, 'signed');
    try {
      return await storeVersion(deps, frozen, version, signingRole, underway, lookedAt);
    } catch (e) {
      if (!interrupted) {
        await deps.conferences
          .setSignOffStatus(conferenceId, frozen.revision, stored.status)
          .catch(() => undefined);
      }
      throw e;
    }
  } catch (e) {
    await confirmed; // a wrong passphrase is reported before any other refusal
    throw e;
  }
}

/**
 * Opens version n+1 of a signed record for amendment: records the reason, who asked, the approving chair, when,
 * and the hash of version n's record, then makes the record editable again (status 'awaiting-sign-off').
 */
export async function amend(
  deps: SignOffDeps,
  conferenceId: ConferenceId,
  reason: string,
  requestedBy?: string,
): Promise<{ version: number; previousRecordSha256: string }> {
  const stored = deps.conferences.get(conferenceId);
  const records = readRecords(deps.vault, conferenceId);
  requireReadable(records, 'amended');
  const previous = records.signed.at(-1);
  if (stored.status !== 'signed' || !previous || previous.version !== currentVersion(records)) {
    throw new AppFailure(
      'CONFLICT',
      'Only a signed record can be amended, and this one is not signed.',
    );
  }
  const approvedBy = chairName(stored);
  const amendment: AmendmentRecord = {
    type: 'amendment',
    conferenceId,
    version: previous.version + 1,
    reason: reason.trim(),
    requestedBy: requestedBy?.trim() || approvedBy,
    approvedBy,
    amendedAt: deps.clock.now().toISOString(),
    previousVersion: previous.version,
    previousRecordSha256: recordHash(previous),
  };
  // The amendment record and its audit entry land together; the record then reopens for editing.
  await putAmendmentRecord(deps.vault, amendment, {
    actor: 'chair',
    action: 'record.amended',
    ids: [conferenceId, `v${amendment.version}`, `previous:${amendment.previousRecordSha256}`],
  });
  await deps.conferences.setSignOffStatus(conferenceId, stored.revision, 'awaiting-sign-off');
  return { version: amendment.version, previousRecordSha256: amendment.previousRecordSha256 };
}
