// Live mode's attendance step: the register (shared with set-up) and, while the conference is not quorate, the
// chair's reason to go ahead. Rule source: docs/domain.md §1.5, §9.2 rule 3.
import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import { quorumStatus } from '../../../../shared/domain/quorum';
import type { StepProps } from '../live/step-props';

import { AttendanceStep } from './AttendanceStep';
import { ExclusionFields } from './ExclusionFields';
import { QuorumReason } from './QuorumReason';

export function LiveAttendanceStep({ c }: StepProps) {
  const quorate = quorumStatus(c, ENGLAND_DEFAULTS.quorum).quorate;
  return (
    <>
      <AttendanceStep c={c} />
      {quorate && c.quorum.chairReasonToProceed.trim() === '' ? null : <QuorumReason c={c} />}
      <ExclusionFields c={c} />
    </>
  );
}
