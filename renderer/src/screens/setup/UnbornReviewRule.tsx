// Set-up, for an unborn child: which rule dates the review after the birth (the local authority's choice).
// Rule source: docs/domain.md §5.2 (within 3 months of the ICPC or 20 working days of the birth, whichever is sooner;
// or within 4 weeks of the birth), §9.2 rule 10 (a date rule for the post-birth review is required).
import type { PostBirthReviewRule } from '../../../../shared/domain/child';
import type { ConferenceChild } from '../../../../shared/domain/conference';
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';

const RULES: { value: PostBirthReviewRule; label: string }[] = [
  {
    value: 'earlier-of-3-months-or-birth-plus-20-working-days',
    label:
      'Within 3 months of this conference or 20 working days of the birth, whichever is sooner',
  },
  { value: 'birth-plus-4-weeks', label: 'Within 4 weeks of the birth' },
];

export function UnbornReviewRule({ child, index }: { child: ConferenceChild; index: number }) {
  const apply = useConference((s) => s.apply);
  const path = ['children', index, 'details', 'postBirthReviewRule'];
  const id = fieldIdFor(path);
  return (
    <fieldset className="unborn-review">
      <legend>Review after the birth of {child.details.name}</legend>
      {RULES.map((r) => (
        <div className="choice" key={r.value}>
          <input
            type="radio"
            id={`${id}-${r.value}`}
            name={id}
            checked={child.details.postBirthReviewRule === r.value}
            onChange={() => apply({ type: 'set', path, value: r.value })}
          />
          <label htmlFor={`${id}-${r.value}`}>{r.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
