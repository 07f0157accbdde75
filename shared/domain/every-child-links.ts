// One answer for every child in set-up: a family member's relationship ("Mother") or living with them, filled in
// for each child not yet answered, in one edit. An answer already given is never changed, so a stepfather to one
// child and father to another keeps both. Rule source: docs/domain.md §4.2, §9.1 (relationship to each child).
import type { ChildLink, FamilyMember } from './household';

export type EveryChildAnswer = 'relationship' | 'lives-with';

const unanswered = (link: ChildLink | undefined, answer: EveryChildAnswer): boolean =>
  answer === 'relationship'
    ? (link?.relationship ?? '').trim() === ''
    : link?.livesWithChild === undefined;

/** The children (of `childIds`) whose `answer` is not yet given for `member`. */
export function childrenToFill(
  member: FamilyMember,
  childIds: readonly string[],
  answer: EveryChildAnswer,
): string[] {
  return childIds.filter((id) =>
    unanswered(
      member.childLinks?.find((l) => l.childId === id),
      answer,
    ),
  );
}

/**
 * The member's child links with `answer` filled in for every child not yet answered: the relationship the member
 * was added with, or "lives with the child". Links to children no longer in `childIds` are kept as they are.
 */
export function withEveryChild(
  member: FamilyMember,
  childIds: readonly string[],
  answer: EveryChildAnswer,
): ChildLink[] {
  const fill = (link: ChildLink): ChildLink => {
    if (!childIds.includes(link.childId) || !unanswered(link, answer)) {
      return link;
    }
    return answer === 'relationship'
      ? { ...link, relationship: member.relationship.trim() }
      : { ...link, livesWithChild: true };
  };
  const links = (member.childLinks ?? []).map(fill);
  for (const childId of childIds) {
    if (!links.some((l) => l.childId === childId)) {
      links.push(fill({ childId, relationship: '' } as ChildLink));
    }
  }
  return links;
}
