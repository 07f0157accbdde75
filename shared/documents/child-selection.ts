// Which children's details a family member's copy holds. The chair chooses per family member at sign-off; by
// default a member receives their own children only: the children they are recorded as related to (a relationship
// recorded for that child that is not "not related"). A part about one child opens with a child heading
// (doc-model.ts childHeading) and runs to the next heading of the same or a higher level; family copies not about
// that child leave the whole part out. Rule source: docs/domain.md §4.3 (copies, partial copies), §1.10 (what
// reaches the family).
import type { Conference } from '../domain/conference';
import type { FamilyMember } from '../domain/household';

import type { DocNode } from './doc-model';

/** A recorded relationship that says the person is not related to the child. */
const NOT_RELATED =
  /^\s*(?:none|n\/?a|no(?:t)?\s+(?:related|relation(?:ship)?|applicable|link(?:ed)?)|unrelated|no\s+relationship)\s*\.?\s*$/i;

/** True when `relationship` records a relationship to the child (filled in, and not "not related"). */
export function isRelated(relationship: string): boolean {
  return relationship.trim() !== '' && !NOT_RELATED.test(relationship);
}

/**
 * The default: the children this member is recorded as related to. A member with no relationship recorded to any
 * child (records made before relationships were asked) gets every child, as before.
 */
export function defaultCopyChildIds(
  member: { childLinks?: readonly { childId: string; relationship: string }[] | undefined },
  childIds: readonly string[],
): string[] {
  const links = member.childLinks ?? [];
  if (!links.some((l) => l.relationship.trim() !== '')) {
    return [...childIds];
  }
  return childIds.filter((id) => links.some((l) => l.childId === id && isRelated(l.relationship)));
}

/** The children whose details this member's copy holds: the chair's choice, else the default; conference order. */
export function copyChildIdsOf(conference: Conference, member: FamilyMember): string[] {
  const all = conference.children.map((c) => c.details.id);
  if (member.copyChildIds !== undefined) {
    const chosen = new Set<string>(member.copyChildIds);
    return all.filter((id) => chosen.has(id));
  }
  return defaultCopyChildIds(member, all);
}

/** The nodes with every part about a child not in `keep` removed (recursing into excluded-from parts). */
export function withoutOtherChildren(
  nodes: readonly DocNode[],
  keep: ReadonlySet<string>,
): DocNode[] {
  const out: DocNode[] = [];
  let skipBelow: number | null = null; // while set: leaving out a part opened by a heading of this level
  for (const node of nodes) {
    if (node.kind === 'heading' && skipBelow !== null && node.level <= skipBelow) {
      skipBelow = null;
    }
    if (skipBelow !== null) {
      continue;
    }
    if (node.kind === 'heading' && node.childId !== undefined && !keep.has(node.childId)) {
      skipBelow = node.level;
      continue;
    }
    if (node.kind === 'excluded-from') {
      out.push({ ...node, children: withoutOtherChildren(node.children, keep) });
      continue;
    }
    if (node.kind === 'fields') {
      out.push({
        ...node,
        rows: node.rows.filter((r) => r.childId === undefined || keep.has(r.childId)),
      });
      continue;
    }
    if (node.kind === 'table' && node.rowChildIds !== undefined) {
      const ids = node.rowChildIds;
      const kept = node.rows.filter((_row, i) => ids[i] === undefined || keep.has(ids[i]));
      const keptIds = ids.filter((id) => id === undefined || keep.has(id));
      out.push(
        kept.length > 0
          ? { ...node, rows: kept, rowChildIds: keptIds }
          : { kind: 'paragraph', text: 'None recorded.', tone: 'note' },
      );
      continue;
    }
    out.push(node);
  }
  return out;
}

/**
 * The parts about children not in `keep`, by child id, each with the shortest heading that opens one (the child's
 * name, rather than "<name>'s views").
 */
export function otherChildrenParts(
  nodes: readonly DocNode[],
  keep: ReadonlySet<string>,
): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (list: readonly DocNode[]) => {
    for (const node of list) {
      if (node.kind === 'heading' && node.childId !== undefined && !keep.has(node.childId)) {
        const before = found.get(node.childId);
        if (before === undefined || node.text.length < before.length) {
          found.set(node.childId, node.text);
        }
      } else if (node.kind === 'excluded-from' || node.kind === 'restricted') {
        visit(node.children);
      }
    }
  };
  visit(nodes);
  return found;
}
