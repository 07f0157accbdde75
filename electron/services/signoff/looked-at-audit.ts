// The audit entry that the chair confirmed looking at every document of the version being signed (ids and counts
// only). It goes in the same commit as the signed version (./sign-off.ts), so a signed version never lacks it and a
// refused sign-off leaves none. The check itself is requireLookedAtAll in ./draft-preview.ts.
import type { ConferenceId } from '../../../shared/domain/ids';
import type { AuditInput } from '../vault/audit';

export function lookedAtAudit(
  conferenceId: ConferenceId,
  version: number,
  count: number,
): AuditInput {
  return {
    actor: 'chair',
    action: 'record.documents-looked-at',
    ids: [conferenceId, `v${version}`, `looked-at:${count}-of-${count}`],
  };
}
