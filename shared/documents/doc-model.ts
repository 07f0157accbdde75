// The neutral document tree every conference document is built as, and both renderers (DOCX, PDF) draw.
// Rules: docs/domain.md §9.4 (documents), §1.10 (restricted information), §4.3 (parts a family member was excluded from).
import type { PersonId } from '../domain/ids';
import type { SectionKey } from '../domain/household';

/** The kinds of document the conference produces (docs/domain.md §9.4 items 1 to 4). */
export type DocumentKind = 'minutes' | 'outline-plan' | 'decision-letter' | 'restricted-annex';

/** Who a copy is for: the professional copy, or a family member's plain-language copy. */
export type CopyAudience =
  { kind: 'professional' } | { kind: 'family'; personId: PersonId; name: string };

/** One label and value of a key-value table. `privateTo` limits the row in family copies to these people. */
export type FieldRow = {
  label: string;
  value: string;
  privateTo?: readonly PersonId[];
  /** A row about one child: a family copy without that child's details leaves it out (child-selection.ts). */
  childId?: string;
};

/** A table with a header row; `widths` are relative column weights. */
export type TableNode = {
  kind: 'table';
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  widths?: readonly number[];
  /** Per row, the child it is about (if any): a family copy without that child's details leaves the row out. */
  rowChildIds?: readonly (string | undefined)[];
};

/** What the visible signature block prints (docs/reliability.md §2.5: name, role, date and time, fingerprint). */
export type SignatureInfo = {
  name: string;
  role: string;
  /** ISO 8601 instant, e.g. '2026-01-06T09:30:00.000Z'. */
  signedAt: string;
  /** SHA-256 fingerprint of the signing certificate, colon-separated hex. */
  fingerprint: string;
  version: number;
};

/** A node of the document body. */
export type DocNode =
  /** `childId`: the heading opens a part about that one child (left out of family copies not about them). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; childId?: string }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'note' | 'strong' }
  | { kind: 'fields'; rows: readonly FieldRow[] }
  | TableNode
  | { kind: 'list'; items: readonly string[]; ordered?: boolean }
  | {
      /** Information restricted to an audience (docs/domain.md §1.10); never in a family copy. */
      kind: 'restricted';
      ref: string;
      reason: string;
      audience: readonly string[];
      children: readonly DocNode[];
    }
  | {
      /** A part of the conference the listed family members were excluded from (docs/domain.md §1.8). */
      kind: 'excluded-from';
      section: SectionKey;
      personIds: readonly PersonId[];
      note: string;
      children: readonly DocNode[];
    }
  | { kind: 'signature'; signature: SignatureInfo | null }
  | { kind: 'page-break' };

/** Data for the running header and footer of every page. */
export type PageFrame = {
  protectiveMarking: string;
  authorityName: string;
  /** Optional logo as PNG bytes (from settings). */
  logoPng?: Uint8Array;
  /** Left part of the footer, e.g. "Conference record, 5 January 2026"; "Page n of m" is added by the renderer. */
  footerText: string;
};

/** A whole document: what it is, its frame, its metadata and its body. */
export type DocModel = {
  kind: DocumentKind;
  title: string;
  subtitle: string;
  frame: PageFrame;
  meta: {
    conferenceId: string;
    /** Record version this document belongs to (docs/reliability.md §2.5); 0 while a draft. */
    version: number;
    /** Conference date, 'YYYY-MM-DD'. */
    conferenceDate: string;
    audience: CopyAudience;
    /** Child ids this document covers (one per plan, several for a sibling plan). */
    childIds: readonly string[];
  };
  body: readonly DocNode[];
};

/** A heading node. */
export function heading(level: 1 | 2 | 3, text: string): DocNode {
  return { kind: 'heading', level, text };
}

/** A heading that opens a part about one child: that part ends at the next heading of the same or a higher level. */
export function childHeading(level: 1 | 2 | 3, text: string, childId: string): DocNode {
  return { kind: 'heading', level, text, childId };
}

/** A paragraph node; empty text prints "Not recorded." so that no heading stands empty. */
export function para(text: string, tone: 'normal' | 'note' | 'strong' = 'normal'): DocNode {
  const trimmed = text.trim();
  return { kind: 'paragraph', text: trimmed === '' ? 'Not recorded.' : trimmed, tone };
}

/** A key-value table node. */
export function fields(rows: readonly FieldRow[]): DocNode {
  return { kind: 'fields', rows };
}

/** A table node; with no rows, a one-line "None recorded." paragraph instead. */
export function table(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  widths?: readonly number[],
): DocNode {
  if (rows.length === 0) {
    return para('None recorded.', 'note');
  }
  return widths ? { kind: 'table', columns, rows, widths } : { kind: 'table', columns, rows };
}

/** A bulleted (or numbered) list; with no items, "None recorded.". */
export function list(items: readonly string[], ordered = false): DocNode {
  if (items.length === 0) {
    return para('None recorded.', 'note');
  }
  return { kind: 'list', items, ordered };
}

/** Every piece of text in a body, in reading order (for tests, the terminology guard and search). */
export function textOf(nodes: readonly DocNode[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case 'heading':
      case 'paragraph':
        out.push(node.text);
        break;
      case 'fields':
        node.rows.forEach((r) => out.push(r.label, r.value));
        break;
      case 'table':
        out.push(...node.columns, ...node.rows.flat());
        break;
      case 'list':
        out.push(...node.items);
        break;
      case 'restricted':
        out.push(node.reason, ...node.audience, ...textOf(node.children));
        break;
      case 'excluded-from':
        out.push(node.note, ...textOf(node.children));
        break;
      case 'signature':
        if (node.signature) {
          out.push(node.signature.name, node.signature.role, node.signature.fingerprint);
        }
        break;
      case 'page-break':
        break;
    }
  }
  return out;
}

/** All the text of a document, including title and frame. */
export function documentText(doc: DocModel): string {
  return [
    doc.frame.protectiveMarking,
    doc.frame.authorityName,
    doc.title,
    doc.subtitle,
    doc.frame.footerText,
    ...textOf(doc.body),
  ].join('\n');
}
