// What a family member's copy really leaves out, read from the same document tree the family copy is cut from and
// by the same rules as redactForFamily (family-copy.ts): restricted items, the parts they were excluded from, and
// other people's private details (addresses). The distribution list prints this instead of a guess.
// Rule source: docs/domain.md §4.3 (partial copies) and §1.10 (restricted information never reaches the family).
import type { SectionKey } from '../domain/household';
import type { PersonId } from '../domain/ids';

import { otherChildrenParts, withoutOtherChildren } from './child-selection';
import type { DocModel, DocNode } from './doc-model';

/** The part of the conference each section key stands for, as the distribution list names it. */
const SECTION_NAMES: Readonly<Record<SectionKey, string>> = {
  introductions: 'Introductions',
  attendance: 'Attendance',
  purpose: 'Purpose of the conference',
  reports: 'Reports',
  'agency-information': 'Agency information',
  'parents-views': "Parents' views",
  'child-views': "The child's views",
  analysis: 'Analysis',
  'agency-views': "Each agency's view",
  decision: 'Decision',
  category: 'Category',
  'outline-plan': 'Outline plan',
  'core-group': 'Core group',
  summary: "Chair's summary",
};

/** How the distribution list starts the line naming the children whose details a copy leaves out. */
export const OTHER_CHILDREN = 'Details of other children: ';

type Found = { restricted: Set<string>; excluded: Set<string>; privateRows: Set<string> };

function walk(nodes: readonly DocNode[], who: PersonId, under: string, found: Found): string {
  let heading = under;
  for (const node of nodes) {
    switch (node.kind) {
      case 'heading':
        heading = node.text;
        break;
      case 'restricted':
        found.restricted.add(heading);
        break;
      case 'excluded-from':
        if (node.personIds.includes(who)) {
          found.excluded.add(SECTION_NAMES[node.section]);
        } else {
          walk(node.children, who, heading, found);
        }
        break;
      case 'fields':
        for (const row of node.rows) {
          if (row.privateTo !== undefined && !row.privateTo.includes(who)) {
            found.privateRows.add(row.label);
          }
        }
        break;
      default:
        break;
    }
  }
  return heading;
}

/**
 * Plain-English lines saying what `who`'s copy of `docs` leaves out, or [] when it leaves out nothing.
 * `docs` are the professional documents their family copies are cut from (the restricted annex is named by the
 * caller: it is never in a family copy).
 */
export function familyCopyOmissions(
  docs: readonly DocModel[],
  who: PersonId,
  childIds?: readonly string[],
): string[] {
  const found: Found = { restricted: new Set(), excluded: new Set(), privateRows: new Set() };
  const keep = childIds === undefined ? null : new Set(childIds);
  const otherChildren = new Map<string, string>();
  for (const doc of docs) {
    if (doc.kind !== 'restricted-annex') {
      // Walked as the copy is cut: other children's parts are gone before anything else is left out.
      walk(keep ? withoutOtherChildren(doc.body, keep) : doc.body, who, doc.title, found);
      for (const [id, name] of keep ? otherChildrenParts(doc.body, keep) : []) {
        const before = otherChildren.get(id);
        otherChildren.set(id, before !== undefined && before.length <= name.length ? before : name);
      }
    }
  }
  const out: string[] = [];
  if (otherChildren.size > 0) {
    out.push(`${OTHER_CHILDREN}${[...otherChildren.values()].join('; ')}`);
  }
  if (found.excluded.size > 0) {
    out.push(`Parts they were excluded from: ${[...found.excluded].join('; ')}`);
  }
  if (found.restricted.size > 0) {
    out.push(`Restricted information under: ${[...found.restricted].join('; ')}`);
  }
  if (found.privateRows.size > 0) {
    out.push(`Other people's private details: ${[...found.privateRows].join('; ')}`);
  }
  return out;
}
