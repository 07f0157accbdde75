// A family copy without some children's details does not name them in its subtitle, document properties, footer,
// household relationship rows or next-meetings table; where the chair's own text about the whole family still
// names a left-out child, leftOutChildrenNamed reports it (with an excerpt) for the sign-off screen, and nothing is
// reported once the text no longer names them. Rule source: docs/domain.md §4.3.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { leftOutChildrenNamed } from '../../../shared/documents/copy-names';
import { textOf } from '../../../shared/documents/doc-model';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { Conference } from '../../../shared/domain/conference';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';

const base = aDocumentConference();
const children = base.children.map((c) => ({ id: c.details.id, name: c.details.name }));
const jade = base.household.find((m) => m.name === 'Jade Example')!;

function withChoice(chosen: readonly string[], change?: (c: Conference) => Conference): Conference {
  const c: Conference = {
    ...base,
    household: base.household.map((m) =>
      m.id === jade.id ? { ...m, copyChildIds: chosen as never } : m,
    ),
  };
  return change ? change(c) : c;
}

const jadeDocs = (c: Conference) =>
  buildDocumentSet(c, DOC_CONFIG, { version: 1 }).documents.filter((d) =>
    d.name.startsWith('family-jade-example-'),
  );

/** The structured places a name is printed: not the chair's free text. */
function structuredText(c: Conference): string[] {
  return jadeDocs(c).flatMap(({ doc }) => [
    doc.subtitle,
    doc.frame.footerText,
    ...doc.body.flatMap((n) =>
      n.kind === 'fields'
        ? n.rows.map((r) => r.label)
        : n.kind === 'table'
          ? n.rows.map((r) => r[0] ?? '')
          : [],
    ),
  ]);
}

describe('a family copy names only the children chosen for it', () => {
  it('leaves the other children out of titles, footers, relationship rows and the next-meetings table', () => {
    const noah = children.find((c) => c.name === 'Noah Example')!;
    const text = structuredText(withChoice([noah.id])).join('\n');
    expect(text).toContain('Noah Example');
    for (const other of children.filter((c) => c.id !== noah.id)) {
      expect(text).not.toContain(other.name);
    }
    const letter = jadeDocs(withChoice([noah.id])).find((d) => d.doc.kind === 'decision-letter')!;
    expect(letter.doc.subtitle).toBe('About Noah Example');
    expect(textOf(letter.doc.body).join(' ')).not.toMatch(/Mia Example|Ava Example/);
  });

  it('holds for every choice of children (property)', () => {
    fc.assert(
      fc.property(fc.subarray(children, { minLength: 1 }), (chosen) => {
        const text = structuredText(withChoice(chosen.map((c) => c.id))).join('\n');
        for (const c of children) {
          if (chosen.some((x) => x.id === c.id)) {
            continue;
          }
          expect(text).not.toContain(c.name);
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('leftOutChildrenNamed', () => {
  it('reports a left-out child still named in the whole family’s text, with an excerpt', () => {
    const noah = children.find((c) => c.name === 'Noah Example')!;
    const c = withChoice([noah.id]);
    const named = leftOutChildrenNamed(c, buildDocumentSet(c, DOC_CONFIG, { version: 1 }));
    const mia = named.find((n) => n.member === 'Jade Example' && n.child === 'Mia Example');
    expect(mia?.excerpt).toMatch(/\bMia\b/);
    expect(mia!.excerpt.length).toBeLessThanOrEqual(110);
  });

  it('reports nothing when every copy has every child', () => {
    const c = withChoice(children.map((x) => x.id));
    expect(leftOutChildrenNamed(c, buildDocumentSet(c, DOC_CONFIG, { version: 1 }))).toEqual([]);
  });

  it('does not take a name inside another word for the child (Mia in "Miami")', () => {
    const noah = children.find((c) => c.name === 'Noah Example')!;
    const miami = (x: Conference): Conference => {
      const text = JSON.stringify(x).replace(/\bMia\b(?! Example)/g, 'Miami');
      return JSON.parse(text) as Conference;
    };
    const c = withChoice([noah.id], miami);
    const named = leftOutChildrenNamed(c, buildDocumentSet(c, DOC_CONFIG, { version: 1 }));
    expect(named.filter((n) => n.child === 'Mia Example')).toEqual([]);
  });
});
