// Choosing the categories of abuse or neglect for a child made subject to a plan: add or remove a category,
// mark the primary one, and the "usually one category" notice per configuration.
// Rules: docs/domain.md §2.1 (the chair decides; one or more categories; MUL), §9.2 rules 5 and 6, §9.5.
import { CATEGORIES, CATEGORY_LABELS, cinCensusCode } from './categories';
import type { Category } from './categories';
import type { Config } from './config';
import type { ChosenCategory } from './decision';

const order = (c: Category): number => CATEGORIES.indexOf(c);

/**
 * The categories with `category` added or removed, in the fixed order of CATEGORIES. A lone category is always
 * the primary one; the first category added becomes primary; removing the primary of several leaves none, so
 * the chair chooses again rather than the app choosing for them.
 */
export function toggleCategory(
  categories: readonly ChosenCategory[],
  category: Category,
  chosen: boolean,
): ChosenCategory[] {
  const has = categories.some((c) => c.category === category);
  let next: ChosenCategory[];
  if (chosen && !has) {
    const anyPrimary = categories.some((c) => c.primary);
    next = [...categories, { category, primary: !anyPrimary }];
  } else if (!chosen && has) {
    next = categories.filter((c) => c.category !== category);
  } else {
    next = [...categories];
  }
  next.sort((a, b) => order(a.category) - order(b.category));
  if (next.length === 1) {
    next = [{ category: next[0]!.category, primary: true }];
  }
  return next;
}

/** The categories with `category` as the only primary one; unchanged when it has not been chosen. */
export function withPrimaryCategory(
  categories: readonly ChosenCategory[],
  category: Category,
): ChosenCategory[] {
  if (!categories.some((c) => c.category === category)) {
    return [...categories];
  }
  return categories.map((c) => ({ category: c.category, primary: c.category === category }));
}

/** What the category screen says about the choice, or undefined when there is nothing to say. */
export type CategoryNotice = { severity: 'warning' | 'blocks-sign-off'; message: string };

/** The notice for a choice of categories, per configuration (rule 6) and the one-primary rule (rule 5). */
export function categoryNotice(
  categories: readonly ChosenCategory[],
  config: Pick<Config, 'multipleCategoriesAllowed' | 'warnWhenMultipleCategories'>,
): CategoryNotice | undefined {
  if (categories.length === 0) {
    return {
      severity: 'blocks-sign-off',
      message: 'Choose at least one category: a child protection plan needs one.',
    };
  }
  if (categories.length > 1 && !config.multipleCategoriesAllowed) {
    return {
      severity: 'blocks-sign-off',
      message: `Only one category is allowed here; ${categories.length} are chosen.`,
    };
  }
  if (categories.filter((c) => c.primary).length !== 1) {
    return {
      severity: 'blocks-sign-off',
      message: 'Choose which category is the primary one (the main presenting concern).',
    };
  }
  if (categories.length > 1 && config.warnWhenMultipleCategories) {
    const code = cinCensusCode(categories.map((c) => c.category)) ?? '';
    return {
      severity: 'warning',
      message: `${categories.length} categories are chosen. Usually only one category is used; the Children in Need census code will be ${code}.`,
    };
  }
  return undefined;
}

/** "Physical abuse (primary) and emotional abuse", for summaries and announcements. */
export function categoriesSummary(categories: readonly ChosenCategory[]): string {
  if (categories.length === 0) {
    return 'No category chosen';
  }
  const parts = categories.map((c, i) => {
    const label = i === 0 ? CATEGORY_LABELS[c.category] : CATEGORY_LABELS[c.category].toLowerCase();
    return c.primary && categories.length > 1 ? `${label} (primary)` : label;
  });
  return parts.length === 1
    ? parts[0]!
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}
