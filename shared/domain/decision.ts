// The decision for one child: the test, the outcome, categories with one primary, rationale and dissent.
// Rules: docs/domain.md §1.7 (the chair decides and notes dissent), §2 (categories and outcomes), §9.1 (Decision).
import { z } from 'zod';

import type { Category } from './categories';
import { CategorySchema } from './categories';
import { ItemIdSchema, PersonIdSchema } from './ids';
import { IsoDateSchema, LongTextSchema, MediumTextSchema, ShortTextSchema } from './primitives';

/** What the conference decided for the child (docs/domain.md §2.2, §5.2). */
export const OUTCOMES = [
  'cp-plan',
  'cp-plan-from-birth',
  'cin-plan',
  'early-help',
  'no-further-action',
] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Plain-English label of each outcome. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  'cp-plan': 'Subject to a child protection plan',
  'cp-plan-from-birth': 'Subject to a child protection plan from birth',
  'cin-plan': 'Child in need plan',
  'early-help': 'Early help',
  'no-further-action': 'No further action',
};

/** One category chosen by the chair; exactly one is primary when there are any (validation rule 5). */
export const ChosenCategorySchema = z.strictObject({
  category: CategorySchema,
  primary: z.boolean(),
});
export type ChosenCategory = z.infer<typeof ChosenCategorySchema>;

/** A recorded disagreement with the chair's decision (docs/domain.md §1.7). */
export const DissentSchema = z.strictObject({
  id: ItemIdSchema,
  personId: PersonIdSchema.optional(),
  name: ShortTextSchema,
  agency: ShortTextSchema,
  disagreesWith: MediumTextSchema,
  text: MediumTextSchema,
  escalationRoute: MediumTextSchema,
  responseDueOn: IsoDateSchema.optional(),
});
export type Dissent = z.infer<typeof DissentSchema>;

/** The chair's decision for one child. The decision maker is always the chair (docs/domain.md §1.7). */
export const DecisionSchema = z.strictObject({
  continuingRisk: z.boolean(),
  outcome: OutcomeSchema,
  categories: z.array(ChosenCategorySchema).max(4),
  rationale: LongTextSchema,
  dissent: z.array(DissentSchema).max(50),
  familyDisagreement: MediumTextSchema,
  complaintInformationGiven: z.boolean(),
  decidedBy: z.literal('chair'),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** True for the outcomes that make the child subject to a child protection plan. */
export function isPlanOutcome(outcome: Outcome): boolean {
  return outcome === 'cp-plan' || outcome === 'cp-plan-from-birth';
}

/** The primary category, or undefined when none or several are marked primary. */
export function primaryCategory(decision: Pick<Decision, 'categories'>): Category | undefined {
  const primaries = decision.categories.filter((c) => c.primary);
  return primaries.length === 1 ? primaries[0]?.category : undefined;
}
