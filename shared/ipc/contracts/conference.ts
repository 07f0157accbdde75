// Contract of the conference.* channels: list, create, get, applyEdit (optimistic concurrency by revision),
// validate, setStatus.
// Rule source: docs/architecture.md §3.4 (contract pattern, coarse commands); live conference; docs/domain.md §9.2.
import { z } from 'zod';

import {
  ConferenceSchema,
  ConferenceTypeSchema,
  PracticeModelSchema,
} from '../../domain/conference';
import { EditSchema } from '../../domain/edits';
import { ConferenceIdSchema } from '../../domain/ids';
import { IsoDateSchema } from '../../domain/primitives';
import { RULE_IDS } from '../../domain/rules/finding';

/** Where a conference is in its life: set-up, live, waiting for the chair to sign, signed. */
export const ConferenceStatusSchema = z.enum([
  'draft',
  'in-conference',
  'awaiting-sign-off',
  'signed',
]);
export type ConferenceStatus = z.infer<typeof ConferenceStatusSchema>;

const RevisionSchema = z.number().int().nonnegative();

/** One row of the conferences home table. */
export const ConferenceSummarySchema = z.strictObject({
  id: ConferenceIdSchema,
  childrenNames: z.array(z.string()),
  type: ConferenceTypeSchema,
  date: IsoDateSchema,
  status: ConferenceStatusSchema,
  /** The date the conference was due by, when the trigger date is known. */
  dueDate: IsoDateSchema.optional(),
  dueRule: z.string().optional(),
});
export type ConferenceSummary = z.infer<typeof ConferenceSummarySchema>;

const FindingSchema = z.strictObject({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(['blocks-sign-off', 'warning']),
  message: z.string(),
  path: z.string(),
});

export const conferenceContract = {
  'conference.list': {
    input: z.strictObject({}),
    output: z.strictObject({
      conferences: z.array(ConferenceSummarySchema),
      /** Ids of stored conference records that could not be read: kept unchanged and named, never hidden. */
      unreadable: z.array(z.string().max(200)),
    }),
  },
  'conference.create': {
    input: z.strictObject({
      type: z.enum(['initial', 'pre-birth-initial', 'transfer-in-initial']),
      date: IsoDateSchema,
      strategyDiscussionDate: IsoDateSchema.optional(),
      transferNotifiedOn: IsoDateSchema.optional(),
      practiceModel: PracticeModelSchema.optional(),
    }),
    output: z.strictObject({ id: ConferenceIdSchema, revision: RevisionSchema }),
  },
  'conference.get': {
    input: z.strictObject({ conferenceId: ConferenceIdSchema }),
    output: z.strictObject({
      conference: ConferenceSchema,
      revision: RevisionSchema,
      status: ConferenceStatusSchema,
      savedAt: z.iso.datetime(),
    }),
  },
  'conference.applyEdit': {
    input: z.strictObject({
      conferenceId: ConferenceIdSchema,
      baseRevision: RevisionSchema,
      edit: EditSchema,
    }),
    output: z.strictObject({ revision: RevisionSchema, savedAt: z.iso.datetime() }),
  },
  'conference.validate': {
    input: z.strictObject({ conferenceId: ConferenceIdSchema }),
    output: z.strictObject({ findings: z.array(FindingSchema) }),
  },
  // Live mode moves a conference draft → in conference → awaiting sign-off (and back to in conference).
  // 'signed' is never a target here: only documents.signOff signs.
  'conference.setStatus': {
    input: z.strictObject({
      conferenceId: ConferenceIdSchema,
      expectedRevision: RevisionSchema,
      status: z.enum(['in-conference', 'awaiting-sign-off']),
    }),
    output: z.strictObject({
      status: ConferenceStatusSchema,
      revision: RevisionSchema,
      savedAt: z.iso.datetime(),
    }),
  },
} as const;
