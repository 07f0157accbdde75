// Wording the terminology guard flagged that the chair chose to keep, with the reason, who and when (docs/domain.md
// §9.2 rule 12: a wrong flag must never block signing). An accepted phrase is matched by field and phrase (case
// ignored), so the same words in another field, or new register-era wording in the same field, still flag.
import { z } from 'zod';

import { MediumTextSchema, ShortTextSchema } from './primitives';

/** One kept phrase: the field's dotted path, the phrase as flagged, the chair's reason, who kept it and when. */
export const AcceptedTermSchema = z.strictObject({
  path: z.string().min(1).max(300),
  phrase: ShortTextSchema.refine((s) => s.trim().length > 0, 'Give the phrase kept'),
  reason: MediumTextSchema.refine(
    (s) => s.trim().length > 0,
    'Give the reason for keeping this wording',
  ),
  by: ShortTextSchema,
  at: z.iso.datetime(),
});
export type AcceptedTerm = z.infer<typeof AcceptedTermSchema>;

export const AcceptedTerminologySchema = z.array(AcceptedTermSchema).max(500);

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The acceptance of `phrase` in the field at `path`, if the chair kept it. */
export function acceptanceOf(
  accepted: readonly AcceptedTerm[] | undefined,
  path: string,
  phrase: string,
): AcceptedTerm | undefined {
  return accepted?.find((a) => a.path === path && same(a.phrase, phrase));
}

/** The list with `term` kept (replacing an earlier acceptance of the same phrase in the same field). */
export function withAccepted(
  accepted: readonly AcceptedTerm[] | undefined,
  term: AcceptedTerm,
): AcceptedTerm[] {
  return [
    ...(accepted ?? []).filter((a) => !(a.path === term.path && same(a.phrase, term.phrase))),
    term,
  ];
}

/** The list without the acceptance of `phrase` in the field at `path`. */
export function withoutAccepted(
  accepted: readonly AcceptedTerm[] | undefined,
  path: string,
  phrase: string,
): AcceptedTerm[] {
  return (accepted ?? []).filter((a) => !(a.path === path && same(a.phrase, phrase)));
}
