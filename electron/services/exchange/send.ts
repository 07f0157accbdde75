// Making a bundle: a draft conference for a colleague, or a signed plan notification for the Designated Manager.
// Every recipient must be a confirmed, unrevoked card whose role may receive this kind; the bundle carries its
// id, sender, recipients, time and the hash of the previous bundle in its thread, and the sender's own records
// (thread, sent) are updated only after the bundle is made. Rule source: docs/exchange.md (sending).
import { randomUUID } from 'node:crypto';

import forge from 'node-forge';

import type { Conference } from '../../../shared/domain/conference';
import { bundleRoleProblem } from '../../../shared/exchange/roles';
import type { BundleKind } from '../../../shared/exchange/roles';
import type {
  BundleHeader,
  DraftBody,
  NotifiedFile,
  PlanNotificationBody,
  PlanUpdateBody,
} from '../../../shared/exchange/schemas';
import type { ListSnapshotBody } from '../../../shared/exchange/list-snapshot';
import { AppFailure } from '../../../shared/ipc/result';
import type { ListRow } from '../../../shared/list/schemas';
import type { StoredConference } from '../conferences/stored-conference';
import type { SignoffService } from '../signoff/signoff-service';
import type { Clock } from '../ports';
import type { VaultRecords } from '../vault/vault-records';

import { sealBundle, sha256Hex } from './envelope';
import { SNAPSHOT_RECORD, snapshotBody } from './list-share';
import { planUpdateBody } from './plan-update';
import { ownerKeys, trustedMember } from './team';
import type { Member } from './team';
import { exchangeIds, threadOf, threadRecord, threadState } from './threads';

export type SendVault = Pick<VaultRecords, 'get' | 'put' | 'list' | 'appendAudit' | 'commit'>;

export type SendDeps = {
  vault: SendVault;
  clock: Clock;
  conference: (id: string) => StoredConference;
  signoff: Pick<SignoffService, 'listVersions' | 'read'>;
  /** The rows of this vault's list (the Designated Manager's list for chairs' pre-checks). */
  /** The manager's list now, with how many records could not be read (docs/list.md). */
  listForChairs?: () => { rows: readonly ListRow[]; unreadRecords: number };
};

export type SentBundle = {
  id: string;
  kind: BundleKind;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
};

function recipientsFor(
  deps: SendDeps,
  kind: BundleKind,
  to: readonly string[],
  senderRole: Member['card']['role'],
): Member[] {
  if (to.length === 0 || to.length > 20) {
    throw new AppFailure(
      'BAD_INPUT',
      'Choose between 1 and 20 recipients from your team directory.',
    );
  }
  return [...new Set(to.map((t) => t.replace(/[^0-9a-f]/gi, '').toLowerCase()))].map((fp) => {
    const t = trustedMember(deps.vault, fp);
    if (!t.ok) {
      throw new AppFailure(
        'BAD_INPUT',
        t.why.replace('The sender', 'That recipient').replace('from it', 'to or from it'),
      );
    }
    const problem = bundleRoleProblem(kind, senderRole, t.member.card.role);
    if (problem) {
      throw new AppFailure('BAD_INPUT', `${t.member.card.name}: ${problem}`);
    }
    return t.member;
  });
}

/** The signed files the Designated Manager holds: the professional and restricted PDFs of the newest version. */
async function notificationBody(
  deps: SendDeps,
  stored: StoredConference,
): Promise<PlanNotificationBody> {
  if (stored.status !== 'signed') {
    throw new AppFailure(
      'BLOCKED',
      'Only a signed conference can be notified to the Designated Manager. Sign it off first.',
    );
  }
  const latest = deps.signoff
    .listVersions(stored.conference.id)
    .versions.find((v) => v.state === 'signed');
  if (!latest || !latest.signedAt || !latest.contentSha256) {
    throw new AppFailure('BLOCKED', 'This conference has no signed version to notify.');
  }
  const files: NotifiedFile[] = [];
  for (const f of latest.files) {
    if (f.format === 'pdf' && f.copy !== 'family') {
      const file = await deps.signoff.read(f.id);
      files.push({
        fileName: file.fileName,
        mediaType: file.mediaType,
        sha256: file.sha256,
        base64: file.base64,
      });
    }
  }
  return {
    conference: stored.conference,
    version: latest.version,
    signedAt: latest.signedAt,
    contentSha256: latest.contentSha256,
    files,
  };
}

export type SendInput = {
  kind: BundleKind;
  /** The conference (a draft or a plan notification). */
  conferenceId: string;
  /** The child (a plan update). */
  childId?: string;
  to: readonly string[];
  note?: string;
};

export async function sendBundle(deps: SendDeps, input: SendInput): Promise<SentBundle> {
  const me = ownerKeys(deps.vault);
  const recipients = recipientsFor(deps, input.kind, input.to, me.owner.role);
  let body: DraftBody | PlanNotificationBody | PlanUpdateBody | ListSnapshotBody;
  let base: Conference | undefined;
  let conferenceId = input.conferenceId;
  let threadKey = input.conferenceId;
  if (input.kind === 'list-snapshot') {
    body = snapshotBody(
      deps.vault,
      deps.listForChairs?.() ?? { rows: [], unreadRecords: 0 },
      me.owner.authority,
      deps.clock.now(),
    );
    conferenceId = SNAPSHOT_RECORD;
    threadKey = 'list';
  } else if (input.kind === 'plan-update') {
    if (!input.childId) {
      throw new AppFailure('BAD_INPUT', 'Say which child the plan update is about.');
    }
    body = planUpdateBody(deps.vault, input.childId);
    conferenceId = body.conference.id;
    threadKey = body.child.id;
  } else if (input.kind === 'draft-conference') {
    const stored = deps.conference(input.conferenceId);
    if (stored.status === 'signed') {
      throw new AppFailure(
        'BLOCKED',
        'This conference is signed: send a plan notification, not a draft.',
      );
    }
    body = {
      status: stored.status,
      conference: stored.conference,
      ...(input.note ? { note: input.note } : {}),
    };
    base = stored.conference;
  } else {
    body = await notificationBody(deps, deps.conference(input.conferenceId));
  }
  const people = [me.owner.fingerprint, ...recipients.map((r) => r.fingerprint)];
  const thread = threadOf(input.kind, threadKey, people);
  const previous = threadState(deps.vault, thread);
  const now = deps.clock.now();
  const header: BundleHeader = {
    format: 'icpc-bundle',
    version: 1,
    id: randomUUID(),
    kind: input.kind,
    sender: { fingerprint: me.owner.fingerprint, name: me.owner.name, role: me.owner.role },
    recipients: recipients.map((r) => r.fingerprint),
    createdAt: now.toISOString(),
    thread,
    sequence: (previous?.sequence ?? 0) + 1,
    previousHash: previous?.head ?? null,
  };
  const payload = Buffer.from(JSON.stringify({ header, body }), 'utf8');
  const bytes = sealBundle(
    payload,
    me,
    recipients.map((r) => forge.pki.certificateFromPem(r.card.certificate)),
    now,
  );
  const sha256 = sha256Hex(bytes);
  // The thread's head, the sent record and the audit entry land in one commit.
  await deps.vault.commit({
    put: [
      threadRecord(thread, header.sequence, sha256, base),
      {
        collection: 'exchange',
        id: exchangeIds.sent(header.id),
        value: {
          kind: input.kind,
          conferenceId,
          to: header.recipients,
          sha256,
          sentAt: header.createdAt,
        },
      },
    ],
    audit: [
      {
        actor: 'user',
        action: 'exchange.sent',
        ids: [`bundle:${header.id}`, `sha:${sha256.slice(0, 40)}`, conferenceId],
      },
    ],
  });
  return { id: header.id, kind: input.kind, fileName: `${header.id}.icpcx`, bytes, sha256 };
}
