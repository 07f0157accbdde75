// The shapes of a check "is this child subject to a plan?": the enquirer, what they gave, each match with its
// strength and what may be told, the answer given, and the enquiry log record. Rules: docs/domain.md §6 (legitimate
// enquirers; an enquiry is a two-way exchange, not a referral; enquiries are logged so patterns can be spotted).
import { z } from 'zod';

import { ChildIdSchema } from '../domain/ids';
import { IsoDateSchema, MediumTextSchema, ShortTextSchema } from '../domain/primitives';

import { ListLeadSchema, ListRecordIdSchema, NhsNumberInputSchema } from './schemas';

const required = (label: string) =>
  ShortTextSchema.refine((s) => s.trim().length > 0, `Give the enquirer's ${label}`);

/** Who is asking, and why. Every field is required (docs/domain.md §6: details are checked and recorded first). */
export const EnquirerSchema = z.strictObject({
  name: required('name'),
  role: required('role'),
  agency: required('agency'),
  phone: z
    .string()
    .max(40)
    .regex(/^[\d\s()+-]*$/, 'A phone number has digits, spaces, brackets, + and - only')
    .refine((s) => (s.match(/\d/g) ?? []).length >= 6, "Give the enquirer's phone number"),
  reason: MediumTextSchema.refine((s) => s.trim().length > 0, 'Give the reason for the enquiry'),
});
export type Enquirer = z.infer<typeof EnquirerSchema>;

/** What the enquirer knows about the child. At least one field must be given. */
export const CheckCriteriaSchema = z
  .strictObject({
    name: ShortTextSchema.optional(),
    dateOfBirth: IsoDateSchema.optional(),
    address: MediumTextSchema.optional(),
    postcode: z.string().max(12).optional(),
    nhsNumber: NhsNumberInputSchema.optional(),
    /** Also treat common nicknames as the same forename (Bill = William). Off by default. */
    nicknames: z.boolean().optional(),
  })
  .refine(
    (c) =>
      [c.name, c.dateOfBirth, c.address, c.postcode, c.nhsNumber].some(
        (v) => v !== undefined && v.trim().length > 0,
      ),
    'Give at least one of: name, date of birth, address, postcode or NHS number',
  );
export type CheckCriteria = z.infer<typeof CheckCriteriaSchema>;

/** How sure the app is that a record is the child asked about. */
export const StrengthSchema = z.enum(['strong', 'possible', 'weak']);
export type Strength = z.infer<typeof StrengthSchema>;

/**
 * The answer given to the enquirer: exactly three classes (docs/list.md, "Checks"). Subject to a child protection
 * plan (a strong match on an active plan); cannot confirm from these details (any other match on an active plan);
 * no child subject to a plan matches (no record on an active plan reaches the weak floor).
 */
export const ANSWER_CODES = ['subject-to-plan', 'cannot-confirm', 'no-match'] as const;
export const AnswerCodeSchema = z.enum(ANSWER_CODES);
export type AnswerCode = z.infer<typeof AnswerCodeSchema>;

/** One record that may be the child asked about. */
export const CheckMatchSchema = z.strictObject({
  childId: ChildIdSchema,
  name: ShortTextSchema,
  dateOfBirth: IsoDateSchema.optional(),
  expectedDeliveryDate: IsoDateSchema.optional(),
  address: MediumTextSchema,
  planStatus: z.enum(['active', 'ended']),
  /** Absent while a plan made from birth waits for the birth (docs/domain.md §5.2). */
  planStart: IsoDateSchema.optional(),
  startsAtBirth: z.boolean(),
  planEnd: IsoDateSchema.optional(),
  leadSocialWorker: ListLeadSchema.optional(),
  strength: StrengthSchema,
  /** 0 to 100; orders matches of the same strength. */
  score: z.number().min(0).max(100),
  /** Plain-English reasons, for the person answering (not read out to the enquirer). */
  reasons: z.array(z.string().max(300)).max(20),
  /** What may be told to the enquirer about this record. */
  mayTell: z.string().max(1000),
});
export type CheckMatch = z.infer<typeof CheckMatchSchema>;

/** The detail to ask the enquirer for next when the answer is "cannot confirm". */
export const ASK_NEXT = ['name', 'date-of-birth', 'address', 'nhs-number', 'call-back'] as const;
export const AskNextSchema = z.enum(ASK_NEXT);
export type AskNext = z.infer<typeof AskNextSchema>;

/** The answer: a code, a one-line headline, and what may and may not be told. */
export const AnswerSchema = z.strictObject({
  code: AnswerCodeSchema,
  /** With "cannot confirm": what to ask for next (or to have the lead social worker call back). */
  askNext: AskNextSchema.optional(),
  headline: z.string().max(300),
  mayTell: z.string().max(1000),
  doNotTell: z.string().max(1000),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** One logged enquiry (vault collection 'enquiries'). The audit log holds its id and codes only. */
export const EnquiryRecordSchema = z.strictObject({
  id: ListRecordIdSchema,
  at: z.iso.datetime(),
  enquirer: EnquirerSchema,
  criteria: z.strictObject({
    name: ShortTextSchema.optional(),
    dateOfBirth: IsoDateSchema.optional(),
    address: MediumTextSchema.optional(),
    postcode: z.string().max(12).optional(),
    nhsNumber: z.string().max(20).optional(),
    nicknames: z.boolean().optional(),
  }),
  answer: AnswerSchema,
  matches: z
    .array(
      z.strictObject({
        childId: ChildIdSchema,
        strength: StrengthSchema,
        planStatus: z.enum(['active', 'ended']),
      }),
    )
    .max(50),
  /** Records the list could not read when the answer was given (absent when none): docs/list.md. */
  unreadRecords: z.number().int().min(1).optional(),
});
export type EnquiryRecord = z.infer<typeof EnquiryRecordSchema>;

/** Enquiries per calendar month, for the monthly count. */
export const MonthlyCountSchema = z.strictObject({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  total: z.number().int().min(0),
  subjectToPlan: z.number().int().min(0),
  noMatch: z.number().int().min(0),
  cannotConfirm: z.number().int().min(0),
});
export type MonthlyCount = z.infer<typeof MonthlyCountSchema>;
