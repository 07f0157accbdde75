// What the exchange screens show, worked out on the main side: a bundle's effect in counts (never its bytes), the
// shared folder's inbox with each bundle's state, and a pending merge's conflicts in words. Rule source:
// docs/exchange.md (the inbox; merging a returned draft).
import type { Conference } from '../../../shared/domain/conference';
import { fieldLabel, valueText } from '../../../shared/exchange/field-label';
import { ukDayOf } from '../../../shared/domain/calendar';
import type { Role } from '../../../shared/exchange/roles';
import type {
  BundleSummary,
  InboxEntry,
  PendingMergeView,
} from '../../../shared/ipc/contracts/exchange';
import type { VaultRecords } from '../vault/vault-records';

import type { Inspection } from './receive';
import { readRecord } from './records';
import type { PendingMerge } from './threads';
import { ReceivedSchema, SentSchema, exchangeIds } from './threads';
import type { MergeConflict } from '../../../shared/exchange/merge';

const childNames = (c: Conference): string[] => c.children.map((ch) => ch.details.name);

/** The inbox's words for one inspected bundle. */
export function bundleSummary(i: Inspection): BundleSummary {
  const p = i.payload;
  const about =
    p.kind === 'plan-update'
      ? { date: p.body.conference.date, children: [p.body.child.name] }
      : p.kind === 'list-snapshot'
        ? { date: ukDayOf(p.body.asOf), children: [] }
        : { date: p.body.conference.date, children: childNames(p.body.conference) };
  const effect: BundleSummary['effect'] =
    i.effect.type === 'update-draft'
      ? {
          type: 'update-draft',
          taken: i.effect.takenFromTheirs.length,
          toChoose: i.effect.conflicts.length,
        }
      : i.effect;
  return {
    id: i.id,
    kind: i.kind,
    from: { name: i.from.name, role: i.from.role as Role, fingerprint: i.from.fingerprint },
    createdAt: i.createdAt,
    conferenceId: i.conferenceId,
    conferenceDate: about.date,
    children: about.children,
    ...(i.note !== undefined ? { note: i.note } : {}),
    effect,
  };
}

/**
 * A shared-folder bundle: new (with what it would change), already received, sent from here, or refused. A record
 * this depends on that cannot be read makes the entry refused, with the record named (the inbox lists, never hides).
 */
export function inboxEntry(
  vault: Pick<VaultRecords, 'get'>,
  fileName: string,
  inspect: () => Inspection,
): InboxEntry {
  const id = fileName.replace(/\.icpcx$/, '');
  try {
    if (readRecord(vault, 'exchange', exchangeIds.sent(id), SentSchema)) {
      return { state: 'sent-by-you', fileName, why: 'You sent this bundle.' };
    }
    if (readRecord(vault, 'exchange', exchangeIds.received(id), ReceivedSchema)) {
      return { state: 'received', fileName, why: 'Already received.' };
    }
    return { state: 'new', fileName, bundle: bundleSummary(inspect()) };
  } catch (e) {
    return { state: 'refused', fileName, why: e instanceof Error ? e.message : String(e) };
  }
}

/** A pending merge as the merge screen shows it: each conflicting field with yours and theirs in words. */
export function mergeView(
  found: { merge: PendingMerge; conflicts: MergeConflict[] },
  mine: Conference,
): PendingMergeView {
  return {
    conferenceId: found.merge.conferenceId,
    conferenceDate: mine.date,
    children: childNames(mine),
    fromName: found.merge.fromName,
    receivedAt: found.merge.receivedAt,
    conflicts: found.conflicts.map((c) => ({
      path: c.path,
      label: fieldLabel(c.path, mine),
      mine: valueText(c.mine),
      theirs: valueText(c.theirs),
    })),
  };
}

/** The conference ids with a merge waiting. */
export function pendingMergeIds(vault: Pick<VaultRecords, 'list'>): string[] {
  return Object.keys(vault.list('exchange'))
    .filter((k) => k.startsWith('merge:'))
    .map((k) => k.slice('merge:'.length));
}
