// Live mode, purpose: the purpose of the conference and the reason it was called, with the outcome of the
// section 47 enquiries and the background. Rule source: docs/domain.md §1.3 (purpose), §4.2, §9.4 items 3.4–3.5.
import { TextBlockField } from '../../components/TextBlockField';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

/** The purpose as national guidance puts it (docs/domain.md §1.3), offered as a starting text. */
export const STANDARD_PURPOSE =
  'To bring together and analyse the information about the children’s needs and their parents’ capacity to meet them and keep them safe; to decide whether each child is likely to suffer significant harm; and to decide what needs to happen next, including whether each child should be subject to a child protection plan, what outcomes are wanted and how to achieve them.';

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
