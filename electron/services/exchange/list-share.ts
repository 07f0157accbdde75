// The list for chairs' pre-checks: the Designated Manager sends it only when the authority has chosen to share it
// (a setting in the manager's vault, off until turned on); a chair keeps the newest list from each manager and
// checks children against it, always told how old it is. Rule source: docs/exchange.md (the list for pre-checks).
import { z } from 'zod';

import { ListSnapshotBodySchema, checkSnapshot } from '../../../shared/exchange/list-snapshot';
import type { ListSnapshotBody, SnapshotCheck } from '../../../shared/exchange/list-snapshot';
import { AppFailure } from '../../../shared/ipc/result';
import type { CheckCriteria } from '../../../shared/list/enquiry-schemas';
import type { ListRow } from '../../../shared/list/schemas';
import { unreadSentence } from '../../../shared/list/unread';
import type { VaultRecords } from '../vault/vault-records';

import { readRecord } from './records';

export const LIST_SHARING_SETTING = 'exchange-list-sharing';
export const SNAPSHOT_RECORD = 'list-snapshot';

type Reader = Pick<VaultRecords, 'get'>;

export const listSharing = (vault: Reader): boolean =>
  (vault.get('settings', LIST_SHARING_SETTING) as { share?: unknown } | undefined)?.share === true;

/**
 * The manager's list as it stands, for chairs (refused unless the authority shares it). Refused too while any
 * record is unread: a chair would check children against a list with children missing (docs/list.md).
 */
export function snapshotBody(
  vault: Reader,
  list: { rows: readonly ListRow[]; unreadRecords: number },
  authority: string,
  now: Date,
): ListSnapshotBody {
  if (!listSharing(vault)) {
    throw new AppFailure(
      'BLOCKED',
      'Your authority has not chosen to share the list with chairs. Turn sharing on first (icpc team share-list on).',
    );
  }
  if (list.unreadRecords > 0) {
    throw new AppFailure(
      'BLOCKED',
      `The list was not sent to chairs: ${unreadSentence(list.unreadRecords, 'list')}`,
    );
  }
  const { rows } = list;
  return {
    asOf: now.toISOString(),
    authority,
    children: rows.map((r) => ({
      childId: r.childId,
      name: r.name,
      unborn: r.unborn,
      ...(r.dateOfBirth ? { dateOfBirth: r.dateOfBirth } : {}),
      ...(r.expectedDeliveryDate ? { expectedDeliveryDate: r.expectedDeliveryDate } : {}),
      address: r.address,
      ...(r.nhsNumber ? { nhsNumber: r.nhsNumber } : {}),
      ...(r.planStart !== undefined ? { planStart: r.planStart } : {}),
      startsAtBirth: r.startsAtBirth,
      ...(r.leadSocialWorker ? { leadSocialWorker: r.leadSocialWorker } : {}),
    })),
  };
}

const HeldSnapshotSchema = z.strictObject({
  from: z.string(),
  fromName: z.string(),
  body: ListSnapshotBodySchema,
});
export type HeldSnapshot = { from: string; fromName: string; body: ListSnapshotBody };

/**
 * The list held, `null` when none was received. One that cannot be read refuses (CORRUPT): a pre-check must not
 * say "no list" over it, nor may an older list replace it (docs/exchange.md, "Records that cannot be read").
 */
export function heldSnapshot(vault: Reader): HeldSnapshot | null {
  return readRecord(vault, 'exchange', SNAPSHOT_RECORD, HeldSnapshotSchema) ?? null;
}

/** Refuses a list older than (or as old as) the one already held. */
export function checkNewer(vault: Reader, body: ListSnapshotBody): void {
  const held = heldSnapshot(vault);
  if (held && Date.parse(held.body.asOf) >= Date.parse(body.asOf)) {
    throw new AppFailure(
      'BAD_INPUT',
      'This list is not newer than the one you already hold; it was not applied.',
    );
  }
}

/** A pre-check against the list held, with its age; refused when no list has been received. */
export function precheck(
  vault: Reader,
  criteria: CheckCriteria,
  today: string,
): SnapshotCheck & { fromName: string } {
  const held = heldSnapshot(vault);
  if (!held) {
    throw new AppFailure(
      'NOT_FOUND',
      'No list from the Designated Manager has been received yet, so there is nothing to check against.',
    );
  }
  return { ...checkSnapshot(held.body, criteria, today), fromName: held.fromName };
}
