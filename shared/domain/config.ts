// Settings that differ between local authorities, with England defaults. Rules: docs/domain.md §9.5 (what must be
// configurable because sources disagree), §9.3 (default timescales), §1.5 (quorum), §6 (list manager's title).
import { z } from 'zod';

import { PostBirthReviewRuleSchema } from './child';
import { PracticeModelSchema } from './conference';
import { IsoDateSchema, ShortTextSchema } from './primitives';

/** Where the conference is held; only England has no register (docs/domain.md §6). */
export const JurisdictionSchema = z.enum([
  'england',
  'wales',
  'scotland',
  'northern-ireland',
  'crown-dependency',
]);
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

/** The quorum rule (docs/domain.md §1.5): children's social care plus N other agencies with direct contact. */
export const QuorumRuleSchema = z.strictObject({
  requireChildrensSocialCare: z.boolean(),
  minOtherAgencies: z.number().int().min(0).max(10),
  requireDirectContact: z.boolean(),
  countAllHealthAsOneAgency: z.boolean(),
});
export type QuorumRule = z.infer<typeof QuorumRuleSchema>;

/** Timescales in working days, weeks or months (docs/domain.md §9.3). */
export const TimescalesSchema = z.strictObject({
  icpcWorkingDays: z.number().int().min(1).max(60),
  transferInWorkingDays: z.number().int().min(1).max(60),
  reconveneWorkingDays: z.number().int().min(1).max(60),
  firstCoreGroupWorkingDays: z.number().int().min(1).max(60),
  coreGroupFrequencyWeeks: z.number().int().min(1).max(12),
  coreGroupMaxWeeks: z.number().int().min(1).max(12),
  firstReview: z.enum(['3-calendar-months', '90-calendar-days']),
  laterReviewMonths: z.number().int().min(1).max(12),
  minutesWorkingDays: z.union([z.literal(5), z.literal(10), z.literal(15), z.literal(20)]),
  decisionLetterWorkingDays: z.number().int().min(0).max(10),
  exclusionNoticeWorkingDays: z.number().int().min(0).max(20),
  reportsBeforeInitialWorkingDays: z.number().int().min(0).max(20),
  reportsBeforeReviewWorkingDays: z.number().int().min(0).max(20),
  preBirthLatestWeek: z.number().int().min(20).max(40),
  postBirthReview: PostBirthReviewRuleSchema,
});
export type Timescales = z.infer<typeof TimescalesSchema>;

/** Everything configurable about the domain rules for one local authority. */
export const ConfigSchema = z.strictObject({
  jurisdiction: JurisdictionSchema,
  authorityName: ShortTextSchema,
  protectiveMarking: ShortTextSchema,
  listManagerTitle: ShortTextSchema,
  practiceModel: PracticeModelSchema,
  quorum: QuorumRuleSchema,
  timescales: TimescalesSchema,
  multipleCategoriesAllowed: z.boolean(),
  warnWhenMultipleCategories: z.boolean(),
  localClosureDays: z.array(IsoDateSchema).max(1000),
});
export type Config = z.infer<typeof ConfigSchema>;

/** True when the jurisdiction still keeps a child protection register (docs/domain.md §6). */
export function usesRegister(jurisdiction: Jurisdiction): boolean {
  return jurisdiction !== 'england';
}
