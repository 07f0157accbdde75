// Plan updates without a conference: a plan ended for a reason that needs no conference (moved away, 18, died, left
// the UK, looked after) or a core group held is recorded in the chair's list (docs/list.md) and sent to the
// Designated Manager as a `plan-update` bundle carrying the chair's list records for that child. The manager's
// vault keeps the same records, so its derived list ends the plan or moves the next core group exactly as the
// chair's does. A category change is decided at a review conference, which is notified as a conference of its
// own. Rule source: docs/exchange.md (plan updates); docs/list.md (where the list comes from).
import { deepEqual } from '../../../shared/exchange/merge';
import type { PlanUpdateBody } from '../../../shared/exchange/schemas';
import { AppFailure } from '../../../shared/ipc/result';
import { PlanListEntrySchema } from '../../../shared/list/schemas';
import type { PlanListEntry } from '../../../shared/list/schemas';
import { StoredConferenceSchema } from '../conferences/stored-conference';
import type { StoredConference } from '../conferences/stored-conference';
import type { VaultRecords } from '../vault/vault-records';

import { parsed } from './threads';

type Reader = Pick<VaultRecords, 'get' | 'list'>;

const storedConferences = (vault: Reader): StoredConference[] =>
  Object.values(vault.list('conferences')).flatMap((v) => {
    const s = parsed(StoredConferenceSchema, v);
    return s ? [s] : [];
  });

const hasChild = (s: StoredConference, childId: string): boolean =>
  s.conference.children.some((c) => c.details.id === childId);

/** The chair's list records about one child (no transfer-ins) and the latest signed conference naming them. */
export function planUpdateBody(vault: Reader, childId: string): PlanUpdateBody {
  const signed = storedConferences(vault)
    .filter((s) => s.status === 'signed' && hasChild(s, childId))
    .sort((a, b) => b.conference.date.localeCompare(a.conference.date));
  const latest = signed[0];
  if (!latest) {
    throw new AppFailure(
      'BLOCKED',
      'No conference signed in this vault names this child, so the Designated Manager cannot match the update to a plan.',
    );
  }
  const entries = Object.values(vault.list('planList')).flatMap((v) => {
    const e = parsed(PlanListEntrySchema, v);
    return e && e.childId === childId && e.kind !== 'transfer-in' ? [e] : [];
  });
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
  const notified = Object.keys(vault.list('exchange'))
    .filter((k) => k.startsWith('notified:'))
    .map((k) =>
      parsed(StoredConferenceSchema, vault.get('conferences', k.slice('notified:'.length))),
    )
    .some((s) => s !== null && hasChild(s, body.child.id));
  if (!notified) {
    throw new AppFailure(
      'BAD_INPUT',
      `No plan for ${body.child.name} has been notified to you, so this update cannot be matched. Ask the chair to send the plan notification first.`,
    );
  }
  const toStore = body.entries.filter((e) => {
    const held = vault.get('planList', e.id);
    if (held === undefined) {
      return true;
    }
    if (!deepEqual(parsed(PlanListEntrySchema, held), e)) {
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
