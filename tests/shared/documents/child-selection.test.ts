// Which children's details each family copy holds: the default (their own children, by the relationship recorded
// to each child), the chair's choice, parts about other children left out of every document, plans about none of
// their children not in their set, and the distribution list saying so. Rule source: docs/domain.md §4.3, §1.10.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { distributionRows } from '../../../electron/services/signoff/distribution-rows';
import {
  copyChildIdsOf,
  defaultCopyChildIds,
  isRelated,
  withoutOtherChildren,
} from '../../../shared/documents/child-selection';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { DocNode } from '../../../shared/documents/doc-model';
import { childHeading, heading, para, textOf } from '../../../shared/documents/doc-model';
import type { Conference } from '../../../shared/domain/conference';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';

describe('isRelated', () => {
  it.each([
    ['Mother', true],
    ['Father', true],
    ['Stepfather', true],
    ["Mother's partner", true],
    ['Maternal grandmother', true],
    ['Half-brother', true],
    ['Not related', false],
    ['not related.', false],
    ['None', false],
    ['N/A', false],
    ['n/a', false],
    ['No relation', false],
    ['No relationship', false],
    ['Unrelated', false],
    ['No link', false],
    ['Not applicable', false],
    ['', false],
    ['   ', false],
  ])('%j → %s', (relationship, expected) => {
    expect(isRelated(relationship)).toBe(expected);
  });
});

describe('defaultCopyChildIds', () => {
  const all = ['c1', 'c2', 'c3'];
  const link = (childId: string, relationship: string) => ({ childId, relationship });
  it.each([
    ['no links recorded: every child (older records)', undefined, all],
    ['links with no relationship filled in: every child', [link('c1', '')], all],
    [
      'father of two, not related to the third',
      [link('c1', 'Father'), link('c2', 'Father'), link('c3', 'Not related')],
      ['c1', 'c2'],
    ],
    ['only one link recorded', [link('c3', 'Mother')], ['c3']],
    ['related to none', [link('c1', 'None'), link('c2', 'None')], []],
  ])('%s', (_name, childLinks, expected) => {
    expect(defaultCopyChildIds(childLinks === undefined ? {} : { childLinks }, all)).toEqual(
      expected,
    );
  });
});

const ids = ['c1', 'c2', 'c3'];
const nodeArb: fc.Arbitrary<DocNode> = fc.oneof(
  fc
    .record({ level: fc.constantFrom<1 | 2 | 3>(1, 2, 3), t: fc.string() })
    .map((r) => heading(r.level, `H ${r.t}`)),
  fc
    .record({
      level: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
      id: fc.constantFrom(...ids),
    })
    .map((r) => childHeading(r.level, `Child ${r.id}`, r.id)),
  fc.string().map((t) => para(`P ${t}`)),
);

describe('withoutOtherChildren', () => {
  it('leaves no part about an unchosen child, keeps everything when every child is chosen', () => {
    fc.assert(
      fc.property(fc.array(nodeArb, { maxLength: 30 }), fc.subarray(ids), (nodes, keepList) => {
        const keep = new Set(keepList);
        const out = withoutOtherChildren(nodes, keep);
        // No heading of an unchosen child remains.
        expect(
          out.some((n) => n.kind === 'heading' && n.childId !== undefined && !keep.has(n.childId)),
        ).toBe(false);
        // What remains is in the original order (a subsequence).
        let at = 0;
        for (const n of out) {
          while (at < nodes.length && nodes[at] !== n) {
            at += 1;
          }
          expect(at).toBeLessThan(nodes.length);
          at += 1;
        }
        expect(withoutOtherChildren(nodes, new Set(ids))).toEqual(nodes);
      }),
    );
  });

  it('ends a left-out part at the next heading of the same or a higher level', () => {
    const nodes = [
      heading(1, 'Decision for each child'),
      childHeading(2, 'Ava', 'c3'),
      heading(3, 'Reasons'),
      para('Ava reason'),
      childHeading(2, 'Mia', 'c1'),
      para('Mia reason'),
      heading(1, 'Next meetings'),
      para('Review'),
    ];
    expect(withoutOtherChildren(nodes, new Set(['c1'])).flatMap((n) => textOf([n]))).toEqual([
      'Decision for each child',
      'Mia',
      'Mia reason',
      'Next meetings',
      'Review',
    ]);
  });
});

/** The fixture with Liam the father of Mia and Noah only (not related to Ava). */
function withLiamFatherOfTwo(): Conference {
  const c = aDocumentConference();
  const ava = c.children.find((ch) => ch.details.name === 'Ava Example')!.details.id;
  return {
    ...c,
    household: c.household.map((m) =>
      m.name === 'Liam Example'
        ? {
            ...m,
            childLinks: (m.childLinks ?? []).map((l) =>
              l.childId === ava ? { ...l, relationship: 'Not related', livesWithChild: false } : l,
            ),
          }
        : m,
    ),
  };
}

const textOfCopy = (set: ReturnType<typeof buildDocumentSet>, prefix: string) =>
  set.documents
    .filter((d) => d.name.startsWith(prefix))
    .flatMap((d) => textOf(d.doc.body))
    .join('\n');

describe('family copies by chosen children', () => {
  it('by default a father gets his own children only, and the list says what is left out', () => {
    const c = withLiamFatherOfTwo();
    const liam = c.household.find((m) => m.name === 'Liam Example')!;
    const names = copyChildIdsOf(c, liam).map(
      (id) => c.children.find((ch) => ch.details.id === id)!.details.name,
    );
    expect(names).toEqual(['Mia Example', 'Noah Example']);
    const set = buildDocumentSet(c, DOC_CONFIG, { version: 1 });
    const liamText = textOfCopy(set, 'family-liam-example-');
    expect(liamText).not.toContain('9990000034'); // Ava's NHS number
    expect(liamText).not.toContain('2 July 2016'); // Ava's date of birth
    expect(liamText).not.toContain('Ava’s needs can be met');
    expect(liamText).toContain('9990000026'); // Noah's NHS number
    const jadeText = textOfCopy(set, 'family-jade-example-');
    expect(jadeText).toContain('9990000034');
    const rows = distributionRows(set);
    const liamRow = rows.find((r) => r.name === 'Liam Example')!;
    expect(liamRow.leftOut).toContain('Details of other children: Ava Example');
    expect(liamRow.copyType).toBe('partial');
    // The record's own distribution section says the same.
    expect(set.distribution.find((d) => d.name === 'Liam Example')!.copyType).toBe('partial');
    expect(set.distribution.find((d) => d.name === 'Jade Example')!.copyType).toBe('full');
    expect((rows.find((r) => r.name === 'Jade Example')!.leftOut ?? []).join(' ')).not.toContain(
      'other children',
    );
  });

  it('follows the chair’s choice: a copy with one child holds no other child’s details', () => {
    const c = withLiamFatherOfTwo();
    const mia = c.children.find((ch) => ch.details.name === 'Mia Example')!.details.id;
    const chosen: Conference = {
      ...c,
      household: c.household.map((m) =>
        m.name === 'Jade Example' ? { ...m, copyChildIds: [mia] } : m,
      ),
    };
    const set = buildDocumentSet(chosen, DOC_CONFIG, { version: 1 });
    const jadeText = textOfCopy(set, 'family-jade-example-');
    for (const other of ['9990000026', '9990000034', '20 May 2018', '2 July 2016']) {
      expect(jadeText).not.toContain(other);
    }
    expect(jadeText).toContain('14 March 2021');
    const row = distributionRows(set).find((r) => r.name === 'Jade Example')!;
    expect(row.leftOut).toContain('Details of other children: Noah Example; Ava Example');
  });
});
