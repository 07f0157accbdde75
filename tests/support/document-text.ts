// Plain text of a built document for the truthfulness tests: each key-value row printed as "Label: value", as a
// reader sees it, and a general checker for labels printed beside nothing. Rule source: docs/domain.md §9.4.
import type { DocModel, DocNode } from '../../shared/documents/doc-model';

function lines(nodes: readonly DocNode[]): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    switch (n.kind) {
      case 'heading':
      case 'paragraph':
        out.push(n.text);
        break;
      case 'fields':
        n.rows.forEach((r) => out.push(`${r.label}: ${r.value}`));
        break;
      case 'table':
        out.push(n.columns.join(' | '), ...n.rows.map((r) => r.join(' | ')));
        break;
      case 'list':
        out.push(...n.items);
        break;
      case 'restricted':
      case 'excluded-from':
        out.push(...('note' in n ? [n.note] : [n.reason]), ...lines(n.children));
        break;
      case 'signature':
      case 'page-break':
        break;
    }
  }
  return out;
}

/** Every line of a document, title first, with fields as "Label: value". */
export function readableText(doc: DocModel): string {
  return [
    doc.frame.authorityName,
    doc.title,
    doc.subtitle,
    doc.frame.footerText,
    ...lines(doc.body),
  ]
    .map((l) => l.replace(/\n/g, ' '))
    .join('\n');
}

/** Patterns of an empty label or a gap left by a missing value, with what each means. */
export const EMPTY_LABEL_PATTERNS: readonly [RegExp, string][] = [
  [/:[ \t]*;/, 'a label followed by nothing (": ;")'],
  [/\([ \t]*\)/, 'empty brackets'],
  [/:[ \t]*\.(\s|$)/, 'a label followed by a full stop (": .")'],
  [/:[ \t]*$/m, 'a label at the end of a line with no value'],
  [/^(?!Dear |Yours ).*,[ \t]*$/m, 'a line ending in a comma ("From X,")'],
  [/,[ \t]*[,;.)]/, 'a comma followed by more punctuation'],
  [/\bto[ \t]*[;.,]/, 'a sentence ending "to ;" with the name missing'],
  [
    /\b(at|of|from|by|with|for)[ \t]+(about|on|to)\b[ \t]+[A-Z]/,
    'a preposition with its object missing',
  ],
  [/[^\s] {2,}[^\s]/, 'a double space'],
  [/ [,.;:)]/, 'a space before punctuation'],
  [/\|[ \t]*\|/, 'an empty cell between two filled ones'],
  [/\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/, 'a programming value'],
];

/** Every empty-label problem in `text`, with the line it is on. */
export function emptyLabelProblems(text: string): string[] {
  const problems: string[] = [];
  for (const line of text.split('\n')) {
    for (const [pattern, what] of EMPTY_LABEL_PATTERNS) {
      if (pattern.test(line)) {
        problems.push(`${what}: "${line}"`);
      }
    }
  }
  return problems;
}
