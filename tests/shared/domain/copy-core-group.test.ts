import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  missingFrom,
  parentsAndCarers,
  withCoreGroupOf,
} from '../../../shared/domain/copy-core-group';
import type { PersonId } from '../../../shared/domain/ids';
import type { CoreGroupMember } from '../../../shared/domain/outline-plan';
import { aConference, aFamilyMember, IDS } from '../../fixtures/conference';

const m = (name: string, personId?: string, role = ''): CoreGroupMember => ({
  name,
  role,
  kind: 'professional',
  ...(personId ? { personId: personId as PersonId } : {}),
});

describe("copying a sibling's core group", () => {
  it('adds only who is missing and keeps this child’s own lead', () => {
    const noah = [m('Sam Lead', 'p9', 'Social worker')];
    const mia = [m('Tom Placeholder', 'p1'), m('Priya Sampleton', 'p2'), m('Jade Example', 'p3')];
    expect(withCoreGroupOf(noah, mia).map((x) => x.name)).toEqual([
      'Sam Lead',
      'Tom Placeholder',
      'Priya Sampleton',
      'Jade Example',
    ]);
    expect(missingFrom(withCoreGroupOf(noah, mia), mia)).toEqual([]);
  });

  it('matches people added by name alone by name and role, ignoring case', () => {
    const to = [m('Kim Midwife', undefined, 'Midwife')];
    const from = [m('kim midwife ', undefined, 'midwife'), m('Kim Midwife', undefined, 'Student')];
    expect(missingFrom(to, from)).toEqual([from[1]]);
  });

  it('property: the result holds both groups, `to` first and unchanged, with no one twice', () => {
    const member = fc
      .record({
        name: fc.constantFrom('A', 'B', 'C'),
        id: fc.option(fc.constantFrom('p1', 'p2', 'p3')),
      })
      .map(({ name, id }) => m(name, id ?? undefined));
    fc.assert(
      fc.property(
        fc.array(member, { maxLength: 5 }),
        fc.array(member, { maxLength: 5 }),
        (to, from) => {
          const out = withCoreGroupOf(to, from);
          expect(out.slice(0, to.length)).toEqual(to);
          expect(missingFrom(out, from)).toEqual([]);
          expect(missingFrom(out, to)).toEqual([]);
          expect(withCoreGroupOf(out, from)).toEqual(out);
        },
      ),
    );
  });
});

describe('the parents and carers', () => {
  it('are the family members with parental responsibility not excluded', () => {
    const c = aConference({
      household: [
        aFamilyMember(),
        aFamilyMember({
          id: IDS.father,
          name: 'Liam Example',
          relationship: 'Father',
          hasParentalResponsibility: false,
        }),
      ],
    });
    expect(parentsAndCarers(c).map((m) => m.name)).toEqual(['Jade Example']);
    const excluded = aConference({
      household: [
        aFamilyMember({
          exclusion: {
            extent: 'part',
            requestedBy: 'Police',
            evidence: 'A live investigation.',
            chairDecision: 'agreed',
            sections: [],
            period: 'The decision',
            howViewsPresented: 'The social worker put her views.',
          },
        }),
      ],
    });
    expect(parentsAndCarers(excluded)).toEqual([]);
  });
});
