// How a professional's view on one child differs from the chair's decision: on plan or no plan, or, when both
// are for a plan, on the category. Either is a dissent the chair notes (docs/domain.md §1.7) and validation rule 7
// requires recorded before the minutes are final (docs/domain.md §9.2). One rule, used by the dissent prompts and
// by rule 7, so the step and the sign-off blockers never disagree.
import type { Category } from './categories';
import { CATEGORIES, CATEGORY_LABELS } from './categories';
import type { Decision } from './decision';
import { isPlanOutcome } from './decision';
import { formatList } from './format-en-gb';
import type { AgencyView } from './professionals';

/** 'plan' when the view differs on plan or no plan, 'category' when it agrees on a plan but not the category. */
export type ViewDifference = 'plan' | 'category';

/** The categories in a fixed order (neglect, physical, emotional, sexual), without repeats. */
function ordered(categories: readonly Category[]): Category[] {
  return CATEGORIES.filter((c) => categories.includes(c));
}

/**
 * How `view` differs from `decision`, or null when it agrees. A category view differs when the professional named
 * categories and the chair has chosen categories and the two sets are not the same. A professional who gave no
 * category, or a decision with no category chosen yet, is not a category dissent (rule 6 asks for the category).
 */
export function viewDifference(
  view: Pick<AgencyView, 'supportsPlan' | 'categories'>,
  decision: Pick<Decision, 'outcome' | 'categories'>,
): ViewDifference | null {
  const plan = isPlanOutcome(decision.outcome);
  if (view.supportsPlan !== plan) {
    return 'plan';
  }
  if (!plan) {
    return null;
  }
  const theirs = ordered(view.categories);
  const chosen = ordered(decision.categories.map((c) => c.category));
  if (theirs.length === 0 || chosen.length === 0) {
    return null;
  }
  const same = theirs.length === chosen.length && theirs.every((c, i) => c === chosen[i]);
  return same ? null : 'category';
}

/** "Neglect and emotional abuse" (sentence case, fixed order), or "no category". */
export function categoriesPhrase(categories: readonly Category[]): string {
  const labels = ordered(categories).map((c, i) =>
    i === 0 ? CATEGORY_LABELS[c] : CATEGORY_LABELS[c].toLowerCase(),
  );
  return labels.length === 0 ? 'no category' : formatList(labels);
}

/** What the professional thought, in words for the dissent prompt: "thought the category should be Neglect." */
export function differingViewText(
  view: Pick<AgencyView, 'supportsPlan' | 'categories'>,
  difference: ViewDifference,
): string {
  if (difference === 'category') {
    return `agreed a child protection plan is needed, but thought the category should be ${categoriesPhrase(view.categories)}.`;
  }
  return view.supportsPlan
    ? 'thought a child protection plan was needed.'
    : 'thought a child protection plan was not needed.';
}
