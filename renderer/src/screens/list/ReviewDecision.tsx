// What a review conference needs beyond the initial conference's steps, shown on its set-up screen: the plan under
// review, progress against each action, and for each child the decision to continue or discontinue the plan.
// Rules: docs/domain.md §3.3, §3.4, §5.4; shared/domain/review.ts (review part of a conference child).
import type { Conference } from '../../../../shared/domain/conference';
import { formatDate } from '../../../../shared/domain/format-en-gb';

import { ActionProgressTable } from './ActionProgressTable';
import { categoriesText } from './list-labels';
import { listHash } from './list-route';
import { ReviewChild } from './ReviewChild';
import './list.css';

/** The first review of a plan (the same test as validation rule 14). */
export function isFirstReview(c: Conference): boolean {
  return (
    c.type === 'review' &&
    (c.reviewNumber === 1 || (c.reviewNumber === undefined && c.previous?.type !== 'review'))
  );
}

export function ReviewDecision({ c }: { c: Conference }) {
  const first = isFirstReview(c);
  return (
    <section className="setup-section" aria-labelledby="review-decision-title">
      <h2 id="review-decision-title">
        {c.reviewNumber ? `Review conference ${c.reviewNumber}` : 'Review conference'}: progress and
        decision
      </h2>
      {first ? (
        <p className="hint">
          This is the first review of the plan. It should receive the completed assessment.
        </p>
      ) : null}
      {c.children.length === 0 ? <p>Add the children under review first.</p> : null}
      {c.children.map((child, i) => {
        const r = child.review;
        return (
          <section
            key={child.details.id}
            aria-labelledby={`review-child-${i}`}
            className="review-block"
          >
            <h3 id={`review-child-${i}`}>{child.details.name || `Child ${i + 1}`}</h3>
            {r ? (
              <p>
                {r.planStartDate !== undefined
                  ? `Plan under review started on ${formatDate(r.planStartDate)}`
                  : 'Plan under review starts at birth (the baby is not yet born)'}
                {r.previousReviewDate
                  ? `; last reviewed on ${formatDate(r.previousReviewDate)}`
                  : ''}
                . Categories under review: {categoriesText(r.categoriesBefore)}.{' '}
                <a href={listHash({ view: 'child', childId: child.details.id })}>
                  Plan history of {child.details.name || 'this child'}
                </a>
              </p>
            ) : (
              <p className="list-notice">
                No plan under review is recorded for this child. Open a review from the child&apos;s
                page on the list of children subject to a plan, so the plan&apos;s actions are
                carried over.
              </p>
            )}
            <h4>Progress against the plan&apos;s actions</h4>
            <ActionProgressTable c={c} childIndex={i} />
            <ReviewChild c={c} childIndex={i} firstReview={first} />
          </section>
        );
      })}
    </section>
  );
}
