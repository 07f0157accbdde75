// After the conference: decision letter, outline plan circulation, minutes, versions and recipients.
// Rules: docs/domain.md §4.1 and §4.3 (timescales and distribution), §9.1 (Administration).
import { z } from 'zod';

import { CopyTypeSchema } from './household';
import { ItemIdSchema, PersonIdSchema } from './ids';
import { IsoDateSchema, MediumTextSchema, ShortTextSchema } from './primitives';

/** One version of the record. */
export const RecordVersionSchema = z.strictObject({
  id: ItemIdSchema,
  version: z.number().int().min(1).max(1000),
  createdOn: IsoDateSchema,
  status: z.enum(['draft', 'approved', 'signed']),
  note: MediumTextSchema,
});
export type RecordVersion = z.infer<typeof RecordVersionSchema>;

/** One recipient of the record, with the copy they get. */
export const RecipientSchema = z.strictObject({
  id: ItemIdSchema,
  personId: PersonIdSchema.optional(),
  name: ShortTextSchema,
  copyType: CopyTypeSchema,
  sentOn: IsoDateSchema.optional(),
  method: ShortTextSchema,
});
export type Recipient = z.infer<typeof RecipientSchema>;

/** A correction asked for by a participant after receiving the record. */
export const CorrectionSchema = z.strictObject({
  id: ItemIdSchema,
  receivedOn: IsoDateSchema,
  from: ShortTextSchema,
  text: MediumTextSchema,
  outcome: z.enum(['pending', 'accepted', 'declined']),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** Administration of the conference's documents. */
export const AdministrationSchema = z.strictObject({
  decisionLetterSentOn: IsoDateSchema.optional(),
  decisionLetterMethod: ShortTextSchema,
  outlinePlanCirculatedOn: IsoDateSchema.optional(),
  recordApprovedOn: IsoDateSchema.optional(),
  minutesSentOn: IsoDateSchema.optional(),
  versions: z.array(RecordVersionSchema).max(1000),
  recipients: z.array(RecipientSchema).max(300),
  corrections: z.array(CorrectionSchema).max(300),
  cpIsUpdateNeeded: z.boolean(),
  listRecordUpdatedOn: IsoDateSchema.optional(),
});
export type Administration = z.infer<typeof AdministrationSchema>;
