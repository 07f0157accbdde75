// Receiving a bundle safely. Every check runs before anything is written: the envelope opens with this vault's key
// (so it was addressed here), the signature matches, the signer is a confirmed and unrevoked card, the payload names
// that signer and this vault among its recipients, its roles may exchange this kind, its id was not received
// before (replay), it follows the last bundle of its thread (order), and it was not made in the future. Only then
// is it applied: a new draft is stored, a returned draft is merged field by field (conflicts wait for the person's
// choice), a plan notification joins the Designated Manager's list with its signed files. Everything received is
// audited with ids and hashes only. A record these checks read that fails its own check refuses the bundle, never
// passing for absent (records.ts). Rule source: docs/exchange.md (receiving; records that cannot be read).
import forge from 'node-forge';

import { ConferenceSchema } from '../../../shared/domain/conference';
import type { Conference } from '../../../shared/domain/conference';
import { fieldLabel } from '../../../shared/exchange/field-label';
import { mergeThreeWay } from '../../../shared/exchange/merge';
import type { MergeConflict } from '../../../shared/exchange/merge';
import { bundleRoleProblem } from '../../../shared/exchange/roles';
import { parsePayload } from '../../../shared/exchange/schemas';
import type { BundlePayload } from '../../../shared/exchange/schemas';
import { AppFailure } from '../../../shared/ipc/result';
import { verifyPdf } from '../documents/sign/verify';
import { StoredConferenceSchema } from '../conferences/stored-conference';
import type { StoredConference } from '../conferences/stored-conference';
import type { Clock } from '../ports';
import type { JsonValue } from '../vault/vault-data';
import type { VaultRecords } from '../vault/vault-records';

import { certificateId, openBundle, sha256Hex } from './envelope';
import { SNAPSHOT_RECORD, checkNewer } from './list-share';
import { checkPlanUpdate } from './plan-update';
import type { PlanUpdateEffect } from './plan-update';
import { ownerKeys, trustedMember } from './team';
import type { Member } from './team';
import { readRecord } from './records';
import {
  NotifiedSchema,
  PendingMergeSchema,
  ReceivedSchema,
  exchangeIds,
  threadState,
} from './threads';
import type { PendingMerge } from './threads';

export type ReceiveVault = Pick<
  VaultRecords,
  'get' | 'put' | 'putAll' | 'list' | 'appendAudit' | 'putDocument' | 'commit'
>;
export type ReceiveDeps = { vault: ReceiveVault; clock: Clock };

/** What a bundle would do, worked out without writing anything. */
export type Inspection = {
  id: string;
  kind: BundlePayload['header']['kind'];
  sha256: string;
  from: { name: string; role: string; fingerprint: string };
  createdAt: string;
  conferenceId: string;
  /** The child a plan update is about. */
  childId?: string;
  note?: string;
  effect:
    | { type: 'new-draft' }
    | {
        type: 'update-draft';
        takenFromTheirs: string[];
        conflicts: MergeConflict[];
        merged: Conference;
      }
    | { type: 'notification'; version: number; replaces: number | null; files: number }
    | PlanUpdateEffect
    | { type: 'list-snapshot'; children: number; asOf: string };
  payload: BundlePayload;
};

const refuse = (message: string): never => {
  throw new AppFailure('BAD_INPUT', message);
};

const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;
const FUTURE_GRACE_MS = 10 * 60_000;

/** The conference held here, `undefined` when absent; refuses (CORRUPT) when its record cannot be read. */
function storedConference(
  vault: Pick<VaultRecords, 'get'>,
  id: string,
): StoredConference | undefined {
  return readRecord(vault, 'conferences', id, StoredConferenceSchema);
}

function checkFiles(payload: Extract<BundlePayload, { kind: 'plan-notification' }>): void {
  for (const f of payload.body.files) {
    const bytes = Buffer.from(f.base64, 'base64');
    if (sha256Hex(bytes) !== f.sha256) {
      refuse(`The file "${f.fileName}" in this bundle does not match its hash.`);
    }
    if (f.mediaType === 'application/pdf' && !verifyPdf(bytes).intact) {
      refuse(`The signed file "${f.fileName}" in this bundle is not intact.`);
    }
  }
}

/** Opens and checks a bundle and works out its effect. Writes nothing; refuses with a clear message. */
export function inspectBundle(deps: ReceiveDeps, bytes: Uint8Array): Inspection {
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_BUNDLE_BYTES) {
    refuse('This file is empty or too large to be an exchange bundle.');
  }
  const me = ownerKeys(deps.vault);
  const opened = openBundle(bytes, me);
  const signerId = certificateId(opened.signer);
  const trusted = trustedMember(deps.vault, signerId);
  if (!trusted.ok) {
    return refuse(trusted.why);
  }
  const sender: Member = trusted.member;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(opened.payload));
  } catch {
    return refuse('The contents of this bundle are not readable.');
  }
  const p = parsePayload(json);
  if (!p.ok) {
    return refuse(`The contents of this bundle are not valid: ${p.problems.join('; ')}`);
  }
  const { header } = p.payload;
  if (header.sender.fingerprint !== signerId || header.sender.role !== sender.card.role) {
    refuse('The bundle claims a different sender from the one who signed it.');
  }
  if (!header.recipients.includes(me.owner.fingerprint)) {
    refuse('This bundle does not name you as a recipient, so it was not meant for you.');
  }
  const roleProblem = bundleRoleProblem(header.kind, sender.card.role, me.owner.role);
  if (roleProblem) {
    refuse(roleProblem);
  }
  if (readRecord(deps.vault, 'exchange', exchangeIds.received(header.id), ReceivedSchema)) {
    refuse('This bundle was received before. Nothing was changed.');
  }
  if (Date.parse(header.createdAt) > deps.clock.now().getTime() + FUTURE_GRACE_MS) {
    refuse('This bundle is dated in the future: check the sender’s computer clock.');
  }
  const thread = threadState(deps.vault, header.thread);
  const expected = (thread?.sequence ?? 0) + 1;
  if (header.sequence !== expected || header.previousHash !== (thread?.head ?? null)) {
    refuse(
      header.sequence > expected
        ? `An earlier bundle in this conversation has not been received yet (this is number ${header.sequence}, the next expected is ${expected}). Receive the earlier one first.`
        : `This bundle is older than one already received in this conversation (number ${header.sequence}); it was not applied.`,
    );
  }
  const base = {
    id: header.id,
    kind: header.kind,
    sha256: sha256Hex(bytes),
    from: { name: sender.card.name, role: sender.card.role, fingerprint: signerId },
    createdAt: header.createdAt,
    payload: p.payload,
  };
  if (p.payload.kind === 'plan-notification') {
    const notice = p.payload;
    const cid = notice.body.conference.id;
    const earlier = readRecord(deps.vault, 'exchange', exchangeIds.notified(cid), NotifiedSchema);
    const local = storedConference(deps.vault, cid);
    if (local && !earlier) {
      refuse(
        'A conference with the same id already exists in this vault; the notification was not applied.',
      );
    }
    if (earlier && earlier.version >= notice.body.version) {
      refuse(
        `Version ${notice.body.version} of this conference is not newer than the version ${earlier.version} already held.`,
      );
    }
    checkFiles(notice);
    return {
      ...base,
      conferenceId: cid,
      effect: {
        type: 'notification',
        version: notice.body.version,
        replaces: earlier?.version ?? null,
        files: notice.body.files.length,
      },
    };
  }
  if (p.payload.kind === 'plan-update') {
    const { child, conference } = p.payload.body;
    const { effect } = checkPlanUpdate(deps.vault, p.payload.body);
    return { ...base, conferenceId: conference.id, childId: child.id, effect };
  }
  if (p.payload.kind === 'list-snapshot') {
    const body = p.payload.body;
    checkNewer(deps.vault, body);
    return {
      ...base,
      conferenceId: SNAPSHOT_RECORD,
      effect: { type: 'list-snapshot', children: body.children.length, asOf: body.asOf },
    };
  }
  const draft = p.payload;
  const cid = draft.body.conference.id;
  const local = storedConference(deps.vault, cid);
  const note = draft.body.note ? { note: draft.body.note } : {};
  if (!local) {
    return { ...base, ...note, conferenceId: cid, effect: { type: 'new-draft' } };
  }
  if (local.status === 'signed') {
    refuse(
      'You have already signed this conference. Amend it if something must change; the draft was not applied.',
    );
  }
  // A returned draft with conflicts replaces the merge waiting for this conference: never one that cannot be read.
  readRecord(deps.vault, 'exchange', exchangeIds.merge(cid), PendingMergeSchema);
  const merge = mergeThreeWay(thread?.base, local.conference, draft.body.conference);
  return {
    ...base,
    ...note,
    conferenceId: cid,
    effect: {
      type: 'update-draft',
      takenFromTheirs: merge.takenFromTheirs,
      conflicts: merge.conflicts,
      merged: merge.merged as Conference,
    },
  };
}

type Item = { collection: 'conferences' | 'exchange' | 'planList'; id: string; value: JsonValue };
const item = (collection: Item['collection'], id: string, value: unknown): Item => ({
  collection,
  id,
  value: value as JsonValue,
});

/**
 * Stores what receiving changes together with the receipt (the thread's new head and base, the bundle id against
 * replay) and its audit entry, in one vault commit: all on disk together or none (docs/exchange.md, receiving).
 */
async function commitReceipt(
  deps: ReceiveDeps,
  i: Inspection,
  changes: Item[],
  base?: Conference,
): Promise<void> {
  const { header } = i.payload;
  await deps.vault.putAll(
    [
      ...changes,
      item('exchange', exchangeIds.thread(header.thread), {
        thread: header.thread,
        sequence: header.sequence,
        head: i.sha256,
        ...(base ? { base } : {}),
      }),
      item('exchange', exchangeIds.received(i.id), {
        kind: i.kind,
        conferenceId: i.conferenceId,
        from: i.from.fingerprint,
        sha256: i.sha256,
        receivedAt: deps.clock.now().toISOString(),
      }),
    ],
    {
      actor: 'user',
      action: 'exchange.received',
      ids: [`bundle:${i.id}`, `sha:${i.sha256.slice(0, 40)}`, i.conferenceId],
    },
  );
}

function conferenceItem(
  deps: ReceiveDeps,
  conference: Conference,
  status: StoredConference['status'],
): Item {
  const local = storedConference(deps.vault, conference.id);
  const stored: StoredConference = {
    revision: (local?.revision ?? -1) + 1,
    savedAt: deps.clock.now().toISOString(),
    status,
    conference,
  };
  return item('conferences', conference.id, stored);
}

/** Applies an inspected bundle. A draft with conflicts is kept as a pending merge for the person to decide. */
export async function applyBundle(
  deps: ReceiveDeps,
  i: Inspection,
): Promise<Inspection['effect']['type'] | 'conflicts'> {
  const { payload } = i;
  if (payload.kind === 'plan-notification') {
    const body = payload.body;
    const documentIds: string[] = [];
    for (const [n, f] of body.files.entries()) {
      const id = `recv.${i.id.slice(0, 8)}.${n}`;
      await deps.vault.putDocument(id, {
        mediaType: f.mediaType,
        meta: {
          type: 'received-file',
          conferenceId: body.conference.id,
          version: body.version,
          fileName: f.fileName,
        },
        bytes: Buffer.from(f.base64, 'base64'),
      });
      documentIds.push(id);
    }
    await commitReceipt(deps, i, [
      conferenceItem(deps, body.conference, 'signed'),
      item('exchange', exchangeIds.notified(body.conference.id), {
        conferenceId: body.conference.id,
        version: body.version,
        from: i.from.fingerprint,
        fromName: i.from.name,
        contentSha256: body.contentSha256,
        documentIds,
        receivedAt: deps.clock.now().toISOString(),
      }),
    ]);
    return 'notification';
  }
  if (payload.kind === 'plan-update') {
    const { toStore } = checkPlanUpdate(deps.vault, payload.body);
    await commitReceipt(
      deps,
      i,
      toStore.map((e) => item('planList', e.id, e)),
    );
    return 'plan-update';
  }
  if (payload.kind === 'list-snapshot') {
    checkNewer(deps.vault, payload.body);
    const held = { from: i.from.fingerprint, fromName: i.from.name, body: payload.body };
    await commitReceipt(deps, i, [item('exchange', SNAPSHOT_RECORD, held)]);
    return 'list-snapshot';
  }
  const theirs = payload.body.conference;
  if (i.effect.type === 'new-draft') {
    await commitReceipt(deps, i, [conferenceItem(deps, theirs, payload.body.status)], theirs);
    return 'new-draft';
  }
  if (i.effect.type === 'update-draft' && i.effect.conflicts.length === 0) {
    const status = storedConference(deps.vault, theirs.id)?.status ?? payload.body.status;
    await commitReceipt(deps, i, [conferenceItem(deps, i.effect.merged, status)], theirs);
    return 'update-draft';
  }
  const base = threadState(deps.vault, payload.header.thread)?.base;
  const pending: PendingMerge = {
    conferenceId: theirs.id,
    bundleId: i.id,
    from: i.from.fingerprint,
    fromName: i.from.name,
    receivedAt: deps.clock.now().toISOString(),
    ...(base ? { base } : {}),
    theirs,
  };
  await commitReceipt(deps, i, [item('exchange', exchangeIds.merge(theirs.id), pending)], theirs);
  return 'conflicts';
}

/**
 * The merge waiting for the person's choices on a conference, with its conflicts against the current record;
 * `null` when none waits. Refuses (CORRUPT) when the merge or the conference cannot be read.
 */
export function pendingMerge(
  vault: Pick<VaultRecords, 'get'>,
  conferenceId: string,
): { merge: PendingMerge; conflicts: MergeConflict[] } | null {
  const m = readRecord(vault, 'exchange', exchangeIds.merge(conferenceId), PendingMergeSchema);
  const local = storedConference(vault, conferenceId);
  if (!m || !local) {
    return null;
  }
  return { merge: m, conflicts: mergeThreeWay(m.base, local.conference, m.theirs).conflicts };
}

/** Finishes a pending merge with the person's choice for every conflicting field (or one side for the rest). */
export async function resolveMerge(
  deps: ReceiveDeps & { vault: ReceiveVault & Pick<VaultRecords, 'remove'> },
  conferenceId: string,
  choices: Readonly<Record<string, 'mine' | 'theirs'>>,
  rest?: 'mine' | 'theirs',
): Promise<Conference> {
  const pending = pendingMerge(deps.vault, conferenceId);
  if (!pending) {
    throw new AppFailure('NOT_FOUND', 'There is no merge waiting for this conference.');
  }
  const local = storedConference(deps.vault, conferenceId)!;
  if (local.status === 'signed') {
    throw new AppFailure(
      'SIGNED_LOCKED',
      'This conference was signed meanwhile; the merge cannot be applied.',
    );
  }
  const result = mergeThreeWay(
    pending.merge.base,
    local.conference,
    pending.merge.theirs,
    (path) => choices[path] ?? rest,
  );
  if (result.conflicts.length > 0) {
    throw new AppFailure(
      'BAD_INPUT',
      `Choose yours or theirs for every field that differs: ${result.conflicts.map((c) => fieldLabel(c.path, local.conference)).join(', ')}.`,
    );
  }
  const checked = ConferenceSchema.safeParse(result.merged);
  if (!checked.success) {
    throw new AppFailure('BAD_INPUT', 'Those choices do not make a complete record; choose again.');
  }
  const c = conferenceItem(deps, checked.data, local.status);
  await deps.vault.commit({
    put: [c],
    remove: [{ collection: 'exchange', id: exchangeIds.merge(conferenceId) }],
    audit: [
      {
        actor: 'user',
        action: 'exchange.merged',
        ids: [`bundle:${pending.merge.bundleId}`, conferenceId],
      },
    ],
  });
  return checked.data;
}

export const certificateOf = (pem: string): forge.pki.Certificate =>
  forge.pki.certificateFromPem(pem);
