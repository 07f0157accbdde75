// What a review conference's record and decision letter print beyond an initial conference's: the review number,
// the plan under review with progress against each of its actions, the decision to continue or the
// recommendation to discontinue the plan with the reason and evidence, what help follows, and the next review
// (+6 months). Rules: docs/domain.md §3.3 (reviews), §3.4 (ending a plan; help should not stop), §5.4, §9.4 items 1, 3.
import { CATEGORY_LABELS } from '../domain/categories';
import type { Category } from '../domain/categories';
import type { Config } from '../domain/config';
import type { Conference, ConferenceChild } from '../domain/conference';
import { OUTCOME_LABELS } from '../domain/decision';
import type { Outcome } from '../domain/decision';
import { nextReviewDueDate } from '../domain/due-dates';
import { formatDate, plural } from '../domain/format-en-gb';
import {
  ACTION_PROGRESS,
  ACTION_PROGRESS_LABELS,
  DISCONTINUE_REASON_LABELS,
  reviewDecisionWording,
  reviewDirection,
} from '../domain/review';

import { dateText, forSection } from './conference-facts';
import { atBirthText } from './plan-dates';
import type { DocNode, FieldRow } from './doc-model';
import { fields, heading, para, table } from './doc-model';

/** True for a review conference, whose documents print the review parts. */
export function isReview(conference: Conference): boolean {
  return conference.type === 'review';
}

/** The first review of a plan (the same test as validation rule 14). */
export function isFirstReview(conference: Conference): boolean {
  return (
    conference.type === 'review' &&
    (conference.reviewNumber === 1 ||
      (conference.reviewNumber === undefined && conference.previous?.type !== 'review'))
  );
}

/** "review 2 of the plan", or "a review of the plan" when the number is not recorded. */
export function reviewNumberText(conference: Conference): string {
  return conference.reviewNumber !== undefined
    ? `review ${conference.reviewNumber} of the child protection plan`
    : 'a review of the child protection plan';
}

const HELP_AFTER: Readonly<Record<Outcome, string>> = {
  'cp-plan': OUTCOME_LABELS['cp-plan'],
  'cp-plan-from-birth': OUTCOME_LABELS['cp-plan-from-birth'],
  'cin-plan': 'A child in need plan, so that help carries on',
  'early-help': 'Early help, so that support carries on',
  'no-further-action':
    'No further help from children’s social care is planned; the family can ask for help at any time',
};

/** What help follows a discontinued plan, in words (docs/domain.md §3.4: ending a plan should not end help). */
export function helpAfterText(outcome: Outcome): string {
  return HELP_AFTER[outcome];
}

/** "2 achieved, 1 partly achieved" over the actions of the plan under review, or "" with none. */
export function progressSummary(child: ConferenceChild): string {
  const rows = child.review?.actionProgress ?? [];
  const parts: string[] = [];
  for (const level of ACTION_PROGRESS) {
    const n = rows.filter((a) => a.progress === level).length;
    if (n > 0) {
      parts.push(`${n} ${ACTION_PROGRESS_LABELS[level].toLowerCase()}`);
    }
  }
  return parts.join(', ');
}

function childProgress(child: ConferenceChild): DocNode[] {
  const r = child.review;
  const nodes: DocNode[] = [heading(2, child.details.name)];
  if (!r) {
    return [...nodes, para('No plan under review was recorded for this child.', 'note')];
  }
  nodes.push(
    fields([
      {
        label: 'Plan started',
        // A plan made from birth whose baby is not yet born has not started (docs/domain.md §5.2).
        value:
          r.planStartDate === undefined && child.details.unborn
            ? atBirthText(child.details.expectedDeliveryDate)
            : dateText(r.planStartDate),
      },
      {
        label: 'Last reviewed',
        value: r.previousReviewDate ? dateText(r.previousReviewDate) : 'Not reviewed before',
      },
      { label: 'Categories under review', value: categoriesUnderReview(r.categoriesBefore) },
    ]),
    heading(3, 'Progress against each action of the plan'),
    table(
      ['Action', 'Who', 'By when', 'Progress', 'What the conference heard'],
      r.actionProgress.map((a) => [
        a.what,
        a.who,
        dateText(a.byWhen),
        ACTION_PROGRESS_LABELS[a.progress],
        a.note.trim() || 'Not recorded',
      ]),
      [5, 3, 2, 2, 5],
    ),
  );
  return nodes;
}

/** The categories of the plan under review, primary (first) marked when there are several. */
function categoriesUnderReview(categories: readonly Category[]): string {
  if (categories.length === 0) {
    return 'None recorded';
  }
  return categories
    .map((c, i) => `${CATEGORY_LABELS[c]}${i === 0 && categories.length > 1 ? ' (primary)' : ''}`)
    .join(', ');
}

/** Record section: the plan under review and progress against each of its actions, per child. */
export function reviewProgressSection(conference: Conference): DocNode[] {
  if (!isReview(conference)) {
    return [];
  }
  return forSection(conference, 'outline-plan', [
    heading(1, 'Progress against the plan under review'),
    para(
      `This conference is ${reviewNumberText(conference)}${conference.previous ? `; the conference before it was held on ${formatDate(conference.previous.date)}` : ''}.`,
    ),
    ...conference.children.flatMap(childProgress),
  ]);
}

/**
 * The decision rows of one child at a review: the decision wording; for a discontinued plan why it ends, the date
 * it ends and what help follows; for a continuing plan the next review date and the date it is due by.
 */
export function reviewDecisionRows(
  conference: Conference,
  child: ConferenceChild,
  config: Config,
): FieldRow[] {
  const direction = reviewDirection(child);
  const wording = reviewDecisionWording(child);
  if (direction === undefined || wording === undefined) {
    return [];
  }
  if (direction === 'discontinue') {
    const reason = child.review?.discontinueReason;
    return [
      { label: 'Decision at this review', value: wording },
      {
        label: 'Why the plan ends',
        value: reason ? DISCONTINUE_REASON_LABELS[reason] : 'Not recorded',
      },
      { label: 'The plan ends on', value: dateText(conference.date) },
      { label: 'What help follows', value: helpAfterText(child.decision!.outcome) },
    ];
  }
  const due = nextReviewDueDate(conference.date, config);
  return [
    { label: 'Decision at this review', value: wording },
    { label: 'Next review conference', value: dateText(child.plan?.reviewDate) },
    { label: 'Next review due by', value: `${formatDate(due.date)} (${due.rule})` },
  ];
}

/** The note printed when a plan ends at its first review (docs/domain.md §3.4, rule 14: exceptional, evidenced). */
export function firstReviewEndingNote(conference: Conference, child: ConferenceChild): DocNode[] {
  if (!isFirstReview(conference) || reviewDirection(child) !== 'discontinue') {
    return [];
  }
  return [
    para(
      `This plan ends at its first review. That happens only in exceptional circumstances; the evidence is set out below.`,
      'strong',
    ),
  ];
}

/** Why a discontinued plan ends, as the letter says it. */
function endingClause(child: ConferenceChild): string {
  const name = child.details.name;
  const reason = child.review?.discontinueReason;
  if (reason === undefined || reason === 'no-longer-at-risk') {
    return `The conference found that ${name} is no longer likely to suffer significant harm`;
  }
  if (reason === 'other') {
    return `The plan is no longer needed, for the reasons given above`;
  }
  return `The reason is: ${DISCONTINUE_REASON_LABELS[reason].toLowerCase()}`;
}

/** The letter's paragraph about a child whose plan continues or ends at this review. */
export function reviewLetterText(conference: Conference, child: ConferenceChild): string {
  const name = child.details.name;
  const d = child.decision;
  const actions = child.review?.actionProgress.length ?? 0;
  const heard =
    actions > 0
      ? `The conference looked at the progress on the ${plural(actions, 'action')} of ${name}'s plan: ${progressSummary(child)}. `
      : '';
  const direction = reviewDirection(child);
  if (direction === 'discontinue' && d) {
    const help =
      d.outcome === 'no-further-action'
        ? 'No further help from children’s social care is planned, but the family can ask for help at any time.'
        : `Help does not stop: ${d.outcome === 'early-help' ? 'early help' : 'a child in need plan'} follows.`;
    return `${heard}${endingClause(child)}, so I recommend that the child protection plan for ${name} is discontinued. The plan ends on ${formatDate(conference.date)} and there will be no further child protection review conference for ${name}. ${help}`;
  }
  if (direction === 'continue') {
    const next = child.plan?.reviewDate;
    return `${heard}${name} is still likely to suffer significant harm, so the child protection plan continues. ${next ? `The next review conference will be on ${formatDate(next)}.` : 'The date of the next review conference will be sent to you.'}`;
  }
  return `${heard}No decision has been recorded yet.`;
}
