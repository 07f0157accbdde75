// Core group shortcuts. A sibling's core group copied into another child's plan in one step: everyone in the
// sibling's group who is not already in this child's is added, in the sibling's order; nobody is taken out, so this
// child's own lead social worker stays. And the parents and carers added in one step.
// Rule source: docs/domain.md §3.1 and §3.2 (the core group), §5.1 (siblings' plans).
import type { Conference } from './conference';
import { isExcluded } from './household';
import type { CoreGroupMember } from './outline-plan';

const sameMember = (a: CoreGroupMember, b: CoreGroupMember): boolean =>
  a.personId !== undefined || b.personId !== undefined
    ? a.personId === b.personId
    : a.name.trim().toLowerCase() === b.name.trim().toLowerCase() &&
      a.role.trim().toLowerCase() === b.role.trim().toLowerCase();

/** The members of `from` that `to` does not have yet. */
export function missingFrom(
  to: readonly CoreGroupMember[],
  from: readonly CoreGroupMember[],
): CoreGroupMember[] {
  return from.filter((m) => !to.some((x) => sameMember(x, m)));
}

/** `to` with every member of `from` it lacks added at the end. */
export function withCoreGroupOf(
  to: readonly CoreGroupMember[],
  from: readonly CoreGroupMember[],
): CoreGroupMember[] {
  return [...to, ...missingFrom(to, from).map((m) => ({ ...m }))];
}

/**
 * The parents and carers a plan's core group is expected to include (docs/domain.md §3.1; rule 5): family members
 * with parental responsibility whom the chair has not agreed to exclude, as core group members.
 */
export function parentsAndCarers(c: Conference): CoreGroupMember[] {
  return c.household
    .filter((m) => m.hasParentalResponsibility === true && !isExcluded(m))
    .map((m) => ({ personId: m.id, name: m.name, role: m.relationship, kind: 'family' as const }));
}
