// Branded ids for the conference model, so a ChildId can never be passed where a PersonId is expected.
// Ids are opaque strings chosen by whoever creates the record (the app uses random UUIDs).
import { z } from 'zod';

const idString = () =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'Ids use letters, digits, "-" and "_" only');

/** Id of one conference record. */
export const ConferenceIdSchema = idString().brand<'ConferenceId'>();
/** Id of one child (born or unborn) within a conference and across conferences. */
export const ChildIdSchema = idString().brand<'ChildId'>();
/** Id of a person: a family member, a professional or anyone on the attendance register. */
export const PersonIdSchema = idString().brand<'PersonId'>();
/** Id of a list item (report, action, outcome, dissent entry, version...). */
export const ItemIdSchema = idString().brand<'ItemId'>();
/** Id of a generated document. */
export const DocumentIdSchema = idString().brand<'DocumentId'>();

export type ConferenceId = z.infer<typeof ConferenceIdSchema>;
export type ChildId = z.infer<typeof ChildIdSchema>;
export type PersonId = z.infer<typeof PersonIdSchema>;
export type ItemId = z.infer<typeof ItemIdSchema>;
export type DocumentId = z.infer<typeof DocumentIdSchema>;

/** Brands a string as a ConferenceId; throws a ZodError when it is not a valid id. */
export const conferenceId = (s: string): ConferenceId => ConferenceIdSchema.parse(s);
/** Brands a string as a ChildId; throws a ZodError when it is not a valid id. */
export const childId = (s: string): ChildId => ChildIdSchema.parse(s);
/** Brands a string as a PersonId; throws a ZodError when it is not a valid id. */
export const personId = (s: string): PersonId => PersonIdSchema.parse(s);
/** Brands a string as an ItemId; throws a ZodError when it is not a valid id. */
export const itemId = (s: string): ItemId => ItemIdSchema.parse(s);
/** Brands a string as a DocumentId; throws a ZodError when it is not a valid id. */
export const documentId = (s: string): DocumentId => DocumentIdSchema.parse(s);
