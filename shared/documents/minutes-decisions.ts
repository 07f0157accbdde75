// The decision sections of the conference record: professionals' views, the decision per child with category,
// reasons and dissent, the outline plan or recommendations, next meetings. Rules: docs/domain.md §9.4 item 3 (11-14).
import { CATEGORY_LABELS } from '../domain/categories';
import type { Config } from '../domain/config';
import type { Conference, ConferenceChild } from '../domain/conference';
import type { Decision } from '../domain/decision';
import { OUTCOME_LABELS, isPlanOutcome } from '../domain/decision';
import { nextReviewDueDate } from '../domain/due-dates';

import { dateText, forSection, professionalLabel, timeText, yesNo } from './conference-facts';
import type { DocNode, TableNode } from './doc-model';
import { childHeading, fields, heading, list, para, table } from './doc-model';
import {
  firstCoreGroupWithRule,
  firstReviewWithRule,
  planStartText,
  postBirthReviewText,
  startsAtBirth,
} from './plan-dates';
import { joinPresent, recorded, withAside } from './recorded';
import {
  firstReviewEndingNote,
  helpAfterText,
  isReview,
  reviewDecisionRows,
} from './review-record';

/** "Neglect (primary), Emotional abuse" or "None". */
export function categoriesText(decision: Pick<Decision, 'categories'>): string {
  if (decision.categories.length === 0) {
    return 'None';
  }
  return decision.categories
    .map(
      (c) =>
        `${CATEGORY_LABELS[c.category]}${c.primary && decision.categories.length > 1 ? ' (primary)' : ''}`,
    )
    .join(', ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The outcome of a child's decision in words, or "No decision recorded". */
export function outcomeText(child: ConferenceChild): string {
  return child.decision ? OUTCOME_LABELS[child.decision.outcome] : 'No decision recorded';
}

/** Section 11: each professional's view for each child. */
export function professionalViews(conference: Conference): DocNode[] {
  const nodes: DocNode[] = [heading(1, "Each professional's view for each child")];
  for (const child of conference.children) {
    const rows = conference.agencyViews
      .filter((v) => v.childId === child.details.id)
      .map((v) => [
        professionalLabel(conference, v.professionalId),
        v.supportsPlan ? 'Plan' : 'No plan',
        v.categories.map((c) => CATEGORY_LABELS[c]).join(', ') || 'None',
        recorded(v.reason),
      ]);
    nodes.push(
      childHeading(2, child.details.name, child.details.id),
      table(['Professional', 'View', 'Category', 'Reason'], rows, [4, 2, 3, 5]),
    );
  }
  return forSection(conference, 'agency-views', nodes);
}

/**
 * Section 12: the chair's decision for each child, with category, reasons and any dissent. At a review, the
 * decision to continue or the recommendation to discontinue the plan, why it ends, what help follows and the next
 * review (review-record.ts); the reasons are headed "Reasons and evidence" when the plan ends.
 */
export function decisionSection(conference: Conference, config: Config): DocNode[] {
  const nodes: DocNode[] = [heading(1, 'Decision for each child')];
  const review = isReview(conference);
  for (const child of conference.children) {
    const d = child.decision;
    nodes.push(childHeading(2, child.details.name, child.details.id));
    if (!d) {
      nodes.push(para('No decision was recorded for this child.', 'strong'));
      continue;
    }
    const ends = review && !isPlanOutcome(d.outcome);
    nodes.push(
      ...firstReviewEndingNote(conference, child),
      fields([
        ...(review
          ? reviewDecisionRows(conference, child, config)
          : [{ label: 'Decision', value: OUTCOME_LABELS[d.outcome] }]),
        { label: 'Likely to suffer significant harm', value: yesNo(d.continuingRisk) },
        ...(ends ? [] : [{ label: 'Category of abuse or neglect', value: categoriesText(d) }]),
        { label: 'Decided by', value: withAside(recorded(conference.chair.name), 'chair') },
      ]),
      heading(3, ends ? 'Reasons and evidence' : 'Reasons'),
      para(d.rationale),
    );
    if (d.familyDisagreement.trim() !== '') {
      nodes.push(heading(3, 'Where the family disagrees'), para(d.familyDisagreement));
    }
    nodes.push(heading(3, 'Dissent'));
    if (d.dissent.length === 0) {
      nodes.push(para('No one disagreed with the decision.'));
    }
    for (const x of d.dissent) {
      nodes.push(
        fields([
          { label: 'Who disagreed', value: withAside(recorded(x.name), x.agency) },
          { label: 'Disagrees with', value: recorded(x.disagreesWith) },
          { label: 'Their view', value: recorded(x.text) },
          { label: 'Escalation route', value: recorded(x.escalationRoute) },
          { label: 'Response due', value: dateText(x.responseDueOn) },
        ]),
      );
    }
  }
  return forSection(conference, 'decision', nodes);
}

/** Section 13: the outline plan (in brief; the full plan is its own document) or the recommendations. */
export function planSection(conference: Conference, config?: Config): DocNode[] {
  const review = isReview(conference);
  const nodes: DocNode[] = [heading(1, 'Outline plan and recommendations')];
  for (const child of conference.children) {
    nodes.push(childHeading(2, child.details.name, child.details.id));
    const d = child.decision;
    const plan = child.plan;
    if (d && isPlanOutcome(d.outcome) && plan) {
      nodes.push(
        para(
          review
            ? 'The child protection plan as updated at this review is a separate document sent with this record.'
            : 'The outline child protection plan is a separate document sent with this record.',
        ),
        fields([
          {
            label: 'Lead social worker',
            value: plan.leadSocialWorker?.name.trim() || 'Not yet named',
          },
          ...(review ? [] : [{ label: 'Plan starts', value: planStartText(conference, child) }]),
          {
            label: review ? 'Next core group' : 'First core group',
            value:
              config && !review
                ? firstCoreGroupWithRule(conference, plan.firstCoreGroupDate, config)
                : dateText(plan.firstCoreGroupDate),
          },
          {
            label: review ? 'Next review conference' : 'Review conference',
            value:
              config && !review && !startsAtBirth(child)
                ? firstReviewWithRule(conference, plan.reviewDate, config)
                : dateText(plan.reviewDate),
          },
        ]),
        ...(config && postBirthReviewText(conference, child, config)
          ? [para(postBirthReviewText(conference, child, config))]
          : []),
        heading(3, 'What needs to change'),
        para(plan.whatNeedsToChange),
        list(
          plan.outcomes.map((o) => `${o.term === 'short' ? 'Short term' : 'Long term'}: ${o.text}`),
        ),
      );
    } else if (d && review) {
      nodes.push(
        para(
          `The child protection plan ends on ${dateText(conference.date)}. What help follows: ${lowerFirst(helpAfterText(d.outcome))}.`,
        ),
      );
    } else {
      nodes.push(
        para(
          d
            ? `Recommendation: ${OUTCOME_LABELS[d.outcome]}.${d.rationale.trim() ? ` ${d.rationale.trim()}` : ''}`
            : 'No recommendation was recorded for this child.',
        ),
      );
    }
  }
  return forSection(conference, 'outline-plan', nodes);
}

/**
 * Section 14: the next meetings (first core group and review) for each child with a plan. At a review, the next
 * core group and the next review, with the date it is due by (+6 months, docs/domain.md §3.3).
 */
export function nextMeetings(conference: Conference, config: Config): DocNode[] {
  const review = isReview(conference);
  const planned = conference.children.filter(
    (c) => c.plan && c.decision && isPlanOutcome(c.decision.outcome),
  );
  const rows = planned.map((c) => {
    const p = c.plan;
    const when = [dateText(p?.firstCoreGroupDate), timeText(p?.firstCoreGroupTime)].filter(Boolean);
    return [
      c.details.name,
      joinPresent([...when, p?.firstCoreGroupPlace]),
      dateText(p?.reviewDate),
    ];
  });
  const due = nextReviewDueDate(conference.date, config);
  return forSection(conference, 'core-group', [
    heading(1, 'Next meetings'),
    rows.length === 0
      ? para(
          review
            ? 'No child protection plan continues after this review, so no core group or review conference is set.'
            : 'No child protection plan was made, so no core group or review conference is set.',
        )
      : {
          ...(table(
            review
              ? ['Child', 'Next core group', 'Next review conference']
              : ['Child', 'First core group', 'Review conference'],
            rows,
            [3, 5, 3],
          ) as TableNode),
          rowChildIds: planned.map((c) => c.details.id),
        },
    ...(review && rows.length > 0
      ? [
          para(
            `While a plan continues, review conferences are no more than 6 months apart: the next is due by ${dateText(due.date)} (${due.rule}).`,
          ),
        ]
      : []),
  ]);
}
