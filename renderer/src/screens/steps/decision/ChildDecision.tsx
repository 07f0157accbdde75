// The chair's decision for one child: the significant-harm question, the outcome, the rationale, the family's
// disagreement and complaint information, and dissent. Choosing a plan starts the outline plan with its dates.
// Rules: docs/domain.md §1.7 (test; the chair decides), §2.2 (outcomes), §5.1 (each sibling separately), §5.2.
import { useState } from 'react';

import { ENGLAND_DEFAULTS } from '../../../../../shared/domain/config-defaults';
import type { Conference } from '../../../../../shared/domain/conference';
import { OUTCOME_LABELS, isPlanOutcome } from '../../../../../shared/domain/decision';
import type { Decision, Outcome } from '../../../../../shared/domain/decision';
import {
  newDecision,
  outcomesFor,
  questionOutcomeNote,
  significantHarmQuestion,
  viewsSummary,
  withOutcome,
} from '../../../../../shared/domain/decision-choices';
import { newOutlinePlan } from '../../../../../shared/domain/plan-defaults';
import { fieldIdFor } from '../../../components/field-id';
import { useConference } from '../../../state/conference-store';

import { DissentSection } from './DissentSection';
import { PlainTextField } from './PlainTextField';

const OUTCOME_HINTS: Partial<Record<Outcome, string>> = {
  'cp-plan': 'The child is suffering, or likely to suffer, significant harm.',
  'cp-plan-from-birth': 'The plan starts when the baby is born.',
  'cin-plan': 'Section 17: the child needs services but is not made subject to a plan.',
  'early-help': 'Help from universal or early help services.',
};

type Props = { c: Conference; childIndex: number };

export function ChildDecision({ c, childIndex }: Props) {
  const apply = useConference((s) => s.apply);
  // The answer given before an outcome is chosen; the decision is recorded with the outcome.
  const [pendingRisk, setPendingRisk] = useState<boolean | undefined>(undefined);
  const [said, setSaid] = useState('');
  const child = c.children[childIndex];
  if (!child) {
    return null;
  }
  const d = child.decision;
  const name = child.details.name;
  const path = ['children', childIndex, 'decision'];
  const risk = d?.continuingRisk ?? pendingRisk;

  const save = (decision: Decision) =>
    apply({ type: 'setDecision', childId: child.details.id, decision });
  const answer = (yes: boolean) => {
    if (d) {
      save({ ...d, continuingRisk: yes });
    } else {
      setPendingRisk(yes);
    }
  };
  const choose = (outcome: Outcome) => {
    const next = d
      ? withOutcome(d, outcome)
      : { decision: newDecision(outcome, pendingRisk), clearedCategories: false };
    save(next.decision);
    const started = isPlanOutcome(outcome) && !child.plan;
    if (started) {
      apply({
        type: 'set',
        path: ['children', childIndex, 'plan'],
        value: newOutlinePlan(c, ENGLAND_DEFAULTS),
      });
    }
    setSaid(
      `${name}: ${OUTCOME_LABELS[outcome]}.${next.clearedCategories ? ' The categories were cleared: only a child protection plan has a category.' : ''}${started ? ' The outline plan has been started with the latest core group and review dates.' : ''}`,
    );
  };
  const note = d ? questionOutcomeNote(d) : undefined;

  return (
    <>
      <p className="hint">{viewsSummary(c, childIndex)}</p>
      <fieldset>
        <legend>{significantHarmQuestion(child.details)}</legend>
        {([true, false] as const).map((yes) => {
          const id = fieldIdFor([...path, 'continuingRisk', yes ? 'yes' : 'no']);
          return (
            <div className="choice" key={String(yes)}>
              <input
                type="radio"
                id={id}
                name={fieldIdFor([...path, 'continuingRisk'])}
                checked={risk === yes}
                onChange={() => answer(yes)}
              />
              <label htmlFor={id}>{yes ? 'Yes' : 'No'}</label>
            </div>
          );
        })}
        {!d && pendingRisk !== undefined ? (
          <p className="hint">Now choose the outcome to record the decision.</p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>Outcome for {name}</legend>
        {outcomesFor(child.details).map((outcome) => {
          const id = fieldIdFor([...path, 'outcome', outcome]);
          const hint = OUTCOME_HINTS[outcome];
          return (
            <div className="choice" key={outcome}>
              <input
                type="radio"
                id={id}
                name={fieldIdFor([...path, 'outcome'])}
                checked={d?.outcome === outcome}
                aria-describedby={hint ? `${id}-hint` : undefined}
                onChange={() => choose(outcome)}
              />
              <label htmlFor={id}>{OUTCOME_LABELS[outcome]}</label>
              {hint ? (
                <p className="hint" id={`${id}-hint`}>
                  {hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {note ? (
        <div className="notice notice--warning">
          <p>{note}</p>
        </div>
      ) : null}
      {d ? (
        <>
          <PlainTextField
            label={`Why the chair decided this for ${name}`}
            hint="The rationale goes in the decision letter and the minutes, so write it for the family to read."
            path={[...path, 'rationale']}
            value={d.rationale}
            rows={5}
          />
          <PlainTextField
            label="The parents' or child's disagreement with the decision, if any"
            path={[...path, 'familyDisagreement']}
            value={d.familyDisagreement}
            rows={2}
          />
          <div className="choice">
            <input
              type="checkbox"
              id={fieldIdFor([...path, 'complaintInformationGiven'])}
              checked={d.complaintInformationGiven}
              onChange={(e) => save({ ...d, complaintInformationGiven: e.target.checked })}
            />
            <label htmlFor={fieldIdFor([...path, 'complaintInformationGiven'])}>
              The family has been told how to complain about the decision
            </label>
          </div>
          <DissentSection c={c} childIndex={childIndex} />
        </>
      ) : null}
    </>
  );
}
