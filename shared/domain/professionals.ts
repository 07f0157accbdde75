// Professionals, the attendance register and each agency's view on each child. Rules: docs/domain.md §9.1
// (Professional attendee), §1.5 (counts towards quorum is per attendee), §1.7 (a view on every child).
import { z } from 'zod';

import { CategorySchema } from './categories';
import { ChildIdSchema, PersonIdSchema } from './ids';
import { ClockTimeSchema, IsoDateSchema, MediumTextSchema, ShortTextSchema } from './primitives';

/** The fixed list of agency types (docs/domain.md §9.1). */
export const AGENCY_TYPES = [
  'childrens-social-care',
  'health-visitor',
  'school-nurse',
  'gp',
  'paediatrics',
  'midwifery',
  'school',
  'early-years',
  'police',
  'probation',
  'adult-mental-health',
  'substance-misuse',
  'domestic-abuse',
  'housing',
  'other',
] as const;
export const AgencyTypeSchema = z.enum(AGENCY_TYPES);
export type AgencyType = z.infer<typeof AgencyTypeSchema>;

/** Plain-English label for each agency type. */
export const AGENCY_TYPE_LABELS: Readonly<Record<AgencyType, string>> = {
  'childrens-social-care': "Children's social care",
  'health-visitor': 'Health visiting',
  'school-nurse': 'School nursing',
  gp: 'GP',
  paediatrics: 'Paediatrics',
  midwifery: 'Midwifery',
  school: 'School',
  'early-years': 'Early years',
  police: 'Police',
  probation: 'Probation',
  'adult-mental-health': 'Adult mental health',
  'substance-misuse': 'Substance misuse',
  'domestic-abuse': 'Domestic abuse service',
  housing: 'Housing',
  other: 'Other',
};

/** How a professional contributed: in person, by apologies, or by a written report only. */
export const ContributionSchema = z.enum(['attended', 'apologies', 'report-only']);
export type Contribution = z.infer<typeof ContributionSchema>;

/** A professional invited to the conference. */
export const ProfessionalSchema = z.strictObject({
  id: PersonIdSchema,
  name: ShortTextSchema,
  role: ShortTextSchema,
  agency: ShortTextSchema,
  agencyType: AgencyTypeSchema,
  contribution: ContributionSchema,
  reportSubmittedOn: IsoDateSchema.optional(),
  reportSharedWithFamilyOn: IsoDateSchema.optional(),
  directContact: z.boolean(),
  countsTowardsQuorum: z.boolean(),
});
export type Professional = z.infer<typeof ProfessionalSchema>;

/** Live attendance status of one person (family member or professional). */
export const AttendanceStatusSchema = z.enum(['present', 'apologies', 'absent', 'left']);
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/** One time someone left the room or came back, in the order it happened. */
export const MovementSchema = z.strictObject({
  kind: z.enum(['left', 'returned']),
  at: ClockTimeSchema,
});
export type Movement = z.infer<typeof MovementSchema>;

/**
 * One line of the attendance register. `movements` is the history of leaving and returning; `leftAt` is the
 * older single "left at" time, still read from records saved before the history existed (see movementsOf).
 */
export const AttendanceEntrySchema = z.strictObject({
  personId: PersonIdSchema,
  status: AttendanceStatusSchema,
  arrivedAt: ClockTimeSchema.optional(),
  leftAt: ClockTimeSchema.optional(),
  movements: z.array(MovementSchema).max(50).optional(),
});
export type AttendanceEntry = z.infer<typeof AttendanceEntrySchema>;

/** One professional's view on one child: should the child be subject to a plan, which categories, and why. */
export const AgencyViewSchema = z.strictObject({
  professionalId: PersonIdSchema,
  childId: ChildIdSchema,
  supportsPlan: z.boolean(),
  categories: z.array(CategorySchema).max(4),
  reason: MediumTextSchema,
});
export type AgencyView = z.infer<typeof AgencyViewSchema>;

/** The movements of an entry: its history, or the one "left at" time of an older record. */
export function movementsOf(entry: AttendanceEntry): Movement[] {
  if (entry.movements !== undefined) {
    return entry.movements;
  }
  return entry.leftAt !== undefined ? [{ kind: 'left', at: entry.leftAt }] : [];
}
