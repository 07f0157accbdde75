// The shapes of the list of children subject to a child protection plan: rows, plan history, the records kept in
// the vault's planList collection (transfer-in entries, core groups held, plans ended without a conference) and
// the enquiry log. Rules: docs/domain.md §3 (plans), §5.3 (transfer-in), §6 (the list and enquiries), §9.1.
import { z } from 'zod';

import { CategorySchema, CinCensusCodeSchema } from '../domain/categories';
import { ConferenceTypeSchema } from '../domain/conference';
import { OutcomeSchema } from '../domain/decision';
import { ChildIdSchema, ConferenceIdSchema } from '../domain/ids';
import { IsoDateSchema, MediumTextSchema, ShortTextSchema } from '../domain/primitives';

/** A record id in the planList or enquiries collection (the vault's record-id alphabet). */
export const ListRecordIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9._:-]+$/, 'Ids use letters, digits and . _ : - only');
export type ListRecordId = z.infer<typeof ListRecordIdSchema>;

/** An NHS number as typed: 10 digits, spaces or hyphens allowed between groups. */
export const NhsNumberInputSchema = z
  .string()
  .max(20)
  .regex(/^[\d\s-]*$/, 'An NHS number has 10 digits');

/** Who the child is, as the list shows them. Unborn children carry an expected delivery date instead. */
export const ListChildSchema = z.strictObject({
  childId: ChildIdSchema,
  name: ShortTextSchema,
  unborn: z.boolean(),
  dateOfBirth: IsoDateSchema.optional(),
  expectedDeliveryDate: IsoDateSchema.optional(),
  /** The child's address, or the household's when the child's own is not recorded; '' when unknown. */
  address: MediumTextSchema,
  nhsNumber: z
    .string()
    .regex(/^\d{10}$/)
    .optional(),
});
export type ListChild = z.infer<typeof ListChildSchema>;

/** The lead social worker as the list shows them. */
export const ListLeadSchema = z.strictObject({
  name: ShortTextSchema,
  team: ShortTextSchema,
  contact: ShortTextSchema,
});
export type ListLead = z.infer<typeof ListLeadSchema>;

/** Where a plan on the list came from. */
export const PlanSourceSchema = z.enum(['conference', 'transfer-in']);
export type PlanSource = z.infer<typeof PlanSourceSchema>;

/** Why a plan ended (docs/domain.md §3.4). Only a review conference can judge 'no-longer-at-risk'. */
export const END_REASONS = [
  'no-longer-at-risk',
  'transfer-conference-held',
  'moved-to-another-authority',
  'turned-18',
  'died',
  'left-uk',
  'looked-after',
  'other-conference-outcome',
] as const;
export const EndReasonSchema = z.enum(END_REASONS);
export type EndReason = z.infer<typeof EndReasonSchema>;

/** The reasons a manager may end a plan without a review conference (docs/domain.md §3.4, West Midlands). */
export const MANUAL_END_REASONS = [
  'moved-to-another-authority',
  'turned-18',
  'died',
  'left-uk',
  'looked-after',
] as const;
export const ManualEndReasonSchema = z.enum(MANUAL_END_REASONS);
export type ManualEndReason = z.infer<typeof ManualEndReasonSchema>;

/** One row of the list: a child with an active plan, and what is due. Categories are primary first. */
export const ListRowSchema = z.strictObject({
  ...ListChildSchema.shape,
  planId: z.string().max(200),
  /** The day the plan started; absent while a plan made from birth waits for the birth (docs/domain.md §5.2). */
  planStart: IsoDateSchema.optional(),
  /** A plan a pre-birth conference made from birth: it starts on the day the baby is born. */
  startsAtBirth: z.boolean(),
  /** The day the conference put the child on the list (the plan's start, except for a plan made from birth). */
  listedOn: IsoDateSchema,
  categories: z.array(CategorySchema).max(4),
  primaryCategory: CategorySchema.optional(),
  cinCode: CinCensusCodeSchema.optional(),
  leadSocialWorker: ListLeadSchema.optional(),
  nextCoreGroupDue: IsoDateSchema.optional(),
  nextReviewDue: IsoDateSchema.optional(),
  coreGroupOverdue: z.boolean(),
  reviewOverdue: z.boolean(),
  /** Reviews held since the plan started (0 before the first review). */
  reviewsHeld: z.number().int().min(0),
  source: PlanSourceSchema,
  originatingAuthority: ShortTextSchema.optional(),
  lastConferenceId: ConferenceIdSchema.optional(),
});
export type ListRow = z.infer<typeof ListRowSchema>;

/** One conference in a plan's history. */
export const PlanConferenceSchema = z.strictObject({
  conferenceId: ConferenceIdSchema,
  date: IsoDateSchema,
  type: ConferenceTypeSchema,
  outcome: OutcomeSchema,
  categories: z.array(CategorySchema).max(4),
});
export type PlanConference = z.infer<typeof PlanConferenceSchema>;

/** One plan of one child, active or ended, with the conferences that made, reviewed or ended it. */
export const PlanHistorySchema = z.strictObject({
  planId: z.string().max(200),
  childId: ChildIdSchema,
  status: z.enum(['active', 'ended']),
  source: PlanSourceSchema,
  originatingAuthority: ShortTextSchema.optional(),
  /** Absent while a plan made from birth waits for the birth (docs/domain.md §5.2). */
  startDate: IsoDateSchema.optional(),
  startsAtBirth: z.boolean(),
  listedOn: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  endReason: EndReasonSchema.optional(),
  initialCategories: z.array(CategorySchema).max(4),
  latestCategories: z.array(CategorySchema).max(4),
  /** The conference that made the plan (absent for a transfer-in entry). */
  initialConferenceId: ConferenceIdSchema.optional(),
  conferences: z.array(PlanConferenceSchema).max(200),
});
export type PlanHistory = z.infer<typeof PlanHistorySchema>;

/** A child who moved here with a plan made by another authority (docs/domain.md §5.3, §6). */
export const TransferInInputSchema = z.strictObject({
  name: ShortTextSchema.min(1),
  unborn: z.boolean(),
  dateOfBirth: IsoDateSchema.optional(),
  expectedDeliveryDate: IsoDateSchema.optional(),
  address: MediumTextSchema,
  nhsNumber: NhsNumberInputSchema.optional(),
  originatingAuthority: ShortTextSchema.min(1),
  originatingPlanStart: IsoDateSchema,
  notifiedOn: IsoDateSchema,
  /** Categories of the originating plan, primary first. */
  categories: z.array(CategorySchema).min(1).max(4),
  leadSocialWorker: ListLeadSchema.optional(),
  nextReviewDue: IsoDateSchema.optional(),
  nextCoreGroupDue: IsoDateSchema.optional(),
});
export type TransferInInput = z.infer<typeof TransferInInputSchema>;

/** Records kept in the vault's planList collection, discriminated by kind. */
export const PlanListEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('transfer-in'),
    id: ListRecordIdSchema,
    childId: ChildIdSchema,
    recordedAt: z.iso.datetime(),
    entry: TransferInInputSchema.extend({
      nhsNumber: z
        .string()
        .regex(/^\d{10}$/)
        .optional(),
    }),
  }),
  z.strictObject({
    kind: z.literal('core-group'),
    id: ListRecordIdSchema,
    childId: ChildIdSchema,
    recordedAt: z.iso.datetime(),
    heldOn: IsoDateSchema,
  }),
  z.strictObject({
    /** The birth of a baby made subject to a plan from birth: the plan starts on bornOn (docs/domain.md §5.2). */
    kind: z.literal('birth'),
    id: ListRecordIdSchema,
    childId: ChildIdSchema,
    recordedAt: z.iso.datetime(),
    bornOn: IsoDateSchema,
    /** The baby's name once given; the list keeps "Unborn baby of …" otherwise. */
    name: ShortTextSchema.min(1).optional(),
  }),
  z.strictObject({
    kind: z.literal('plan-ended'),
    id: ListRecordIdSchema,
    childId: ChildIdSchema,
    recordedAt: z.iso.datetime(),
    endedOn: IsoDateSchema,
    reason: ManualEndReasonSchema,
    note: MediumTextSchema,
  }),
]);
export type PlanListEntry = z.infer<typeof PlanListEntrySchema>;
