// One child's review decision: continue the plan, or "recommendation to discontinue the child protection plan"
// with the reason and what happens next; a warning when ending at the first review; the next review date (+6
// months) with its rule. Continue or discontinue is the decision's outcome (review.ts), so it is stored once.
// Rules: docs/domain.md §3.3 (reviews), §3.4 (discontinuing; not at the first review but in exceptional cases).
import { useId } from 'react';

import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import type { Conference } from '../../../../shared/domain/conference';
import { OUTCOME_LABELS } from '../../../../shared/domain/decision';
import type { Decision, Outcome } from '../../../../shared/domain/decision';
import { newDecision, withOutcome } from '../../../../shared/domain/decision-choices';
import { nextReviewDueDate } from '../../../../shared/domain/due-dates';
import { formatDate } from '../../../../shared/domain/format-en-gb';
import { newOutlinePlan } from '../../../../shared/domain/plan-defaults';
import {
  CONTINUE_WORDING,
  DISCONTINUE_REASON_LABELS,
  DISCONTINUE_REASONS,
  DISCONTINUE_WORDING,
  reviewDirection,
} from '../../../../shared/domain/review';
import { endingAtFirstReview } from '../../../../shared/domain/rules/decision';
import { fieldIdFor } from '../../components/field-id';
import { TextField } from '../../components/TextField';
import { useConference } from '../../state/conference-store';

import { todayIso } from './list-labels';

const AFTER: Outcome[] = ['cin-plan', 'early-help', 'no-further-action'];

type Props = { c: Conference; childIndex: number; firstReview: boolean };

export function ReviewChild({ c, childIndex, firstReview }: Props) {
  const id = useId();
  const apply = useConference((s) => s.apply);
  const child = c.children[childIndex];
  if (!child) {
    return null;
  }
  const name = child.details.name || 'this child';
  const d = child.decision;
  const direction = reviewDirection(child);
  const path = ['children', childIndex];
  const save = (decision: Decision) =>
    apply({ type: 'setDecision', childId: child.details.id, decision });

  // The categories under review carry over (the first one primary); the chair can change them later.
  const carried = (child.review?.categoriesBefore ?? []).map((category, i) => ({
    category,
    primary: i === 0,
  }));
  const keep = () => {
    const outcome: Outcome = child.details.unborn ? 'cp-plan-from-birth' : 'cp-plan';
    const next = d ? withOutcome(d, outcome).decision : newDecision(outcome, true);
    save({
      ...next,
      continuingRisk: true,
      categories: next.categories.length > 0 ? next.categories : carried,
    });
    if (!child.plan) {
      apply({ type: 'set', path: [...path, 'plan'], value: newOutlinePlan(c, ENGLAND_DEFAULTS) });
    }
    // A plan that continues has no reason to end.
    if (child.review?.discontinueReason !== undefined) {
      apply({ type: 'unset', path: [...path, 'review', 'discontinueReason'] });
    }
  };
  const end = (outcome: Outcome) => {
    save(
      d
        ? { ...withOutcome(d, outcome).decision, continuingRisk: false }
        : newDecision(outcome, false),
    );
  };

  const firstReviewWarning = endingAtFirstReview(c, ENGLAND_DEFAULTS, todayIso()).find(
    (f) => f.path === `children.${childIndex}.decision.rationale`,
  );
  const due = nextReviewDueDate(c.date, ENGLAND_DEFAULTS);
  const reviewDate = child.plan?.reviewDate;

  return (
    <div className="review-child">
      <fieldset>
        <legend>Decision for {name} at this review</legend>
        <div className="choice">
          <input
            type="radio"
            id={`${id}-continue`}
            name={fieldIdFor([...path, 'review', 'direction'])}
            checked={direction === 'continue'}
            aria-describedby={`${id}-continue-hint`}
            onChange={keep}
          />
          <label htmlFor={`${id}-continue`}>{CONTINUE_WORDING}</label>
          <p className="hint" id={`${id}-continue-hint`}>
            {name} is still suffering, or likely to suffer, significant harm.
          </p>
        </div>
        <div className="choice">
          <input
            type="radio"
            id={`${id}-discontinue`}
            name={fieldIdFor([...path, 'review', 'direction'])}
            checked={direction === 'discontinue'}
            aria-describedby={`${id}-discontinue-hint`}
            onChange={() => end('cin-plan')}
          />
          <label htmlFor={`${id}-discontinue`}>{DISCONTINUE_WORDING}</label>
          <p className="hint" id={`${id}-discontinue-hint`}>
            {firstReview
              ? 'This is the first review: end the plan now only in exceptional, evidenced circumstances.'
              : `${name} is no longer at continuing risk of significant harm, or another reason below applies.`}
          </p>
        </div>
      </fieldset>
      {direction === 'discontinue' && d ? (
        <>
          {firstReviewWarning ? (
            <div className="list-notice" role="alert">
              <p>
                <strong>Warning: </strong>
                {firstReviewWarning.message}
              </p>
            </div>
          ) : null}
          {child.review ? (
            <div className="field">
              <label htmlFor={fieldIdFor([...path, 'review', 'discontinueReason'])}>
                Why the plan ends
              </label>
              <select
                id={fieldIdFor([...path, 'review', 'discontinueReason'])}
                value={child.review.discontinueReason ?? ''}
                onChange={(e) =>
                  apply(
                    e.target.value === ''
                      ? { type: 'unset', path: [...path, 'review', 'discontinueReason'] }
                      : {
                          type: 'set',
                          path: [...path, 'review', 'discontinueReason'],
                          value: e.target.value,
                        },
                  )
                }
              >
                <option value="">Choose a reason</option>
                {DISCONTINUE_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {DISCONTINUE_REASON_LABELS[r]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <fieldset>
            <legend>What happens after the plan ends</legend>
            <p className="hint">
              Ending a plan should not end help: consider a child in need plan.
            </p>
            {AFTER.map((o) => (
              <div className="choice" key={o}>
                <input
                  type="radio"
                  id={`${id}-after-${o}`}
                  name={`${id}-after`}
                  checked={d.outcome === o}
                  onChange={() => end(o)}
                />
                <label htmlFor={`${id}-after-${o}`}>{OUTCOME_LABELS[o]}</label>
              </div>
            ))}
          </fieldset>
        </>
      ) : null}
      {d ? (
        <TextField
          label={
            direction === 'discontinue'
              ? `Reason for the ${DISCONTINUE_WORDING.toLowerCase()}`
              : 'Reason for the decision'
          }
          hint="It goes in the minutes and the decision letter, so write it for the family to read."
          path={[...path, 'decision', 'rationale']}
          value={d.rationale}
          type="textarea"
        />
      ) : null}
      {direction === 'continue' ? (
        <div className="due-date">
          <p>
            <strong>Next review due by {formatDate(due.date)}</strong> ({due.rule}).
          </p>
          <p>
            {reviewDate
              ? `The next review is set for ${formatDate(reviewDate)}.`
              : 'The next review date is not set yet.'}{' '}
            {reviewDate && reviewDate > due.date ? 'That is later than the rule allows.' : ''}
          </p>
          {reviewDate !== due.date ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                apply({ type: 'set', path: [...path, 'plan', 'reviewDate'], value: due.date })
              }
            >
              Set the next review for {formatDate(due.date)}
            </button>
          ) : null}
        </div>
      ) : direction === 'discontinue' ? (
        <p className="due-date">
          No further review: the plan ends on {formatDate(c.date)}, the date of this conference.
        </p>
      ) : null}
    </div>
  );
}
