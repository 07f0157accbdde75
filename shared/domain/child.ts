// A child considered by the conference: identity, needs and the child's own views. Rules: docs/domain.md §9.1 (Child),
// §5.2 (unborn child recorded as "Unborn baby of ..." with the expected delivery date), §1.9 (the child's views).
import { z } from 'zod';

import { ChildIdSchema, ItemIdSchema } from './ids';
import {
  IsoDateSchema,
  LongTextSchema,
  MediumTextSchema,
  ShortTextSchema,
  TextBlockSchema,
} from './primitives';

/** Legal status of the child (docs/domain.md §9.1). */
export const LegalStatusSchema = z.enum([
  'none',
  'section-20',
  'interim-care-order',
  'care-order',
  'other',
]);
export type LegalStatus = z.infer<typeof LegalStatusSchema>;

/** How each legal status reads in set-up and in the documents. */
export const LEGAL_STATUS_LABELS: Readonly<Record<LegalStatus, string>> = {
  none: 'No order',
  'section-20': 'Accommodated under section 20',
  'interim-care-order': 'Interim care order',
  'care-order': 'Care order',
  other: 'Other',
};

/** How the child's wishes and feelings reached the conference (docs/domain.md §1.9). */
export const ViewsObtainedSchema = z.enum([
  'attended',
  'advocate',
  'written',
  'drawing-or-recording',
  'direct-work-by-social-worker',
  'other-professional',
  'parent-or-carer',
  'not-obtained',
]);
export type ViewsObtained = z.infer<typeof ViewsObtainedSchema>;

/** Which rule dates the review after the birth of an unborn child (docs/domain.md §9.3, DISAGREE). */
export const PostBirthReviewRuleSchema = z.enum([
  'earlier-of-3-months-or-birth-plus-20-working-days',
  'birth-plus-4-weeks',
]);
export type PostBirthReviewRule = z.infer<typeof PostBirthReviewRuleSchema>;

/** A previous child protection plan (CIN census NumberOfPreviousCPP). */
export const PreviousPlanSchema = z.strictObject({
  id: ItemIdSchema,
  startDate: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  authority: ShortTextSchema,
});
export type PreviousPlan = z.infer<typeof PreviousPlanSchema>;

/** The child's views: never empty; if the child did not take part, why not and how views were obtained. */
export const ChildViewsSchema = z.strictObject({
  block: TextBlockSchema,
  obtainedBy: z.array(ViewsObtainedSchema).max(8),
  notInvolvedReason: MediumTextSchema,
});
export type ChildViews = z.infer<typeof ChildViewsSchema>;

/**
 * Who the child is. For an unborn child `unborn` is true, `name` reads "Unborn baby of <mother>",
 * `dateOfBirth` is absent and `expectedDeliveryDate` is set (validation rule 10 checks this).
 */
export const ChildDetailsSchema = z.strictObject({
  id: ChildIdSchema,
  name: ShortTextSchema,
  unborn: z.boolean(),
  dateOfBirth: IsoDateSchema.optional(),
  expectedDeliveryDate: IsoDateSchema.optional(),
  postBirthReviewRule: PostBirthReviewRuleSchema.optional(),
  sexOrGender: ShortTextSchema,
  ethnicity: ShortTextSchema,
  language: ShortTextSchema,
  interpreterNeeded: z.boolean(),
  disabilityOrCommunicationNeeds: MediumTextSchema,
  address: MediumTextSchema.optional(),
  /** Absent until recorded: never assumed to be "no order". */
  legalStatus: LegalStatusSchema.optional(),
  lookedAfter: z.boolean(),
  nhsNumber: z
    .string()
    .regex(/^\d{10}$/, 'An NHS number has 10 digits')
    .optional(),
  schoolOrSetting: ShortTextSchema,
  gp: ShortTextSchema,
  healthVisitorOrSchoolNurse: ShortTextSchema,
  previousPlans: z.array(PreviousPlanSchema).max(20),
  notes: LongTextSchema,
});
export type ChildDetails = z.infer<typeof ChildDetailsSchema>;

/** The name the documents print for an unborn child (docs/domain.md §5.2). */
export function unbornBabyName(motherName: string): string {
  return `Unborn baby of ${motherName.trim()}`;
}

/** True when the name follows the "Unborn baby of ..." form. */
export function isUnbornBabyName(name: string): boolean {
  return /^Unborn baby of \S/.test(name);
}
