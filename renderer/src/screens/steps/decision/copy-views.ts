// Fewer moves in the agency views grid: "same as the row above" (the professional before gave the same view of
// this child) and "apply to every child" (this professional's view holds for each sibling), each one key or one
// click, each editable afterwards. Rules: docs/domain.md §1.7 (a view from every professional on every child).
import type { ChildId, PersonId } from '../../../../../shared/domain/ids';
import type { AgencyView } from '../../../../../shared/domain/professionals';

/** The views each copy would save: undefined / empty when there is nothing to copy. */
export function copyViews(
  view: AgencyView | undefined,
  above: AgencyView | undefined,
  childIds: readonly ChildId[],
  professionalId: PersonId,
  childId: ChildId,
): { fromAbove: AgencyView | undefined; toEveryChild: AgencyView[] } {
  const fromAbove = above
    ? { ...above, professionalId, childId, categories: [...above.categories] }
    : undefined;
  const toEveryChild = view
    ? childIds
        .filter((id) => id !== childId)
        .map((id) => ({ ...view, professionalId, childId: id, categories: [...view.categories] }))
    : [];
  return { fromAbove, toEveryChild };
}
