// A family copy without some children's details leaves out every part, row and title about those children
// (child-selection.ts, document-set.ts). Text written about the whole family (the purpose, shared worries, a sibling
// plan's actions) can still name them, and the app cannot rewrite the chair's words. This finds each such mention
// so the sign-off screen can show it before signing: the chair edits the text or gives the member that child's
// details. Rule source: docs/domain.md §4.3 (copies), §1.10 (what reaches the family).
import type { Conference } from '../domain/conference';

import type { DocumentSet } from './document-set';
import { textOf } from './doc-model';

export type NamedLeftOut = {
  /** The family member whose copy it is. */
  member: string;
  /** The child left out of that copy who is still named in it. */
  child: string;
  /** The first piece of text naming them, shortened. */
  excerpt: string;
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words that name a child: the full name and, for a child with one, the first name. */
function namePattern(name: string): RegExp | null {
  const full = name.trim();
  if (full === '') {
    return null;
  }
  const first = /^unborn\b/i.test(full) ? '' : (full.split(/\s+/)[0] ?? '');
  const words = [full, ...(first.length > 1 && first !== full ? [first] : [])];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

function shorten(text: string, at: number): string {
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, at + 60);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Every left-out child still named in a family member's copy, once per member and child. */
export function leftOutChildrenNamed(conference: Conference, set: DocumentSet): NamedLeftOut[] {
  const out: NamedLeftOut[] = [];
  for (const [personId, chosen] of Object.entries(set.copyChildren ?? {})) {
    const leftOut = conference.children.filter((c) => !chosen.includes(c.details.id));
    if (leftOut.length === 0) {
      continue;
    }
    const docs = set.documents
      .map((d) => d.doc)
      .filter((d) => d.meta.audience.kind === 'family' && d.meta.audience.personId === personId);
    const member = docs[0]?.meta.audience;
    if (!member || member.kind !== 'family') {
      continue;
    }
    const texts = docs.flatMap((d) => [d.title, d.subtitle, d.frame.footerText, ...textOf(d.body)]);
    for (const child of leftOut) {
      const pattern = namePattern(child.details.name);
      if (pattern === null) {
        continue;
      }
      for (const text of texts) {
        const m = pattern.exec(text);
        if (m) {
          out.push({
            member: member.name,
            child: child.details.name,
            excerpt: shorten(text, m.index),
          });
          break;
        }
      }
    }
  }
  return out;
}
