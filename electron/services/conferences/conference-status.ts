// Live mode's status moves: draft → in conference → awaiting sign-off, and back from awaiting sign-off to in
// conference. Signing (→ signed) belongs to documents.signOff only; a signed record never moves here.
// Rule source: status on the conferences home, the brief for conference.setStatus.
import type { ConferenceId } from '../../../shared/domain/ids';
import type { ConferenceStatus } from '../../../shared/ipc/contracts/conference';
import { AppFailure } from '../../../shared/ipc/result';

import type { ConferenceService } from './conference-service';

/** The statuses live mode may set. */
export type LiveStatus = 'in-conference' | 'awaiting-sign-off';

const ALLOWED: Readonly<Record<LiveStatus, readonly ConferenceStatus[]>> = {
  'in-conference': ['draft', 'awaiting-sign-off'],
  'awaiting-sign-off': ['in-conference'],
};

/** Throws SIGNED_LOCKED for a signed record and BAD_INPUT for a move live mode may not make. */
export function checkStatusMove(from: ConferenceStatus, to: LiveStatus): void {
  if (from === 'signed') {
    throw new AppFailure(
      'SIGNED_LOCKED',
      'This record is signed, so its status cannot change. Amend it to start a new version.',
    );
  }
  if (from !== to && !ALLOWED[to].includes(from)) {
    throw new AppFailure(
      'BAD_INPUT',
      to === 'awaiting-sign-off'
        ? 'Start the conference before marking it ready for sign-off.'
        : 'That status change is not allowed.',
    );
  }
}

/**
 * Moves a conference to `status` when its record is still at `expectedRevision` (CONFLICT otherwise). Setting
 * the status it already has changes nothing. A real move bumps the revision, so no older edit can land after it.
 */
export async function setLiveStatus(
  service: Pick<ConferenceService, 'get' | 'setSignOffStatus'>,
  id: ConferenceId,
  expectedRevision: number,
  status: LiveStatus,
): Promise<{ status: ConferenceStatus; revision: number; savedAt: string }> {
  const stored = service.get(id);
  checkStatusMove(stored.status, status);
  if (stored.status === status) {
    return { status, revision: stored.revision, savedAt: stored.savedAt };
  }
  const next = await service.setSignOffStatus(id, expectedRevision, status);
  return { status: next.status, revision: next.revision, savedAt: next.savedAt };
}
