// The review part of a child's record at a review conference, as data: progress against each action of the plan
// under review and why a plan is discontinued. A leaf of conference.ts (which stores it per child), kept apart
// from review.ts, whose rules read the whole conference.
// Rules: docs/domain.md §3.3 (reviews), §3.4 (ending a plan).
import { z } from 'zod';

import { CategorySchema } from './categories';
import { ConferenceIdSchema, ItemIdSchema } from './ids';
import { IsoDateSchema, MediumTextSchema, ShortTextSchema } from './primitives';

/** How far an action of the plan under review has got. */
export const ACTION_PROGRESS = [
  'not-yet-assessed',
  'achieved',
  'partly-achieved',
  'not-achieved',
  'no-longer-needed',
] as const;
export const ActionProgressLevelSchema = z.enum(ACTION_PROGRESS);
export type ActionProgressLevel = z.infer<typeof ActionProgressLevelSchema>;

/** Plain-English label of each progress level. */
export const ACTION_PROGRESS_LABELS: Readonly<Record<ActionProgressLevel, string>> = {
  'not-yet-assessed': 'Not yet assessed',
  achieved: 'Achieved',
  'partly-achieved': 'Partly achieved',
  'not-achieved': 'Not achieved',
  'no-longer-needed': 'No longer needed',
};

/** Progress against one action of the plan under review (copied when the review is opened). */
export const ActionProgressSchema = z.strictObject({
  id: ItemIdSchema,
  what: MediumTextSchema,
  who: ShortTextSchema,
  byWhen: IsoDateSchema.optional(),
  progress: ActionProgressLevelSchema,
  note: MediumTextSchema,
});
export type ActionProgress = z.infer<typeof ActionProgressSchema>;

/** Why the review ends the plan (docs/domain.md §3.4). */
export const DISCONTINUE_REASONS = [
  'no-longer-at-risk',
  'moved-to-another-authority',
  'turned-18',
  'looked-after',
  'other',
] as const;
export const DiscontinueReasonSchema = z.enum(DISCONTINUE_REASONS);
export type DiscontinueReason = z.infer<typeof DiscontinueReasonSchema>;

/** Plain-English label of each reason. */
export const DISCONTINUE_REASON_LABELS: Readonly<Record<DiscontinueReason, string>> = {
  'no-longer-at-risk': 'No longer at continuing risk of significant harm',
  'moved-to-another-authority':
    'Moved permanently to another authority, which has held its transfer conference',
  'turned-18': 'Reaching 18',
  'looked-after': 'Now looked after, and no longer at risk for that reason',
  other: 'Another reason (given in the rationale)',
};

/** The review part of one child's record at a review conference. */
export const ChildReviewSchema = z.strictObject({
  /**
   * The plan under review: when it started and the conference before this one. No start date while a plan made
   * from birth waits for the birth (docs/domain.md §5.2).
   */
  planStartDate: IsoDateSchema.optional(),
  previousConferenceId: ConferenceIdSchema.optional(),
  previousReviewDate: IsoDateSchema.optional(),
  categoriesBefore: z.array(CategorySchema).max(4),
  actionProgress: z.array(ActionProgressSchema).max(200),
  discontinueReason: DiscontinueReasonSchema.optional(),
});
export type ChildReview = z.infer<typeof ChildReviewSchema>;
