// Live mode, analysis. Standard: strengths and concerns. Signs of Safety: what are we worried about, what is
// working well, what needs to happen, then 0–10 scaling per participant. Rule source: docs/domain.md §4.4 (the
// Signs of Safety map and scaling), §9.1 (discussion sections).
import { useEffect } from 'react';

import type { SignsOfSafety } from '../../../../shared/domain/discussion';
import { TextBlockField } from '../../components/TextBlockField';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

import { ScalingTable } from './ScalingTable';

const empty = { text: '' };
const EMPTY_MAP: SignsOfSafety = {
  harmStatement: empty,
  dangerStatement: empty,
  complicatingFactors: empty,
  existingStrengths: empty,
  existingSafety: empty,
  safetyGoals: empty,
  nextSteps: empty,
  greyAreas: empty,
};

type Part = { title: string; fields: { key: keyof SignsOfSafety; label: string; hint?: string }[] };

const PARTS: readonly Part[] = [
  {
    title: 'What are we worried about?',
    fields: [
      { key: 'harmStatement', label: 'Past harm', hint: 'What has happened to the children.' },
      {
        key: 'dangerStatement',
        label: 'Danger statement',
        hint: 'What we are worried could happen if nothing changes.',
      },
      { key: 'complicatingFactors', label: 'Complicating factors' },
    ],
  },
  {
    title: 'What is working well?',
    fields: [
      { key: 'existingStrengths', label: 'Existing strengths' },
      { key: 'existingSafety', label: 'Existing safety' },
    ],
  },
  {
    title: 'What needs to happen?',
    fields: [
      { key: 'safetyGoals', label: 'Safety goals' },
      { key: 'nextSteps', label: 'Next steps' },
    ],
  },
  { title: 'Grey areas', fields: [{ key: 'greyAreas', label: 'Grey areas' }] },
];

export function AnalysisStep({ c }: StepProps) {
  const apply = useConference((s) => s.apply);
  const d = c.discussion;
  const signsOfSafety = c.practiceModel === 'signs-of-safety';
  const missingMap = signsOfSafety && d.signsOfSafety === undefined;

  // The Signs of Safety map is created, empty, the first time the step opens in that model.
  useEffect(() => {
    if (missingMap && !useConference.getState().conference?.discussion.signsOfSafety) {
      apply({ type: 'set', path: ['discussion', 'signsOfSafety'], value: EMPTY_MAP });
    }
  }, [missingMap, apply]);

  if (!signsOfSafety) {
    return (
      <>
        <TextBlockField
          label="Strengths and protective factors"
          path={['discussion', 'strengths']}
          block={d.strengths}
        />
        <TextBlockField
          label="Concerns and risks"
          path={['discussion', 'concerns']}
          block={d.concerns}
          hint="Include past harm, future danger and anything that makes things harder."
        />
      </>
    );
  }
  const map = d.signsOfSafety;
  if (!map) {
    return <p role="status">Preparing the Signs of Safety map…</p>;
  }
  return (
    <>
      {PARTS.map((part) => (
        <section className="step-part" key={part.title} aria-label={part.title}>
          <h2>{part.title}</h2>
          {part.fields.map((f) => (
            <TextBlockField
              key={f.key}
              label={f.label}
              path={['discussion', 'signsOfSafety', f.key]}
              block={map[f.key]}
              hint={f.hint}
              rows={4}
            />
          ))}
        </section>
      ))}
      <ScalingTable c={c} />
    </>
  );
}
