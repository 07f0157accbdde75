// The outline child protection plan for one child: lead, further assessments, root causes, what needs to change,
// short- and long-term child-focused outcomes, actions, the child's involvement, day-to-day checks, family
// involvement and the contingency plan. Rules: docs/domain.md §3.1, §9.1 (Outline plan), §9.4 item 2.
import type { Conference } from '../../../../../shared/domain/conference';
import type { Path } from '../../../../../shared/domain/edits';
import type { ItemId } from '../../../../../shared/domain/ids';
import type {
  Assessment,
  OutlinePlan,
  PlanAction,
  PlanOutcome,
} from '../../../../../shared/domain/outline-plan';
import {
  newAssessment,
  newPlanAction,
  newPlanOutcome,
} from '../../../../../shared/domain/plan-defaults';
import { YesNoChoice } from '../../../components/YesNoChoice';
import { fieldIdFor } from '../../../components/field-id';
import { useConference } from '../../../state/conference-store';
import { PlainTextField } from '../decision/PlainTextField';

import { LeadSocialWorkerFields } from './LeadSocialWorkerFields';
import { RowsTable } from './RowsTable';
import type { RowColumn } from './RowsTable';

type Props = { c: Conference; childIndex: number; plan: OutlinePlan };

const newId = (): ItemId => crypto.randomUUID() as ItemId;

const ASSESSMENT_COLUMNS: readonly RowColumn<Assessment>[] = [
  { key: 'what', header: 'Assessment', kind: 'long' },
  { key: 'who', header: 'Who', kind: 'text' },
  { key: 'byWhen', header: 'By when', kind: 'date' },
];
const OUTCOME_COLUMNS: readonly RowColumn<PlanOutcome>[] = [
  { key: 'text', header: 'Outcome for the child', kind: 'long' },
];

export function ChildPlan({ c, childIndex, plan }: Props) {
  const apply = useConference((s) => s.apply);
  const child = c.children[childIndex];
  if (!child) {
    return null;
  }
  const name = child.details.name;
  const path: Path = ['children', childIndex, 'plan'];
  const peopleList = `people-${child.details.id}`;
  const actionColumns: readonly RowColumn<PlanAction>[] = [
    { key: 'what', header: 'What will be done', kind: 'long' },
    { key: 'who', header: 'Who', kind: 'text', list: peopleList },
    { key: 'byWhen', header: 'By when', kind: 'date' },
    { key: 'howWeWillKnow', header: 'How we will know', kind: 'long' },
  ];
  const fgcId = fieldIdFor([...path, 'familyGroupConferenceConsidered']);

  return (
    <>
      <datalist id={peopleList}>
        {[...c.professionals, ...c.household].map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <h3>Lead</h3>
      <LeadSocialWorkerFields c={c} plan={plan} path={path} childName={name} />

      <h3>What needs to change</h3>
      <PlainTextField
        label="Root causes: what has led to the concerns"
        path={[...path, 'rootCauses']}
        value={plan.rootCauses}
        rows={3}
      />
      <PlainTextField
        label="What needs to change"
        path={[...path, 'whatNeedsToChange']}
        value={plan.whatNeedsToChange}
        rows={3}
      />
      <RowsTable
        caption={`Further assessments for ${name}`}
        path={[...path, 'furtherAssessments']}
        rows={plan.furtherAssessments}
        columns={ASSESSMENT_COLUMNS}
        itemName="Assessment"
        addLabel="Add a further assessment"
        makeRow={() => newAssessment(newId())}
      />

      <h3>Outcomes for {name}</h3>
      <p className="hint">
        Write each outcome about the child: what will be different for them, not what adults will
        do.
      </p>
      {(['short', 'long'] as const).map((term) => (
        <RowsTable
          key={term}
          caption={`${term === 'short' ? 'Short-term' : 'Long-term'} outcomes for ${name}`}
          path={[...path, 'outcomes']}
          rows={plan.outcomes}
          include={(o) => o.term === term}
          columns={OUTCOME_COLUMNS}
          itemName={term === 'short' ? 'Short-term outcome' : 'Long-term outcome'}
          addLabel={`Add a ${term}-term outcome`}
          addKey={`add-${term}`}
          makeRow={() => newPlanOutcome(newId(), term)}
        />
      ))}

      <h3>Actions</h3>
      <p className="hint" id={`actions-keys-${child.details.id}`}>
        Use Up and Down to reorder, or press Alt+Up or Alt+Down in a row to move it.
      </p>
      <RowsTable
        caption={`Actions for ${name}`}
        path={[...path, 'actions']}
        rows={plan.actions}
        columns={actionColumns}
        itemName="Action"
        addLabel="Add an action"
        makeRow={() => newPlanAction(newId())}
      />

      <h3>Keeping {name} safe</h3>
      <PlainTextField
        label={`How ${name} is involved in the plan`}
        path={[...path, 'childInvolvement']}
        value={plan.childInvolvement}
        rows={3}
      />
      <PlainTextField
        label={`Who checks ${name} is safe and well day to day`}
        path={[...path, 'safeAndWellDayToDay']}
        value={plan.safeAndWellDayToDay}
        rows={2}
      />
      <PlainTextField
        label="How the family is involved, and their support and advocacy"
        path={[...path, 'familyInvolvement']}
        value={plan.familyInvolvement}
        rows={2}
      />
      <YesNoChoice
        legend="Has a family group conference been considered?"
        idBase={fgcId}
        value={plan.familyGroupConferenceConsidered}
        onChoose={(v) =>
          apply({ type: 'set', path: [...path, 'familyGroupConferenceConsidered'], value: v })
        }
      />
      <PlainTextField
        label="Contingency plan"
        hint="What will happen if the plan is not followed or the child is not safe."
        path={[...path, 'contingencyPlan']}
        value={plan.contingencyPlan}
        rows={3}
        required
      />
    </>
  );
}
