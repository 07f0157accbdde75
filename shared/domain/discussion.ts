// Reports received and the discussion sections of the record, including Signs of Safety fields and scaling.
// Rules: docs/domain.md §9.1 (Reports, Discussion sections), §4.4 (Signs of Safety map and 0-10 scaling).
import { z } from 'zod';

import { ChildIdSchema, ItemIdSchema, PersonIdSchema } from './ids';
import {
  IsoDateSchema,
  MediumTextSchema,
  RestrictionSchema,
  ShortTextSchema,
  TextBlockSchema,
} from './primitives';

/** A written report or other information item received by the conference. */
export const ReportSchema = z.strictObject({
  id: ItemIdSchema,
  authorId: PersonIdSchema.optional(),
  author: ShortTextSchema,
  agency: ShortTextSchema,
  receivedOn: IsoDateSchema.optional(),
  sharedWithParents: z.boolean(),
  sharedOn: IsoDateSchema.optional(),
  restriction: RestrictionSchema.optional(),
  summary: TextBlockSchema,
});
export type Report = z.infer<typeof ReportSchema>;

/** What one agency told the conference. */
export const AgencyInformationSchema = z.strictObject({
  professionalId: PersonIdSchema,
  block: TextBlockSchema,
});
export type AgencyInformation = z.infer<typeof AgencyInformationSchema>;

/** The Signs of Safety map (docs/domain.md §4.4). */
export const SignsOfSafetySchema = z.strictObject({
  harmStatement: TextBlockSchema,
  dangerStatement: TextBlockSchema,
  complicatingFactors: TextBlockSchema,
  existingStrengths: TextBlockSchema,
  existingSafety: TextBlockSchema,
  safetyGoals: TextBlockSchema,
  nextSteps: TextBlockSchema,
  greyAreas: TextBlockSchema,
});
export type SignsOfSafety = z.infer<typeof SignsOfSafetySchema>;

/** One participant's safety scale score, 0 (immediate risk) to 10 (confident the child is safe). */
export const ScaleScoreSchema = z.strictObject({
  id: ItemIdSchema,
  participantId: PersonIdSchema,
  childId: ChildIdSchema.optional(),
  value: z.number().int().min(0).max(10),
  reason: MediumTextSchema,
});
export type ScaleScore = z.infer<typeof ScaleScoreSchema>;

/** Scaling as used on the day: what 0 and 10 meant, and each participant's score. */
export const ScalingSchema = z.strictObject({
  tenMeans: MediumTextSchema,
  zeroMeans: MediumTextSchema,
  scores: z.array(ScaleScoreSchema).max(500),
});
export type Scaling = z.infer<typeof ScalingSchema>;

/** The conference-wide discussion sections of the record (docs/domain.md §9.4 item 3). */
export const DiscussionSchema = z.strictObject({
  purpose: TextBlockSchema,
  reasonForConference: TextBlockSchema,
  section47Outcome: TextBlockSchema,
  background: TextBlockSchema,
  agencyInformation: z.array(AgencyInformationSchema).max(100),
  parentsViews: TextBlockSchema,
  widerFamilyViews: TextBlockSchema,
  strengths: TextBlockSchema,
  concerns: TextBlockSchema,
  signsOfSafety: SignsOfSafetySchema.optional(),
  scaling: ScalingSchema.optional(),
  chairSummary: TextBlockSchema,
});
export type Discussion = z.infer<typeof DiscussionSchema>;

/** Headings of the Signs of Safety map, as the minutes print them. */
export const SIGNS_OF_SAFETY_LABELS: Readonly<Record<keyof SignsOfSafety, string>> = {
  harmStatement: 'Harm statement',
  dangerStatement: 'Danger statement',
  complicatingFactors: 'Complicating factors',
  existingStrengths: 'Existing strengths',
  existingSafety: 'Existing safety',
  safetyGoals: 'Safety goals',
  nextSteps: 'Next steps',
  greyAreas: 'Grey areas',
};

/** The purpose as national guidance puts it (docs/domain.md §1.3), offered as a starting text. */
export const STANDARD_PURPOSE =
  'To bring together and analyse the information about the children’s needs and their parents’ capacity to meet them and keep them safe; to decide whether each child is likely to suffer significant harm; and to decide what needs to happen next, including whether each child should be subject to a child protection plan, what outcomes are wanted and how to achieve them.';
