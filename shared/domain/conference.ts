// The conference record: one conference about one child or a sibling group, as plain JSON.
// Rules: docs/domain.md §9.1 (core entities); the JSON Schema generated from ConferenceSchema is the import format.
import { z } from 'zod';

import { AcceptedTerminologySchema } from './accepted-terminology';
import { AdministrationSchema } from './administration';
import { ChildDetailsSchema, ChildViewsSchema } from './child';
import { CategorySchema } from './categories';
import { DecisionSchema } from './decision';
import { DiscussionSchema, ReportSchema } from './discussion';
import { FamilyMemberSchema } from './household';
import { ConferenceIdSchema } from './ids';
import { OutlinePlanSchema } from './outline-plan';
import {
  ClockTimeSchema,
  IsoDateSchema,
  LongTextSchema,
  MediumTextSchema,
  ShortTextSchema,
} from './primitives';
import { AgencyViewSchema, AttendanceEntrySchema, ProfessionalSchema } from './professionals';
import { ChildReviewSchema } from './review-schema';

/** Version of the conference JSON format; bump it (and add a migration) when the shape changes. */
export const CONFERENCE_SCHEMA_VERSION = 1;

/** The kinds of conference (docs/domain.md §9.1). A combined ICPC+RCPC is an initial with combinedWithReview. */
export const CONFERENCE_TYPES = [
  'initial',
  'pre-birth-initial',
  'transfer-in-initial',
  'review',
] as const;
export const ConferenceTypeSchema = z.enum(CONFERENCE_TYPES);
export type ConferenceType = z.infer<typeof ConferenceTypeSchema>;

/** The structure the conference follows (docs/domain.md §4.4). */
export const PracticeModelSchema = z.enum([
  'standard',
  'signs-of-safety',
  'strengthening-families',
]);
export type PracticeModel = z.infer<typeof PracticeModelSchema>;

/** One child as considered by this conference: who they are, their views, the decision and the plan. */
export const ConferenceChildSchema = z.strictObject({
  details: ChildDetailsSchema,
  views: ChildViewsSchema,
  decision: DecisionSchema.optional(),
  plan: OutlinePlanSchema.optional(),
  /** At a review conference: the plan under review, progress on its actions, why it ends (review-schema.ts, rules in review.ts). */
  review: ChildReviewSchema.optional(),
});
export type ConferenceChild = z.infer<typeof ConferenceChildSchema>;

/** The chair (independent of line management of the case, docs/domain.md §1.6). */
export const ChairSchema = z.strictObject({
  name: ShortTextSchema,
  role: ShortTextSchema,
  independenceConfirmed: z.boolean(),
});

/** A transfer-in: when the receiving authority was told, by whom, and the plan that came with the child. */
export const TransferInSchema = z.strictObject({
  notifiedOn: IsoDateSchema.optional(),
  originatingAuthority: ShortTextSchema,
  originatingPlanStart: IsoDateSchema.optional(),
  originatingCategories: z.array(CategorySchema).max(4),
  originatingPlanSummary: LongTextSchema,
});
export type TransferIn = z.infer<typeof TransferInSchema>;

/** The conference before this one, as far as rules 3 and 14 need it. */
export const PreviousConferenceSchema = z.strictObject({
  date: IsoDateSchema,
  type: ConferenceTypeSchema,
  quorate: z.boolean(),
});

/** Why the conference is late, and who agreed it (docs/domain.md §1.2). */
export const DelaySchema = z.strictObject({
  reason: MediumTextSchema,
  agreedByManager: ShortTextSchema,
  agreedByChair: z.boolean(),
});

/** The chair's handling of quorum; whether it is quorate is computed live from the register (quorum.ts). */
export const QuorumRecordSchema = z.strictObject({
  chairReasonToProceed: MediumTextSchema,
  earlyReviewConsidered: z.boolean(),
});

/** Statements read at the start of the conference (docs/domain.md §1.7, §8.3). */
export const StatementsSchema = z.strictObject({
  confidentialityRead: z.boolean(),
  professionalDifferenceRead: z.boolean(),
  recordingExplained: z.boolean(),
});

/** The most children and household members one conference record holds (the list's check uses the same). */
export const MAX_CONFERENCE_CHILDREN = 20;
export const MAX_HOUSEHOLD_MEMBERS = 50;

/** A whole conference. Dates are 'YYYY-MM-DD', times 'HH:MM'. */
export const ConferenceSchema = z.strictObject({
  schemaVersion: z.literal(CONFERENCE_SCHEMA_VERSION),
  id: ConferenceIdSchema,
  type: ConferenceTypeSchema,
  combinedWithReview: z.boolean(),
  reviewNumber: z.number().int().min(1).max(100).optional(),
  localAuthority: ShortTextSchema,
  date: IsoDateSchema,
  startTime: ClockTimeSchema.optional(),
  endTime: ClockTimeSchema.optional(),
  venue: ShortTextSchema,
  virtual: z.boolean(),
  chair: ChairSchema,
  minuteTaker: ShortTextSchema,
  practiceModel: PracticeModelSchema,
  strategyDiscussionDate: IsoDateSchema.optional(),
  section47StartDate: IsoDateSchema.optional(),
  transferIn: TransferInSchema.optional(),
  previous: PreviousConferenceSchema.optional(),
  delay: DelaySchema.optional(),
  quorum: QuorumRecordSchema,
  statements: StatementsSchema,
  children: z.array(ConferenceChildSchema).max(MAX_CONFERENCE_CHILDREN),
  household: z.array(FamilyMemberSchema).max(MAX_HOUSEHOLD_MEMBERS),
  professionals: z.array(ProfessionalSchema).max(100),
  attendance: z.array(AttendanceEntrySchema).max(150),
  reports: z.array(ReportSchema).max(100),
  agencyViews: z.array(AgencyViewSchema).max(2000),
  discussion: DiscussionSchema,
  administration: AdministrationSchema,
  privateNotes: LongTextSchema,
  /** Flagged wording the chair kept, with the reason (accepted-terminology.ts; rule 12 then does not block). */
  acceptedTerminology: AcceptedTerminologySchema.optional(),
});
export type Conference = z.infer<typeof ConferenceSchema>;

/**
 * The JSON Schema of a conference (the import format), generated from ConferenceSchema by zod.
 * Refinements (such as exact calendar validity beyond the date pattern) are enforced only by the zod parse.
 */
export function conferenceJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConferenceSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: `https://icpc-companion.invalid/schema/conference-v${CONFERENCE_SCHEMA_VERSION}.json`,
    title: `ICPC Companion conference, schema version ${CONFERENCE_SCHEMA_VERSION}`,
  };
}
