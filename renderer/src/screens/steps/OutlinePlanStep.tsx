// Live mode, outline plan: one plan per child made subject to a plan. For siblings, the family-wide parts can be
// copied from a brother's or sister's plan, keeping each child's own outcomes (a sibling plan with per-child
// outcomes). Rules: docs/domain.md §3.1 (outline plan), §5.1 (siblings), §9.1 (Outline plan), §9.2 rule 5.
import { useState } from 'react';

import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import { isPlanOutcome } from '../../../../shared/domain/decision';
import type { ItemId } from '../../../../shared/domain/ids';
import type { OutlinePlan } from '../../../../shared/domain/outline-plan';
import { copySharedPlanParts, newOutlinePlan } from '../../../../shared/domain/plan-defaults';
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

import { ChildPlan } from './plan/ChildPlan';
import '../../styles/decision-steps.css';

const newId = (): ItemId => crypto.randomUUID() as ItemId;

export function OutlinePlanStep({ c }: StepProps) {
  const apply = useConference((s) => s.apply);
  const [said, setSaid] = useState('');
  const planChildren = c.children
    .map((child, index) => ({ child, index }))
    .filter(({ child }) => child.decision !== undefined && isPlanOutcome(child.decision.outcome));

  if (planChildren.length === 0) {
    return (
      <p>
        No child has been made subject to a child protection plan, so there is no outline plan to
        write. Record any child in need or early help recommendations in the decision rationale.
      </p>
    );
  }
  const start = (index: number) =>
    apply({
      type: 'set',
      path: ['children', index, 'plan'],
      value: newOutlinePlan(c, ENGLAND_DEFAULTS),
    });
  const copy = (index: number, to: OutlinePlan, fromIndex: number) => {
    const from = c.children[fromIndex];
    if (!from?.plan) {
      return;
    }
    const value = copySharedPlanParts(from.plan, to, newId);
    if (!apply({ type: 'set', path: ['children', index, 'plan'], value })) {
      setSaid(`Copied the family-wide parts of ${from.details.name}'s plan.`);
    }
  };

  return (
    <div className="decision-steps">
      {planChildren.map(({ child, index }) => {
        const name = child.details.name;
        const titleId = `plan-${child.details.id}`;
        const plan = child.plan;
        const siblings = planChildren.filter((x) => x.index !== index && x.child.plan);
        return (
          <section key={child.details.id} className="child-section" aria-labelledby={titleId}>
            <h2 id={titleId}>Outline plan for {name}</h2>
            {plan === undefined ? (
              <button
                type="button"
                className="button"
                id={fieldIdFor(['children', index, 'plan'])}
                onClick={() => start(index)}
              >
                Start the outline plan for {name}
              </button>
            ) : (
              <>
                {siblings.length > 0 ? (
                  <div className="copy-plan">
                    <p className="hint">
                      For siblings, copy the family-wide parts (lead, root causes, assessments,
                      actions, contingency, core group and dates) from another child&rsquo;s plan.
                      This replaces those parts here; {name}&rsquo;s own outcomes are kept.
                    </p>
                    {siblings.map((s) => (
                      <button
                        key={s.child.details.id}
                        type="button"
                        className="button button--secondary"
                        onClick={() => copy(index, plan, s.index)}
                      >
                        Copy from {s.child.details.name}&rsquo;s plan
                      </button>
                    ))}
                  </div>
                ) : null}
                <ChildPlan c={c} childIndex={index} plan={plan} />
              </>
            )}
          </section>
        );
      })}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
