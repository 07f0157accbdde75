// Live mode, purpose: the purpose of the conference and the reason it was called, with the outcome of the
// section 47 enquiries and the background. Rule source: docs/domain.md §1.3 (purpose), §4.2, §9.4 items 3.4–3.5.
import { STANDARD_PURPOSE } from '../../../../shared/domain/discussion';
import { TextBlockField } from '../../components/TextBlockField';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

export function PurposeStep({ c }: StepProps) {
  const setText = useConference((s) => s.setText);
  const flush = useConference((s) => s.flush);
  const d = c.discussion;
  return (
    <>
      {d.purpose.text.trim() === '' ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setText(['discussion', 'purpose', 'text'], STANDARD_PURPOSE);
              flush();
            }}
          >
            Use the standard wording for the purpose
          </button>
        </p>
      ) : null}
      <TextBlockField
        label="Purpose of the conference"
        path={['discussion', 'purpose']}
        block={d.purpose}
        hint="Explain the purpose in words the family understands."
      />
      <TextBlockField
        label="Reason for the conference"
        path={['discussion', 'reasonForConference']}
        block={d.reasonForConference}
        hint="What led to the conference, including the concerns."
      />
      <TextBlockField
        label="Outcome of the section 47 enquiries"
        path={['discussion', 'section47Outcome']}
        block={d.section47Outcome}
        rows={4}
      />
      <TextBlockField
        label="Background and history"
        path={['discussion', 'background']}
        block={d.background}
        rows={4}
      />
    </>
  );
}
