// Plan updates without a conference: a plan ended for a reason that needs no conference (moved away, 18, died, left
// the UK, looked after) or a core group held is recorded in the chair's list (docs/list.md) and sent to the
// Designated Manager as a `plan-update` bundle carrying the chair's list records for that child. The manager's
// vault keeps the same records, so its derived list ends the plan or moves the next core group exactly as the
// chair's does. A category change is decided at a review conference, which is notified as a conference of its
// own. A record that cannot be read is never taken for absent (docs/exchange.md, "Records that cannot be read").
// Rule source: docs/exchange.md (plan updates); docs/list.md (where the list comes from).
import { deepEqual } from '../../../shared/exchange/merge';
import type { PlanUpdateBody } from '../../../shared/exchange/schemas';
import { AppFailure } from '../../../shared/ipc/result';
import { PlanListEntrySchema } from '../../../shared/list/schemas';
import type { PlanListEntry } from '../../../shared/list/schemas';
import { StoredConferenceSchema } from '../conferences/stored-conference';
import type { StoredConference } from '../conferences/stored-conference';
import type { VaultRecords } from '../vault/vault-records';

import { UnreadableRecord, readAll, readRecord, unreadableRecords } from './records';

type Reader = Pick<VaultRecords, 'get' | 'list'>;

const hasChild = (s: StoredConference, childId: string): boolean =>
  s.conference.children.some((c) => c.details.id === childId);

/**
 * The chair's list records about one child (no transfer-ins) and the latest signed conference naming them. An
 * unreadable planList record may be about this child (a plan ended): the update carries every record about the
 * child, so it is not made with one missing. An unreadable conference matters only when no readable signed
 * conference names the child (it may be the one that does); otherwise the update names the latest readable one.
 */
export function planUpdateBody(vault: Reader, childId: string): PlanUpdateBody {
  const list = readAll(vault, 'planList', PlanListEntrySchema);
  if (list.unreadable.length > 0) {
    throw unreadableRecords(
      list.unreadable,
      'and one may be about this child, so the plan update was not made',
    );
  }
  const conferences = readAll(vault, 'conferences', StoredConferenceSchema);
  const signed = conferences.read
    .map((r) => r.value)
    .filter((s) => s.status === 'signed' && hasChild(s, childId))
    .sort((a, b) => b.conference.date.localeCompare(a.conference.date));
  const latest = signed[0];
  if (!latest && conferences.unreadable.length > 0) {
    throw unreadableRecords(
      conferences.unreadable,
      'and one may be the signed conference that names this child, so the plan update was not made',
    );
  }
  if (!latest) {
    throw new AppFailure(
      'BLOCKED',
      'No conference signed in this vault names this child, so the Designated Manager cannot match the update to a plan.',
    );
  }
  const entries = list.read.flatMap(({ value: e }) =>
    e.childId === childId && e.kind !== 'transfer-in' ? [e] : [],
  );
  if (entries.length === 0) {
    throw new AppFailure(
      'BLOCKED',
      'Nothing has been recorded about this child’s plan without a conference (a plan ended, a core group held).',
    );
  }
  const child = latest.conference.children.find((c) => c.details.id === childId)!;
  return {
    child: { id: child.details.id, name: child.details.name },
    conference: { id: latest.conference.id, date: latest.conference.date },
    entries,
  };
}

export type PlanUpdateEffect = {
  type: 'plan-update';
  records: number;
  ended: boolean;
};

/**
 * Checks a received plan update against this vault: the child must be on a plan notified here, and a record the
 * vault already holds under the same id must be identical. Returns the records still to store.
 */
export function checkPlanUpdate(
  vault: Reader,
  body: PlanUpdateBody,
): { effect: PlanUpdateEffect; toStore: PlanListEntry[] } {
  // A notified conference that cannot be read may be the child's plan: refuse rather than say none was notified.
  const unreadable: string[] = [];
  const notified = Object.keys(vault.list('exchange'))
    .filter((k) => k.startsWith('notified:'))
    .some((k) => {
      try {
        const s = readRecord(
          vault,
          'conferences',
          k.slice('notified:'.length),
          StoredConferenceSchema,
        );
        return s !== undefined && hasChild(s, body.child.id);
      } catch (e) {
        if (e instanceof UnreadableRecord) {
          unreadable.push(e.key);
          return false;
        }
        throw e;
      }
    });
  if (!notified && unreadable.length > 0) {
    throw unreadableRecords(
      unreadable,
      'and one may hold this child’s plan, so this update was not applied',
    );
  }
  if (!notified) {
    throw new AppFailure(
      'BAD_INPUT',
      `No plan for ${body.child.name} has been notified to you, so this update cannot be matched. Ask the chair to send the plan notification first.`,
    );
  }
  const toStore = body.entries.filter((e) => {
    const held = readRecord(vault, 'planList', e.id, PlanListEntrySchema);
    if (held === undefined) {
      return true;
    }
    if (!deepEqual(held, e)) {
      throw new AppFailure(
        'BAD_INPUT',
        'This update changes a record already held about this child; it was not applied.',
      );
    }
    return false;
  });
  return {
    effect: {
      type: 'plan-update',
      records: toStore.length,
      ended: toStore.some((e) => e.kind === 'plan-ended'),
    },
    toStore,
  };
}
