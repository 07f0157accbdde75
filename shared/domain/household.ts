// Household and family members: parental responsibility, participation, exclusion and copy of the record.
// Rules: domain.md §9.1 (Household and family members), §1.8 (exclusion grounds), §4.3 (copy types).
import { z } from 'zod';

import { IsoDateSchema, MediumTextSchema, ShortTextSchema } from './primitives';
import { PersonIdSchema } from './ids';

/** The grounds on which a chair may exclude a family member (domain.md §1.8). */
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

/** Which copy of the record a person receives (domain.md §4.3). */
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
  howViewsPresented: MediumTextSchema,
});
export type Exclusion = z.infer<typeof ExclusionSchema>;

/** A parent, carer, relative or other household member. */
export const FamilyMemberSchema = z.strictObject({
  id: PersonIdSchema,
  name: ShortTextSchema,
  relationship: ShortTextSchema,
  hasParentalResponsibility: z.boolean(),
  inHousehold: z.boolean(),
  address: MediumTextSchema.optional(),
  invited: z.boolean(),
  notInvitedReason: MediumTextSchema,
  supporter: ShortTextSchema,
  interpreter: ShortTextSchema,
  exclusion: ExclusionSchema.optional(),
  copyType: CopyTypeSchema,
});
export type FamilyMember = z.infer<typeof FamilyMemberSchema>;

/** True when the chair agreed to exclude this person from at least part of the conference. */
export function isExcluded(member: FamilyMember): boolean {
  return member.exclusion?.chairDecision === 'agreed';
}
