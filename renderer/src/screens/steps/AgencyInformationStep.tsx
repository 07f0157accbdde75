// Live mode, information from each agency: one text block per professional taking part, in the order they
// were invited; information already recorded for anyone else stays visible. Rule source: docs/domain.md §4.2
// (further information from each agency), §9.1 (agency information).
import { useEffect } from 'react';

import type { AgencyInformation } from '../../../../shared/domain/discussion';
import { participatingProfessionals } from '../../../../shared/domain/rules/decision';
import { TextBlockField } from '../../components/TextBlockField';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

export function AgencyInformationStep({ c }: StepProps) {
  const apply = useConference((s) => s.apply);
  const taking = participatingProfessionals(c);
  const missing = taking.filter(
    (p) => !c.discussion.agencyInformation.some((a) => a.professionalId === p.id),
  );
  const missingKey = missing.map((p) => p.id).join(',');

  // Each professional taking part gets an empty block to write in when the step opens.
  useEffect(() => {
    for (const p of missing) {
      // Check the store, not this render: the effect may run twice (React StrictMode).
      const now = useConference.getState().conference?.discussion.agencyInformation ?? [];
      if (now.some((a) => a.professionalId === p.id)) {
        continue;
      }
      const value: AgencyInformation = { professionalId: p.id, block: { text: '' } };
      apply({ type: 'insert', path: ['discussion', 'agencyInformation'], value });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the set of missing people changes
  }, [missingKey]);

  if (c.discussion.agencyInformation.length === 0) {
    return (
      <p>
        No professional is taking part yet. Mark who is present on the Attendance step, or record
        written reports on the Reports step.
      </p>
    );
  }
  return (
    <>
      <p>Ask each professional what their agency knows about the children and the family.</p>
      {c.discussion.agencyInformation.map((a, i) => {
        const p = c.professionals.find((x) => x.id === a.professionalId);
        const who = p
          ? `${p.name}${p.agency ? `, ${p.agency}` : ''}`
          : 'A professional no longer listed';
        return (
          <TextBlockField
            key={a.professionalId}
            label={`Information from ${who}`}
            path={['discussion', 'agencyInformation', i, 'block']}
            block={a.block}
            hint={p?.role ? `Role: ${p.role}` : undefined}
          />
        );
      })}
    </>
  );
}
