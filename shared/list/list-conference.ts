// The parts of a stored conference the list reads, and the check it makes of them. The list parses every stored
// conference before its first answer after unlock; checking the whole record (every minute, report and attendance
// entry) was two thirds of that time. So the list checks, as strictly as the full schema does, exactly the fields
// it reads, and ignores the rest: a record damaged only in fields the list never reads is still listed, and one
// damaged in a field the list reads is left out and counted as unread. The whole record is checked where a whole
// conference is used (the conferences screen, opening a review). Rule source: docs/list.md, "Records that cannot
// be read" and "Speed".
//
// Every schema here is a `.pick()` of the domain schema, so each field keeps its own check (dates, enums, id
// formats, text lengths, array maxima), and `.strip()` drops the fields not picked. deriveList and
// listChildFromConference take these types, so the type checker proves the list reads nothing it did not check.
import { z } from 'zod';

import { ChildDetailsSchema } from '../domain/child';
import {
  ConferenceSchema,
  MAX_CONFERENCE_CHILDREN,
  MAX_HOUSEHOLD_MEMBERS,
  TransferInSchema,
} from '../domain/conference';
import { DecisionSchema } from '../domain/decision';
import { FamilyMemberSchema } from '../domain/household';
import { LeadSocialWorkerSchema, OutlinePlanSchema } from '../domain/outline-plan';
import { ChildReviewSchema } from '../domain/review-schema';
import { ConferenceStatusSchema } from '../ipc/contracts/conference';

/** Who the child is, as the list shows and matches them (shared/list/child-details.ts). */
const ListChildDetailsSchema = ChildDetailsSchema.pick({
  id: true,
  name: true,
  unborn: true,
  dateOfBirth: true,
  expectedDeliveryDate: true,
  postBirthReviewRule: true,
  address: true,
  nhsNumber: true,
}).strip();

/** The decision: whether it makes a plan, and its categories. */
const ListDecisionSchema = DecisionSchema.pick({ outcome: true, categories: true }).strip();

/** The plan's lead social worker and dates. */
const ListOutlinePlanSchema = OutlinePlanSchema.pick({
  coreGroupFrequencyWeeks: true,
  firstCoreGroupDate: true,
  reviewDate: true,
})
  .extend({
    leadSocialWorker: LeadSocialWorkerSchema.pick({ name: true, team: true, contact: true })
      .strip()
      .optional(),
  })
  .strip();

/** At a review: why the plan ends. */
const ListChildReviewSchema = ChildReviewSchema.pick({ discontinueReason: true }).strip();

/** One child as the conference considered them (ConferenceChildSchema's `views` is not read). */
export const ListConferenceChildSchema = z.object({
  details: ListChildDetailsSchema,
  decision: ListDecisionSchema.optional(),
  plan: ListOutlinePlanSchema.optional(),
  review: ListChildReviewSchema.optional(),
});
export type ListConferenceChild = z.infer<typeof ListConferenceChildSchema>;

/** A household member, for the child's address when the child has none of their own. */
const ListFamilyMemberSchema = FamilyMemberSchema.pick({
  hasParentalResponsibility: true,
  inHousehold: true,
  address: true,
}).strip();

const ListTransferInSchema = TransferInSchema.pick({
  notifiedOn: true,
  originatingAuthority: true,
}).strip();

/**
 * The conference as the list reads it. `schemaVersion` is checked too: a record in another format version may
 * give these same fields another meaning, so it is not read.
 */
export const ListConferenceSchema = ConferenceSchema.pick({
  schemaVersion: true,
  id: true,
  type: true,
  date: true,
  strategyDiscussionDate: true,
  section47StartDate: true,
})
  .extend({
    transferIn: ListTransferInSchema.optional(),
    children: z.array(ListConferenceChildSchema).max(MAX_CONFERENCE_CHILDREN),
    household: z.array(ListFamilyMemberSchema).max(MAX_HOUSEHOLD_MEMBERS),
  })
  .strip();
export type ListConference = z.infer<typeof ListConferenceSchema>;

/**
 * A stored conference (electron/services/conferences/stored-conference.ts) as the list reads it: its status and
 * the conference; `revision` and `savedAt` are not read.
 */
export const ListStoredConferenceSchema = z.object({
  status: ConferenceStatusSchema,
  conference: ListConferenceSchema,
});
export type ListStoredConference = z.infer<typeof ListStoredConferenceSchema>;
