// When a plan starts, and the dates the record prints with the rule that set each, so a reader can check them.
// One rule for unborn babies: a plan made at a pre-birth conference starts AT BIRTH (docs/domain.md §5.2: the
// conference "can decide the child will be subject to a plan from birth"); the documents print "At birth" with
// the expected delivery date, and the review after the birth by the chosen rule (§5.2, §9.3). Other plans start
// on the conference day; at a review, on the date the plan first started.
import type { Config } from '../domain/config';
import type { Conference, ConferenceChild } from '../domain/conference';
import { isPlanOutcome } from '../domain/decision';
import {
  firstCoreGroupDueDate,
  firstReviewDueDate,
  icpcDueDate,
  postBirthReviewDueDate,
  transferInDueDate,
} from '../domain/due-dates';
import type { DueDate } from '../domain/due-dates';
import { formatDate } from '../domain/format-en-gb';

import { dateText } from './conference-facts';

/** True for an unborn child made subject to a plan: the plan starts at birth. */
export function startsAtBirth(child: ConferenceChild): boolean {
  return (
    child.details.unborn && child.decision !== undefined && isPlanOutcome(child.decision.outcome)
  );
}

/** "At birth (the baby is expected on 1 March 2026)", or the start date in words. */
export function planStartText(conference: Conference, child: ConferenceChild): string {
  if (child.review?.planStartDate) {
    return dateText(child.review.planStartDate);
  }
  if (startsAtBirth(child)) {
    return atBirthText(child.details.expectedDeliveryDate);
  }
  return dateText(conference.date);
}

/** "At birth (the baby is expected on 1 March 2026)": the start of a plan made from birth, before the birth. */
export function atBirthText(edd: string | undefined): string {
  return edd
    ? `At birth (the baby is expected on ${formatDate(edd)})`
    : 'At birth (expected delivery date not recorded)';
}

/**
 * The review after the birth, as a sentence: the rule chosen for this child (or the authority's), and the date it
 * gives if the baby is born on the expected date. Empty for a child whose plan does not start at birth.
 */
export function postBirthReviewText(
  conference: Conference,
  child: ConferenceChild,
  config: Config,
): string {
  if (!startsAtBirth(child) || conference.type === 'review') {
    return '';
  }
  const rule = child.details.postBirthReviewRule ?? config.timescales.postBirthReview;
  const words =
    rule === 'birth-plus-4-weeks'
      ? 'within 4 weeks of the birth'
      : 'within 3 months of this conference or within 20 working days of the birth, whichever is sooner';
  const edd = child.details.expectedDeliveryDate;
  if (!edd) {
    return `The first review after the birth is held ${words}.`;
  }
  const due = postBirthReviewDueDate(conference.date, edd, {
    ...config,
    timescales: { ...config.timescales, postBirthReview: rule },
  });
  return `The first review after the birth is held ${words}. If the baby is born on the expected date, ${formatDate(edd)}, that is by ${formatDate(due.date)} (${due.rule}).`;
}

/** "19 January 2026 (due by 19 January 2026: 10 working days after the conference on 5 January 2026 (day 0))". */
export function withDueRule(date: string | undefined, due: DueDate): string {
  return `${dateText(date)} (due by ${formatDate(due.date)}: ${due.rule})`;
}

/** The first core group's date with its rule (conference + 10 working days, docs/domain.md §3.2). */
export function firstCoreGroupWithRule(
  conference: Conference,
  date: string | undefined,
  config: Config,
): string {
  return withDueRule(date, firstCoreGroupDueDate(conference.date, config));
}

/** The first review's date with its rule (conference + 3 months, docs/domain.md §3.3). */
export function firstReviewWithRule(
  conference: Conference,
  date: string | undefined,
  config: Config,
): string {
  return withDueRule(date, firstReviewDueDate(conference.date, config));
}

/** When the conference itself was due (strategy discussion + 15 working days, §1.2), when that is known. */
export function conferenceDueText(conference: Conference, config: Config): string | undefined {
  if (conference.type === 'transfer-in-initial') {
    const told = conference.transferIn?.notifiedOn;
    return told ? dueText(transferInDueDate(told, config)) : undefined;
  }
  if (conference.type === 'review' || conference.strategyDiscussionDate === undefined) {
    return undefined;
  }
  return dueText(icpcDueDate(conference.strategyDiscussionDate, config));
}

function dueText(due: DueDate): string {
  return `${formatDate(due.date)} (${due.rule})`;
}
