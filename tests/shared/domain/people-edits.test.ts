// People and children who change mid-meeting: removal refuses while the record relies on someone and says where;
// it cleans up only attendance (people) and agency views (children); undo puts everything back, even after other
// edits. Rule source: docs/domain.md §9.1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Conference } from '../../../shared/domain/conference';
import { applyEdit } from '../../../shared/domain/edits';
import { personId } from '../../../shared/domain/ids';
import {
  childRemoval,
  describePlaces,
  findReferences,
  personRemoval,
} from '../../../shared/domain/people-edits';
import { AppFailure } from '../../../shared/ipc/result';
import { IDS, aChild, aChildDetails, aConference, aProfessional } from '../../fixtures/conference';

const midwife = aProfessional({
  id: IDS.midwife,
  name: 'Nell Fakename',
  role: 'Community midwife',
  agency: 'Fictionshire Maternity',
  agencyType: 'midwifery',
});

function withMidwife(): Conference {
  let c = applyEdit(aConference(), { type: 'insert', path: ['professionals'], value: midwife });
  c = applyEdit(c, {
    type: 'setAttendance',
    personId: IDS.midwife,
    status: 'present',
    at: '10:40',
  });
  return c;
}

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppFailure);
    return (e as AppFailure).message;
  }
  throw new Error('expected a refusal');
};

describe('removing a person', () => {
  it('removes someone added late, with their attendance line, and undo brings back the arrival time', () => {
    const c = withMidwife();
    const undo = personRemoval(c, IDS.midwife);
    const removed = applyEdit(c, { type: 'removePerson', personId: IDS.midwife });
    expect(removed.professionals.map((p) => p.id)).not.toContain(IDS.midwife);
    expect(removed.attendance.some((a) => a.personId === IDS.midwife)).toBe(false);
    const back = applyEdit(removed, { type: 'restorePerson', snapshot: undo });
    expect(back).toEqual(c);
    expect(back.attendance.find((a) => a.personId === IDS.midwife)?.arrivedAt).toBe('10:40');
  });

  it.each([
    [IDS.socialWorker, ['an agency view', 'agency information', 'a report (author)']],
    [IDS.mother, ['a plan action (owner)']],
    [IDS.healthVisitor, ['an agency view']],
  ])('refuses to remove %s and says where they appear', (id, places) => {
    const text = message(() => applyEdit(aConference(), { type: 'removePerson', personId: id }));
    expect(text).toMatch(/cannot be removed while the record refers to them in/);
    for (const place of places) {
      expect(text).toContain(place);
    }
  });

  it('refuses an unknown person and a restore of someone still there', () => {
    expect(
      message(() =>
        applyEdit(aConference(), { type: 'removePerson', personId: personId('nobody') }),
      ),
    ).toBe('That person is not on this conference.');
    const c = withMidwife();
    const undo = personRemoval(c, IDS.midwife);
    expect(message(() => applyEdit(c, { type: 'restorePerson', snapshot: undo }))).toBe(
      'Nell Fakename is already on this conference.',
    );
  });

  it('undo after later edits keeps those edits (property: any other additions survive)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 5 }),
        (names) => {
          const c = withMidwife();
          const undo = personRemoval(c, IDS.midwife);
          let next = applyEdit(c, { type: 'removePerson', personId: IDS.midwife });
          names.forEach((name, i) => {
            next = applyEdit(next, {
              type: 'insert',
              path: ['professionals'],
              value: aProfessional({ id: personId(`pro-extra-${i}`), name }),
            });
          });
          const back = applyEdit(next, { type: 'restorePerson', snapshot: undo });
          expect(back.professionals.map((p) => p.id)).toEqual([
            ...c.professionals.map((p) => p.id),
            ...names.map((_, i) => `pro-extra-${i}`),
          ]);
        },
      ),
    );
  });
});

describe('removing a child', () => {
  const twoChildren = (): Conference =>
    aConference({
      children: [
        aChild(),
        aChild({ details: aChildDetails({ id: IDS.child2, name: 'Noah Example' }) }),
      ],
    });

  it('removes a child with their agency views, and undo restores both in place', () => {
    const c = twoChildren();
    const withView = applyEdit(c, {
      type: 'setAgencyView',
      view: {
        professionalId: IDS.healthVisitor,
        childId: IDS.child2,
        supportsPlan: false,
        categories: [],
        reason: 'Noah is well cared for.',
      },
    });
    const undo = childRemoval(withView, IDS.child2);
    const removed = applyEdit(withView, { type: 'removeChild', childId: IDS.child2 });
    expect(removed.children.map((ch) => ch.details.id)).toEqual([IDS.child]);
    expect(removed.agencyViews.some((v) => v.childId === IDS.child2)).toBe(false);
    const back = applyEdit(removed, { type: 'restoreChild', snapshot: undo });
    expect(back.children).toEqual(withView.children);
    expect(new Set(back.agencyViews)).toEqual(new Set(withView.agencyViews));
    // Each family member's link to the child (relationship, lives with) goes with the child and comes back.
    expect(
      withView.household.some((m) => m.childLinks?.some((l) => l.childId === IDS.child2)),
    ).toBe(true);
    expect(removed.household.some((m) => m.childLinks?.some((l) => l.childId === IDS.child2))).toBe(
      false,
    );
    for (const m of back.household) {
      const before = withView.household.find((w) => w.id === m.id)!;
      expect(new Set(m.childLinks ?? [])).toEqual(new Set(before.childLinks ?? []));
    }
  });

  it('refuses an unknown child', () => {
    expect(
      message(() =>
        applyEdit(twoChildren(), {
          type: 'removeChild',
          childId: 'child-none' as typeof IDS.child,
        }),
      ),
    ).toBe('That child is not on this conference.');
  });
});

describe('finding references', () => {
  it('a restricted item shared with someone blocks their removal, by name of the place', () => {
    const c = withMidwife();
    const restricted = applyEdit(c, {
      type: 'set',
      path: ['reports', 0, 'restriction'],
      value: {
        reason: 'Third-party health information.',
        audience: [IDS.midwife],
        thirdParty: true,
      },
    });
    expect(findReferences(restricted, IDS.midwife, new Set()).map((r) => r.path)).toEqual([
      ['reports', 0, 'restriction', 'audience'],
    ]);
    expect(
      message(() => applyEdit(restricted, { type: 'removePerson', personId: IDS.midwife })),
    ).toBe(
      'Nell Fakename cannot be removed while the record refers to them in the audience of a restricted item. ' +
        'Change those first, or record that they left instead.',
    );
  });

  it('counts repeated places once', () => {
    const refs = findReferences(aConference(), IDS.socialWorker, new Set(['professionalId']));
    expect(describePlaces(refs)).toBe('an agency view and agency information');
    expect(describePlaces([...refs, ...refs])).toBe(
      'an agency view (2 times) and agency information (2 times)',
    );
    expect(describePlaces([])).toBe('');
  });
});
