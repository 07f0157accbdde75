// What a review conference records for each child on top of an initial conference: the plan under review,
// progress against each action, and why a plan is discontinued. Continue or discontinue is the decision's outcome
// (a plan outcome continues the plan; any other outcome discontinues it), so it is never stored twice.
// Rules: docs/domain.md §3.3 (reviews), §3.4 (ending a plan; only a review judges "no longer at risk"), §5.4.
import type { Conference, ConferenceChild } from './conference';
import type { Config } from './config';
import { isPlanOutcome } from './decision';
import { firstReviewDueDate, nextReviewDueDate, postBirthReviewDueDate } from './due-dates';
import type { DueDate } from './due-dates';
import { plural } from './format-en-gb';

/** The wording the documents use for a decision to end the plan at a review (docs/domain.md §3.4). */
export const DISCONTINUE_WORDING = 'Recommendation to discontinue the child protection plan';
/** The wording for a decision to keep the plan. */
export const CONTINUE_WORDING = 'The child protection plan continues';

export {
  ACTION_PROGRESS,
  ACTION_PROGRESS_LABELS,
  ActionProgressLevelSchema,
  ActionProgressSchema,
  ChildReviewSchema,
  DISCONTINUE_REASON_LABELS,
  DISCONTINUE_REASONS,
  DiscontinueReasonSchema,
} from './review-schema';
export type {
  ActionProgress,
  ActionProgressLevel,
  ChildReview,
  DiscontinueReason,
} from './review-schema';

/** 'continue', 'discontinue', or undefined before the decision is recorded. */
export function reviewDirection(child: ConferenceChild): 'continue' | 'discontinue' | undefined {
  const d = child.decision;
  if (!d) {
    return undefined;
  }
  return isPlanOutcome(d.outcome) ? 'continue' : 'discontinue';
}

/** The sentence the documents print for the review decision. */
export function reviewDecisionWording(child: ConferenceChild): string | undefined {
  const direction = reviewDirection(child);
  if (direction === undefined) {
    return undefined;
  }
  return direction === 'continue' ? CONTINUE_WORDING : DISCONTINUE_WORDING;
}

/**
 * Prompts for the review screen (not validation rules: docs/domain.md §9.2 has none for these): actions whose progress
 * is not yet recorded, and a discontinued plan without its reason or the evidence behind it.
 */
export function reviewPrompts(child: ConferenceChild): string[] {
  const r = child.review;
  if (!r) {
    return [];
  }
  const name = child.details.name;
  const out: string[] = [];
  const open = r.actionProgress.filter((a) => a.progress === 'not-yet-assessed').length;
  if (open > 0) {
    out.push(`Record the progress on ${plural(open, 'action')} of ${name}'s plan.`);
  }
  if (reviewDirection(child) === 'discontinue') {
    if (r.discontinueReason === undefined) {
      out.push(`Say why ${name}'s plan is discontinued.`);
    }
    if ((child.decision?.rationale ?? '').trim() === '') {
      out.push(`Give the evidence for discontinuing ${name}'s plan in the rationale.`);
    }
  }
  return out;
}

/**
 * When a review conference is due, from the conference before it (docs/domain.md §3.3, §9.3): the first review 3 months
 * after the initial conference (or 90 days, as configured), later reviews 6 months after the last review; after a
 * pre-birth conference, once a baby is born, the post-birth review rule (§5.2; the earliest for several babies).
 * Undefined when the conference before it is not recorded (a review opened from the list always records it).
 */
export function reviewConferenceDueDate(c: Conference, config: Config): DueDate | undefined {
  const previous = c.previous;
  if (c.type !== 'review' || previous === undefined) {
    return undefined;
  }
  if (previous.type === 'review') {
    return nextReviewDueDate(previous.date, config);
  }
  if (previous.type === 'pre-birth-initial') {
    const born = c.children
      .filter((child) => !child.details.unborn && child.details.dateOfBirth !== undefined)
      .map((child) =>
        postBirthReviewDueDate(previous.date, child.details.dateOfBirth!, {
          ...config,
          timescales: {
            ...config.timescales,
            postBirthReview: child.details.postBirthReviewRule ?? config.timescales.postBirthReview,
          },
        }),
      )
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (born[0]) {
      return born[0];
    }
  }
  return firstReviewDueDate(previous.date, config);
}
