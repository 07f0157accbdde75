// Live mode, core group and dates: for each child made subject to a plan, the core group, the first core group
// (latest +10 working days, rule shown), later core group frequency and the review date (latest +3 months, rule
// shown), with a warning when a chosen date is past the latest. Rules: docs/domain.md §3.2, §3.3, §9.3, §9.2 rule 5.
import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import { isPlanOutcome } from '../../../../shared/domain/decision';
import type { DueDate } from '../../../../shared/domain/due-dates';
import { formatDate } from '../../../../shared/domain/format-en-gb';
import {
  lateDateWarning,
  newOutlinePlan,
  planDueDates,
} from '../../../../shared/domain/plan-defaults';
import { DateInput } from '../../components/DateInput';
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

import { PlainTextField } from './decision/PlainTextField';
import { CoreGroupShortcuts } from './plan/CoreGroupShortcuts';
import { CoreGroupFields } from './plan/CoreGroupFields';
import { TimeInput } from './plan/TimeInput';
import { WorkingDayFlag } from './plan/WorkingDayFlag';
import '../../styles/decision-steps.css';

const ruleHint = (due: DueDate) => `Latest: ${formatDate(due.date)}, ${due.rule}.`;

export function CoreGroupStep({ c }: StepProps) {
  const apply = useConference((s) => s.apply);
  const config = ENGLAND_DEFAULTS;
  const due = planDueDates(c, config);
  const planChildren = c.children
    .map((child, index) => ({ child, index }))
    .filter(({ child }) => child.decision !== undefined && isPlanOutcome(child.decision.outcome));

  if (planChildren.length === 0) {
    return (
      <p>No child has been made subject to a child protection plan, so there is no core group.</p>
    );
  }
  const maxWeeks = config.timescales.coreGroupMaxWeeks;
  const weeksUpTo = (current: number) =>
    Array.from({ length: Math.max(maxWeeks, current) }, (_, i) => i + 1);

  return (
    <div className="decision-steps">
      {planChildren.map(({ child, index }) => {
        const name = child.details.name;
        const plan = child.plan;
        const path = ['children', index, 'plan'];
        const titleId = `core-${child.details.id}`;
        if (!plan) {
          return (
            <section key={child.details.id} className="child-section" aria-labelledby={titleId}>
              <h2 id={titleId}>{name}</h2>
              <button
                type="button"
                className="button"
                id={fieldIdFor(path)}
                onClick={() => apply({ type: 'set', path, value: newOutlinePlan(c, config) })}
              >
                Start the outline plan for {name}
              </button>
            </section>
          );
        }
        const coreLate = lateDateWarning(
          plan.firstCoreGroupDate,
          due.firstCoreGroup,
          'The first core group',
        );
        const reviewLate = lateDateWarning(plan.reviewDate, due.review, 'The review conference');
        const frequencyId = fieldIdFor([...path, 'coreGroupFrequencyWeeks']);
        return (
          <section key={child.details.id} className="child-section" aria-labelledby={titleId}>
            <h2 id={titleId}>{name}</h2>
            <h3>Core group</h3>
            <CoreGroupShortcuts c={c} childIndex={index} plan={plan} />
            <CoreGroupFields c={c} childIndex={index} plan={plan} />
            <h3>First core group</h3>
            <DateInput
              label="Date of the first core group"
              hint={ruleHint(due.firstCoreGroup)}
              path={[...path, 'firstCoreGroupDate']}
              value={plan.firstCoreGroupDate}
              required
            />
            {coreLate ? <p className="notice notice--block">{coreLate}</p> : null}
            <WorkingDayFlag
              date={plan.firstCoreGroupDate}
              path={[...path, 'firstCoreGroupDate']}
              what="The first core group"
              latest={due.firstCoreGroup.date}
              config={config}
            />
            <TimeInput
              label="Time of the first core group"
              path={[...path, 'firstCoreGroupTime']}
              value={plan.firstCoreGroupTime}
            />
            <PlainTextField
              label="Where the first core group meets"
              path={[...path, 'firstCoreGroupPlace']}
              value={plan.firstCoreGroupPlace}
            />
            <div className="field">
              <label htmlFor={frequencyId}>Core groups after the first meet every</label>
              <select
                id={frequencyId}
                value={plan.coreGroupFrequencyWeeks}
                onChange={(e) =>
                  apply({
                    type: 'set',
                    path: [...path, 'coreGroupFrequencyWeeks'],
                    value: Number(e.target.value),
                  })
                }
              >
                {weeksUpTo(plan.coreGroupFrequencyWeeks).map((w) => (
                  <option key={w} value={w}>
                    {w === 1 ? '1 week' : `${w} weeks`}
                    {w > maxWeeks ? ' (longer than the usual maximum)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <h3>Review conference</h3>
            <DateInput
              label="Date of the review conference"
              hint={ruleHint(due.review)}
              path={[...path, 'reviewDate']}
              value={plan.reviewDate}
              required
            />
            {reviewLate ? <p className="notice notice--block">{reviewLate}</p> : null}
            <WorkingDayFlag
              date={plan.reviewDate}
              path={[...path, 'reviewDate']}
              what="The review conference"
              latest={due.review.date}
              config={config}
            />
            <PlainTextField
              label="How people who were not at the conference will be told"
              path={[...path, 'absentPeopleInformedBy']}
              value={plan.absentPeopleInformedBy}
              rows={2}
            />
          </section>
        );
      })}
    </div>
  );
}
