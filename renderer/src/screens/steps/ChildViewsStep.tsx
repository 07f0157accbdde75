// Live mode, the child's views: for each child, their wishes and feelings, how they were obtained and, when
// the child did not attend, why. Rule source: docs/domain.md §1.9, §9.2 rule 13 (never empty).
import type { ViewsObtained } from '../../../../shared/domain/child';
import { fieldIdFor } from '../../components/field-id';
import { TextBlockField } from '../../components/TextBlockField';
import { TextField } from '../../components/TextField';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

const HOW: { value: ViewsObtained; label: string }[] = [
  { value: 'attended', label: 'The child attended the conference' },
  { value: 'advocate', label: 'An advocate spoke for the child' },
  { value: 'written', label: 'The child wrote something' },
  { value: 'drawing-or-recording', label: 'A drawing or recording' },
  { value: 'direct-work-by-social-worker', label: 'Direct work by the social worker' },
  { value: 'other-professional', label: 'Another professional who knows the child' },
  { value: 'parent-or-carer', label: 'A parent or carer' },
  { value: 'not-obtained', label: 'The child’s views could not be obtained' },
];

export function ChildViewsStep({ c }: StepProps) {
  const apply = useConference((s) => s.apply);
  if (c.children.length === 0) {
    return <p>No children are recorded. Add them on the set-up screen.</p>;
  }
  return (
    <>
      {c.children.map((child, i) => {
        const views = child.views;
        const path = ['children', i, 'views'];
        const name = child.details.name;
        const toggle = (value: ViewsObtained, on: boolean) =>
          apply({
            type: 'set',
            path: [...path, 'obtainedBy'],
            value: on ? [...views.obtainedBy, value] : views.obtainedBy.filter((v) => v !== value),
          });
        return (
          <section
            className="step-part"
            key={child.details.id}
            aria-labelledby={`views-${child.details.id}`}
          >
            <h2 id={`views-${child.details.id}`}>{name}</h2>
            {child.details.unborn ? (
              <p className="hint">
                The baby is not born yet, so has no views of their own. Record the parents&rsquo;
                hopes for the baby, tick that the views could not be obtained, and say why.
              </p>
            ) : null}
            <TextBlockField
              label={`${name}'s views, wishes and feelings`}
              path={[...path, 'block']}
              block={views.block}
              hint="Use the child's own words where you can."
            />
            <fieldset>
              <legend>How {name}&apos;s views were obtained</legend>
              {HOW.map((h) => {
                const id = fieldIdFor([...path, 'obtainedBy', h.value]);
                return (
                  <div className="choice" key={h.value}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={views.obtainedBy.includes(h.value)}
                      onChange={(e) => toggle(h.value, e.target.checked)}
                    />
                    <label htmlFor={id}>{h.label}</label>
                  </div>
                );
              })}
            </fieldset>
            {views.obtainedBy.includes('attended') ? null : (
              <TextField
                label={`Why ${name} did not attend`}
                type="textarea"
                path={[...path, 'notInvolvedReason']}
                value={views.notInvolvedReason}
              />
            )}
          </section>
        );
      })}
    </>
  );
}
