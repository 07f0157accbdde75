// The family copy: a document with restricted items and the parts this family member was excluded from removed,
// in plain language. Rules: docs/domain.md §4.3 (family copy in a form parents can understand; partial copies),
// §1.10 (restricted information never reaches the family), §9.4 item 3.16 (annex never in family copies).
import type { PersonId } from '../domain/ids';

import { withoutOtherChildren } from './child-selection';
import type { DocModel, DocNode, FieldRow } from './doc-model';
import { para } from './doc-model';

/** Who the family copy is for, and (when chosen) the children whose details it holds (./child-selection.ts). */
export type FamilyRecipient = { personId: PersonId; name: string; childIds?: readonly string[] };

/** The plain-language note that stands where a part was left out because the recipient was excluded from it. */
export const LEFT_OUT_NOTE =
  'You were not part of this section of the meeting, so it is not in your copy. The chair can explain why.';

/** The opening paragraph of every family copy. */
export function familyIntro(name: string): string {
  return `This is your copy, ${name}. It is written for you and the people who help you. Some information belongs to other people or has to stay private, so it is not included. If anything is unclear, or you think something is wrong, tell the social worker or the chair within 10 working days.`;
}

function redactRows(rows: readonly FieldRow[], who: PersonId): FieldRow[] {
  return rows
    .filter((r) => r.privateTo === undefined || r.privateTo.includes(who))
    .map((r) => ({ label: r.label, value: r.value }));
}

function redactNodes(nodes: readonly DocNode[], who: PersonId): DocNode[] {
  const out: DocNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'restricted') {
      continue;
    }
    if (node.kind === 'excluded-from') {
      if (node.personIds.includes(who)) {
        if (
          out.at(-1)?.kind !== 'paragraph' ||
          (out.at(-1) as { text: string }).text !== LEFT_OUT_NOTE
        ) {
          out.push(para(LEFT_OUT_NOTE, 'note'));
        }
        continue;
      }
      out.push(...redactNodes(node.children, who));
      continue;
    }
    if (node.kind === 'fields') {
      const rows = redactRows(node.rows, who);
      if (rows.length > 0) {
        out.push({ kind: 'fields', rows });
      }
      continue;
    }
    out.push(node);
  }
  return out;
}

const FAMILY_TITLES: Readonly<Record<DocModel['kind'], string>> = {
  minutes: 'Your copy of the conference record',
  'outline-plan': 'Your copy of the outline child protection plan',
  'decision-letter': 'Decision of the child protection conference',
  'restricted-annex': '',
};

/**
 * The family copy of a document for one family member: every restricted node removed, every part they were
 * excluded from replaced by a plain-language note, other people's private rows (addresses) removed, and a
 * plain-language introduction. The restricted annex has no family copy: asking for one throws.
 */
export function redactForFamily(doc: DocModel, recipient: FamilyRecipient): DocModel {
  if (doc.kind === 'restricted-annex') {
    throw new Error('The restricted annex is never part of a family copy.');
  }
  const about =
    recipient.childIds === undefined
      ? doc.body
      : withoutOtherChildren(doc.body, new Set(recipient.childIds));
  const body = redactNodes(about, recipient.personId);
  return {
    ...doc,
    title: FAMILY_TITLES[doc.kind],
    meta: {
      ...doc.meta,
      audience: { kind: 'family', personId: recipient.personId, name: recipient.name },
    },
    body:
      doc.kind === 'decision-letter'
        ? body
        : [para(familyIntro(recipient.name), 'strong'), ...body],
  };
}
