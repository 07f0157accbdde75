// When the register shows the conference is not quorate: the chair's reason to go ahead and whether an early
// review was considered. Rule source: docs/domain.md §1.5 (exceptions the chair may allow; reasons in the record),
// §9.2 rule 3.
import type { Conference } from '../../../../shared/domain/conference';
import { fieldIdFor } from '../../components/field-id';
import { TextField } from '../../components/TextField';
import { useConference } from '../../state/conference-store';

export function QuorumReason({ c }: { c: Conference }) {
  const apply = useConference((s) => s.apply);
  const reviewId = fieldIdFor(['quorum', 'earlyReviewConsidered']);
  return (
    <div className="step-part">
      <TextField
        label="The chair's reason for going ahead although the conference is not quorate"
        type="textarea"
        path={['quorum', 'chairReasonToProceed']}
        value={c.quorum.chairReasonToProceed}
        hint="For example: enough information is available and delay would harm the child. Otherwise set a new date within 10 working days."
      />
      <div className="choice">
        <input
          type="checkbox"
          id={reviewId}
          checked={c.quorum.earlyReviewConsidered}
          onChange={(e) =>
            apply({
              type: 'set',
              path: ['quorum', 'earlyReviewConsidered'],
              value: e.target.checked,
            })
          }
        />
        <label htmlFor={reviewId}>An early review has been considered</label>
      </div>
    </div>
  );
}
