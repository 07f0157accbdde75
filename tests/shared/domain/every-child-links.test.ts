import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { childrenToFill, withEveryChild } from '../../../shared/domain/every-child-links';
import type { ChildLink } from '../../../shared/domain/household';
import { childId } from '../../../shared/domain/ids';
import { aFamilyMember } from '../../fixtures/conference';

const KIDS = ['c1', 'c2', 'c3'];

describe('one answer for every child', () => {
  it('fills the relationship and living-with for every child when none is answered', () => {
    const member = aFamilyMember({ relationship: 'Mother' });
    const rel = withEveryChild(member, KIDS, 'relationship');
    expect(rel).toEqual(KIDS.map((childId) => ({ childId, relationship: 'Mother' })));
    const home = withEveryChild({ ...member, childLinks: rel }, KIDS, 'lives-with');
    expect(home).toEqual(
      KIDS.map((childId) => ({ childId, relationship: 'Mother', livesWithChild: true })),
    );
    expect(childrenToFill({ ...member, childLinks: home }, KIDS, 'relationship')).toEqual([]);
    expect(childrenToFill({ ...member, childLinks: home }, KIDS, 'lives-with')).toEqual([]);
  });

  it('never changes an answer already given, including "does not live with"', () => {
    const member = aFamilyMember({
      relationship: 'Father',
      childLinks: [
        { childId: childId('c2'), relationship: 'Stepfather', livesWithChild: false },
        { childId: childId('gone'), relationship: 'Uncle' },
      ],
    });
    const rel = withEveryChild(member, KIDS, 'relationship');
    expect(rel).toContainEqual({
      childId: 'c2',
      relationship: 'Stepfather',
      livesWithChild: false,
    });
    expect(rel).toContainEqual({ childId: 'gone', relationship: 'Uncle' });
    expect(rel).toContainEqual({ childId: 'c1', relationship: 'Father' });
    const home = withEveryChild({ ...member, childLinks: rel }, KIDS, 'lives-with');
    expect(home.find((l) => l.childId === 'c2')?.livesWithChild).toBe(false);
    expect(home.find((l) => l.childId === 'gone')?.livesWithChild).toBeUndefined();
    expect(childrenToFill(member, KIDS, 'relationship')).toEqual(['c1', 'c3']);
  });

  it('property: answered links are kept, every child ends answered, no child is listed twice', () => {
    const link = fc.record(
      {
        childId: fc.constantFrom(...KIDS, 'other').map(childId),
        relationship: fc.constantFrom('', ' ', 'Aunt', 'Father'),
        livesWithChild: fc.boolean(),
      },
      { requiredKeys: ['childId', 'relationship'] },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(link, { selector: (l) => l.childId, maxLength: 4 }),
        fc.constantFrom('relationship' as const, 'lives-with' as const),
        (links: ChildLink[], answer) => {
          const member = aFamilyMember({ relationship: 'Mother', childLinks: links });
          const out = withEveryChild(member, KIDS, answer);
          expect(new Set(out.map((l) => l.childId)).size).toBe(out.length);
          expect(childrenToFill({ ...member, childLinks: out }, KIDS, answer)).toEqual([]);
          for (const before of links) {
            const after = out.find((l) => l.childId === before.childId);
            const wasAnswered =
              answer === 'relationship'
                ? before.relationship.trim() !== ''
                : before.livesWithChild !== undefined;
            if (wasAnswered || !KIDS.includes(before.childId)) {
              expect(after).toEqual(before);
            }
          }
        },
      ),
    );
  });
});
