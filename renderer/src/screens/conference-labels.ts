// Plain-English labels for conference types and statuses, shared by the home table and the set-up screen.
// Terminology: docs/domain.md §6 (current wording only).
import type { ConferenceType } from '../../../shared/domain/conference';
import type { ConferenceStatus } from '../../../shared/ipc/contracts/conference';

export const TYPE_LABELS: Readonly<Record<ConferenceType, string>> = {
  initial: 'Initial',
  'pre-birth-initial': 'Pre-birth initial',
  'transfer-in-initial': 'Transfer-in initial',
  review: 'Review',
};

export const STATUS_LABELS: Readonly<Record<ConferenceStatus, string>> = {
  draft: 'Draft',
  'in-conference': 'In conference',
  'awaiting-sign-off': 'Awaiting sign-off',
  signed: 'Signed',
};
