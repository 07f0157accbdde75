// Shared zod primitives for the conference model: bounded text, ISO dates and times, restrictions.
// Everything is plain JSON (docs/domain.md §9.1); restricted items carry their own audience (docs/domain.md §1.10, §9.2 rule 9).
import { z } from 'zod';

import { PersonIdSchema } from './ids';

/** Longest free-text field: a 40-page minutes section. */
export const LONG_TEXT_MAX = 200_000;

/** A name, title or other one-line value. */
export const ShortTextSchema = z.string().max(200);
/** A sentence or short paragraph (a reason, a role description). */
export const MediumTextSchema = z.string().max(4_000);
/** A minutes section or other long free text. */
export const LongTextSchema = z.string().max(LONG_TEXT_MAX);

/** A calendar date as 'YYYY-MM-DD' (no time, no timezone). */
export const IsoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A clock time as 'HH:MM', 24-hour. */
export const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time, HH:MM');
export type ClockTime = z.infer<typeof ClockTimeSchema>;

/**
 * Marks information that must not reach the family's copy (docs/domain.md §1.10): why it is restricted and
 * who may see it. An empty audience is structurally allowed while drafting; validation rule 9 flags it.
 */
export const RestrictionSchema = z.strictObject({
  reason: MediumTextSchema,
  audience: z.array(PersonIdSchema).max(200),
  thirdParty: z.boolean(),
});
export type Restriction = z.infer<typeof RestrictionSchema>;

/** A block of free text that may be restricted to an audience. */
export const TextBlockSchema = z.strictObject({
  text: LongTextSchema,
  restriction: RestrictionSchema.optional(),
});
export type TextBlock = z.infer<typeof TextBlockSchema>;

/** An empty, unrestricted text block. */
export function emptyBlock(): TextBlock {
  return { text: '' };
}
