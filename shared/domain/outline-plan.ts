// The outline child protection plan for one child. Rules: docs/domain.md §3.1 (what the ICPC sets), §3.2 (core group),
// §9.1 (Outline plan), §9.4 item 2 (what the outline plan document prints).
import { z } from 'zod';

import { ItemIdSchema, PersonIdSchema } from './ids';
import {
  ClockTimeSchema,
  IsoDateSchema,
  LongTextSchema,
  MediumTextSchema,
  ShortTextSchema,
} from './primitives';

/** The lead social worker (lead practitioner since WT 2023). */
export const LeadSocialWorkerSchema = z.strictObject({
  personId: PersonIdSchema.optional(),
  name: ShortTextSchema,
  team: ShortTextSchema,
  contact: ShortTextSchema,
});
export type LeadSocialWorker = z.infer<typeof LeadSocialWorkerSchema>;

/** A member of the core group: a professional or a family member. */
export const CoreGroupMemberSchema = z.strictObject({
  personId: PersonIdSchema.optional(),
  name: ShortTextSchema,
  role: ShortTextSchema,
  kind: z.enum(['professional', 'family']),
});
export type CoreGroupMember = z.infer<typeof CoreGroupMemberSchema>;

/** A child-focused outcome, short or long term. */
export const PlanOutcomeSchema = z.strictObject({
  id: ItemIdSchema,
  term: z.enum(['short', 'long']),
  text: MediumTextSchema,
});
export type PlanOutcome = z.infer<typeof PlanOutcomeSchema>;

/** One action: what, who, by when, and how we will know it has worked. */
export const PlanActionSchema = z.strictObject({
  id: ItemIdSchema,
  what: MediumTextSchema,
  who: ShortTextSchema,
  ownerId: PersonIdSchema.optional(),
  byWhen: IsoDateSchema.optional(),
  howWeWillKnow: MediumTextSchema,
});
export type PlanAction = z.infer<typeof PlanActionSchema>;

/** A further or specialist assessment the plan needs. */
export const AssessmentSchema = z.strictObject({
  id: ItemIdSchema,
  what: MediumTextSchema,
  who: ShortTextSchema,
  byWhen: IsoDateSchema.optional(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** How often a professional sees the child, and whether alone. */
export const VisitSchema = z.strictObject({
  id: ItemIdSchema,
  who: ShortTextSchema,
  frequency: ShortTextSchema,
  seesChildAlone: z.boolean(),
});
export type Visit = z.infer<typeof VisitSchema>;

/** The outline plan: enough to protect the child until the first core group (docs/domain.md §3.1). */
export const OutlinePlanSchema = z.strictObject({
  /** Absent until the chair chooses it (validation blocks sign-off without it). */
  leadStatutoryBody: z.enum(['local-authority', 'nspcc']).optional(),
  leadSocialWorker: LeadSocialWorkerSchema.optional(),
  furtherAssessments: z.array(AssessmentSchema).max(50),
  rootCauses: LongTextSchema,
  whatNeedsToChange: LongTextSchema,
  outcomes: z.array(PlanOutcomeSchema).max(50),
  actions: z.array(PlanActionSchema).max(200),
  childInvolvement: LongTextSchema,
  safeAndWellDayToDay: MediumTextSchema,
  visits: z.array(VisitSchema).max(50),
  familyInvolvement: LongTextSchema,
  /** Absent until answered: the documents then print "Not recorded", never "No". */
  familyGroupConferenceConsidered: z.boolean().optional(),
  contingencyPlan: LongTextSchema,
  coreGroup: z.array(CoreGroupMemberSchema).max(50),
  firstCoreGroupDate: IsoDateSchema.optional(),
  firstCoreGroupTime: ClockTimeSchema.optional(),
  firstCoreGroupPlace: ShortTextSchema,
  coreGroupFrequencyWeeks: z.number().int().min(1).max(52),
  reviewDate: IsoDateSchema.optional(),
  absentPeopleInformedBy: MediumTextSchema,
});
export type OutlinePlan = z.infer<typeof OutlinePlanSchema>;
