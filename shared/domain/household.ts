// Household and family members: parental responsibility, participation, exclusion and copy of the record.
// Rules: docs/domain.md §9.1 (Household and family members), §1.8 (exclusion grounds), §4.3 (copy types).
import { z } from 'zod';

import { ClockTimeSchema, IsoDateSchema, MediumTextSchema, ShortTextSchema } from './primitives';
import { ChildIdSchema, PersonIdSchema } from './ids';

/** The grounds on which a chair may exclude a family member (docs/domain.md §1.8). */
export const EXCLUSION_GROUNDS = [
  'prejudice-to-child-welfare',
  'disruptive-behaviour',
  'child-asks',
  'prevents-contributions',
  'confidential-information',
  'family-conflict',
] as const;
export const ExclusionGroundSchema = z.enum(EXCLUSION_GROUNDS);
export type ExclusionGround = z.infer<typeof ExclusionGroundSchema>;

/** Which copy of the record a person receives (docs/domain.md §4.3). */
export const CopyTypeSchema = z.enum(['full', 'partial', 'none']);
export type CopyType = z.infer<typeof CopyTypeSchema>;

/** The parts of a conference a person may be excluded from (matches the step ids in steps.ts). */
export const SectionKeySchema = z.enum([
  'introductions',
  'attendance',
  'purpose',
  'reports',
  'agency-information',
  'parents-views',
  'child-views',
  'analysis',
  'agency-views',
  'decision',
  'category',
  'outline-plan',
  'core-group',
  'summary',
]);
export type SectionKey = z.infer<typeof SectionKeySchema>;

/** A request to exclude someone from all or part of the conference, and what the chair decided. */
export const ExclusionSchema = z.strictObject({
  extent: z.enum(['part', 'whole']),
  ground: ExclusionGroundSchema.optional(),
  requestedBy: ShortTextSchema,
  requestedOn: IsoDateSchema.optional(),
  evidence: MediumTextSchema,
  chairDecision: z.enum(['pending', 'agreed', 'refused']),
  decidedOn: IsoDateSchema.optional(),
  sections: z.array(SectionKeySchema).max(14),
  period: MediumTextSchema,
  /** When the exclusion began and ended on the day ('HH:MM'); absent until recorded. */
  fromTime: ClockTimeSchema.optional(),
  toTime: ClockTimeSchema.optional(),
  howViewsPresented: MediumTextSchema,
});
export type Exclusion = z.infer<typeof ExclusionSchema>;

/**
 * How a family member stands to one child: the relationship ("Mother", "Step-father") and whether they live with
 * the child. `livesWithChild` is absent until someone answers it (documents then print "Not recorded").
 */
export const ChildLinkSchema = z.strictObject({
  childId: ChildIdSchema,
  relationship: ShortTextSchema,
  livesWithChild: z.boolean().optional(),
});
export type ChildLink = z.infer<typeof ChildLinkSchema>;

/**
 * A parent, carer, relative or other household member. A yes/no fact that has not been asked is absent, never
 * defaulted: `hasParentalResponsibility` and `inHousehold` are optional, so "not answered" stays distinct from
 * "no" (records saved before this distinction keep their booleans and still parse). `childLinks` holds the
 * relationship to each child; `relationship` is the overall one line the attendance list prints.
 */
export const FamilyMemberSchema = z.strictObject({
  id: PersonIdSchema,
  name: ShortTextSchema,
  relationship: ShortTextSchema,
  hasParentalResponsibility: z.boolean().optional(),
  inHousehold: z.boolean().optional(),
  childLinks: z.array(ChildLinkSchema).max(20).optional(),
  address: MediumTextSchema.optional(),
  invited: z.boolean(),
  notInvitedReason: MediumTextSchema,
  supporter: ShortTextSchema,
  interpreter: ShortTextSchema,
  exclusion: ExclusionSchema.optional(),
  copyType: CopyTypeSchema,
  /**
   * The children whose details this person's family copy holds, as the chair chose at sign-off; absent means the
   * default, their own children (shared/documents/child-selection.ts).
   */
  copyChildIds: z.array(ChildIdSchema).max(20).optional(),
});
export type FamilyMember = z.infer<typeof FamilyMemberSchema>;

/** True when the chair agreed to exclude this person from at least part of the conference. */
export function isExcluded(member: FamilyMember): boolean {
  return member.exclusion?.chairDecision === 'agreed';
}

/** This member's link to one child, if recorded. */
export function linkTo(member: FamilyMember, childId: string): ChildLink | undefined {
  return member.childLinks?.find((l) => l.childId === childId);
}
