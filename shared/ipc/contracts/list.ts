// Contract of the list.* channels: the list of children subject to a child protection plan (query, export),
// checks against it with the enquiry log, plan history, transfer-in entries, core groups held, plans ended without
// a conference, and opening a review conference from a child's plan. Rule source: docs/architecture.md §3.4; docs/list.md;
// docs/domain.md §3, §5.3, §6, §9.2 rule 14.
import { z } from 'zod';

import { CategorySchema } from '../../domain/categories';
import { ChildIdSchema, ConferenceIdSchema } from '../../domain/ids';
import { IsoDateSchema, MediumTextSchema, ShortTextSchema } from '../../domain/primitives';
import {
  AnswerCodeSchema,
  AnswerSchema,
  CheckCriteriaSchema,
  CheckMatchSchema,
  EnquirerSchema,
  EnquiryRecordSchema,
  MonthlyCountSchema,
} from '../../list/enquiry-schemas';
import {
  ListChildSchema,
  ListRecordIdSchema,
  ListRowSchema,
  ManualEndReasonSchema,
  PlanHistorySchema,
  TransferInInputSchema,
} from '../../list/schemas';
import { LIST_SORT_KEYS } from '../../list/sort-keys';

export { LIST_SORT_KEYS };
export const ListSortKeySchema = z.enum(LIST_SORT_KEYS);

/** Filters, search and sort shared by list.query and list.exportCsv. */
export const ListSelectionSchema = z.strictObject({
  /** Rows with any of these categories; absent or empty = all. */
  categories: z.array(CategorySchema).max(4).optional(),
  /** 'any' = review or core group overdue; 'none' = nothing overdue. */
  overdue: z.enum(['any', 'review', 'core-group', 'none']).optional(),
  /** Exact lead social worker name (as listed in leadSocialWorkers), or '' for rows with none. */
  leadSocialWorker: ShortTextSchema.optional(),
  /** Rows with a core group or review due within this many working days of today (the dashboard), overdue included. */
  dueWithinWorkingDays: z.number().int().min(0).max(260).optional(),
  /** Free text: name (spelling-tolerant), date of birth (YYYY-MM-DD or DD/MM/YYYY), postcode, NHS number, worker. */
  search: ShortTextSchema.optional(),
  sort: z.strictObject({ by: ListSortKeySchema, direction: z.enum(['asc', 'desc']) }).optional(),
  /** Overdue flags and due windows are worked out against this date; default today. */
  today: IsoDateSchema.optional(),
});
export type ListSelection = z.infer<typeof ListSelectionSchema>;

const CountSchema = z.number().int().min(0);

export const listContract = {
  'list.query': {
    input: ListSelectionSchema.extend({
      /** Omit for every row (virtualised table); otherwise one page. */
      page: z
        .strictObject({
          offset: CountSchema.max(1_000_000),
          limit: z.number().int().min(1).max(1000),
        })
        .optional(),
    }),
    output: z.strictObject({
      rows: z.array(ListRowSchema),
      /** Rows after filters and search, before paging. */
      total: CountSchema,
      /** Every child subject to a plan now. */
      totalActive: CountSchema,
      overdueReviews: CountSchema,
      overdueCoreGroups: CountSchema,
      /** Distinct lead social worker names, sorted, for the filter. */
      leadSocialWorkers: z.array(z.string()),
      today: IsoDateSchema,
      /** Records that could not be read and are left out: the list may be incomplete (docs/list.md). */
      unreadRecords: CountSchema,
    }),
  },
  'list.check': {
    input: z.strictObject({ enquirer: EnquirerSchema, child: CheckCriteriaSchema }),
    output: z.strictObject({
      enquiryId: ListRecordIdSchema,
      recordedAt: z.iso.datetime(),
      answer: AnswerSchema,
      /** Strongest first; active plans before ended ones of the same strength. */
      matches: z.array(CheckMatchSchema),
      /** What could not be used, e.g. an NHS number failing its check digit, or records that could not be read. */
      warnings: z.array(z.string()),
      /** Records that could not be read: "no match" is never the answer while any is unread (docs/list.md). */
      unreadRecords: CountSchema,
    }),
  },
  'list.enquiries': {
    input: z.strictObject({
      from: IsoDateSchema.optional(),
      to: IsoDateSchema.optional(),
      answer: AnswerCodeSchema.optional(),
      /** Case-insensitive text in the enquirer's name, role, agency or reason, or the name asked about. */
      search: ShortTextSchema.optional(),
    }),
    output: z.strictObject({
      /** Newest first. */
      enquiries: z.array(EnquiryRecordSchema),
      /** Every month with an enquiry in the filtered log, oldest first. */
      monthly: z.array(MonthlyCountSchema),
      /** Logged enquiries that could not be read: the log and its counts may be incomplete. */
      unreadRecords: CountSchema,
    }),
  },
  'list.history': {
    input: z.strictObject({ childId: ChildIdSchema }),
    output: z.strictObject({
      child: ListChildSchema,
      /** Oldest first. */
      plans: z.array(PlanHistorySchema),
      /** Records that could not be read: the history may be incomplete. */
      unreadRecords: CountSchema,
    }),
  },
  'list.addTransferIn': {
    input: TransferInInputSchema,
    output: z.strictObject({ childId: ChildIdSchema, entryId: ListRecordIdSchema }),
  },
  'list.recordCoreGroup': {
    input: z.strictObject({ childId: ChildIdSchema, heldOn: IsoDateSchema }),
    output: z.strictObject({ entryId: ListRecordIdSchema, nextCoreGroupDue: IsoDateSchema }),
  },
  'list.recordBirth': {
    input: z.strictObject({
      childId: ChildIdSchema,
      bornOn: IsoDateSchema,
      /** The baby's name, once given; empty keeps "Unborn baby of …". */
      name: ShortTextSchema.optional(),
    }),
    output: z.strictObject({
      entryId: ListRecordIdSchema,
      planStart: IsoDateSchema,
      nextReviewDue: IsoDateSchema.optional(),
    }),
  },
  'list.endPlan': {
    input: z.strictObject({
      childId: ChildIdSchema,
      endedOn: IsoDateSchema,
      reason: ManualEndReasonSchema,
      note: MediumTextSchema,
    }),
    output: z.strictObject({ entryId: ListRecordIdSchema, endDate: IsoDateSchema }),
  },
  'list.openReview': {
    input: z.strictObject({
      childId: ChildIdSchema,
      /** Date of the review conference; default the plan's next review due date. */
      date: IsoDateSchema.optional(),
    }),
    output: z.strictObject({
      conferenceId: ConferenceIdSchema,
      revision: CountSchema,
      /** 'transfer-in-initial' when the plan came from another authority and has had no conference here. */
      type: z.enum(['review', 'transfer-in-initial']),
      reviewNumber: z.number().int().min(1).optional(),
      /** Prompts for the chair, e.g. that ending the plan at the first review needs exceptional reasons. */
      warnings: z.array(z.string()),
    }),
  },
  'list.exportCsv': {
    input: ListSelectionSchema,
    output: z.strictObject({
      filename: z.string(),
      mediaType: z.literal('text/csv'),
      text: z.string(),
      rows: CountSchema,
      /** Records that could not be read and are not in the file. */
      unreadRecords: CountSchema,
    }),
  },
  'list.exportCensus': {
    input: z.strictObject({
      format: z.enum(['csv', 'xml']),
      /** Plans open at any time from..to (inclusive); default every plan. */
      from: IsoDateSchema.optional(),
      to: IsoDateSchema.optional(),
    }),
    output: z.strictObject({
      filename: z.string(),
      mediaType: z.enum(['text/csv', 'application/xml']),
      /** Empty when blocked: a census error stops the file (docs/list.md "Census export"). */
      text: z.string(),
      rows: CountSchema,
      blocked: z.boolean(),
      issues: z.array(
        z.strictObject({
          rule: z.enum(['8730', '8615', '8905', '8910', '8870Q', '8875', '2885']),
          severity: z.enum(['error', 'query']),
          childId: z.string(),
          planId: z.string(),
          message: z.string(),
        }),
      ),
      /** Plans made from birth whose baby is not yet born: not started, so not in the file (docs/list.md). */
      notStarted: z.array(
        z.strictObject({ childId: z.string(), planId: z.string(), message: z.string() }),
      ),
    }),
  },
} as const;

export type ListQueryOutput = z.infer<(typeof listContract)['list.query']['output']>;
export type CheckOutput = z.infer<(typeof listContract)['list.check']['output']>;
