import { describe, expect, it } from 'vitest';

import type { Conference } from '../../../shared/domain/conference';
import { applyEdit } from '../../../shared/domain/edits';
import type { Edit } from '../../../shared/domain/edits';
import { itemId, personId } from '../../../shared/domain/ids';
import { AppFailure } from '../../../shared/ipc/result';
import { IDS, aConference, aPlanDecision } from '../../fixtures/conference';

function failure(c: Conference, edit: Edit): AppFailure {
  try {
    applyEdit(c, edit);
  } catch (e) {
    if (e instanceof AppFailure) {
      return e;
    }
    throw e;
  }
  throw new Error('expected the edit to be refused');
}

describe('applyEdit', () => {
  it('sets a field by path without mutating the input, keeping untouched branches', () => {
    const c = aConference();
    const next = applyEdit(c, {
      type: 'set',
      path: ['children', 0, 'plan', 'reviewDate'],
      value: '2026-03-30',
    });
    expect(next.children[0]?.plan?.reviewDate).toBe('2026-03-30');
    expect(c.children[0]?.plan?.reviewDate).toBe('2026-04-02');
    expect(next.household).toBe(c.household);
  });

  it('unsets an optional field', () => {
    const next = applyEdit(aConference(), { type: 'unset', path: ['startTime'] });
    expect('startTime' in next).toBe(false);
  });

  it('refuses a value that would make the conference invalid, with field issues', () => {
    const f = failure(aConference(), { type: 'set', path: ['date'], value: '5 January 2026' });
    expect(f.code).toBe('BAD_INPUT');
    expect(f.message).toBe('That change would make the conference record invalid.');
    expect(f.issues?.[0]?.path).toBe('date');
  });

  it('refuses unknown fields, missing list items, and edits to the id', () => {
    expect(failure(aConference(), { type: 'set', path: ['nonsense'], value: 1 }).code).toBe(
      'BAD_INPUT',
    );
    expect(
      failure(aConference(), { type: 'set', path: ['children', 5, 'views'], value: {} }).message,
    ).toBe('That list item does not exist.');
    expect(failure(aConference(), { type: 'set', path: ['nope', 'x'], value: 1 }).message).toBe(
      'That field does not exist.',
    );
    expect(failure(aConference(), { type: 'set', path: ['id'], value: 'other' }).message).toMatch(
      /cannot be edited/,
    );
    expect(failure(aConference(), { type: 'set', path: ['date', 'x'], value: 1 }).message).toBe(
      'That field does not exist.',
    );
  });

  it('refuses something that is not an edit', () => {
    const notAnEdit = { type: 'explode' } as unknown as Edit;
    expect(failure(aConference(), notAnEdit).message).toBe('That change is not a recognised edit.');
  });

  it('inserts, moves and removes list items', () => {
    const action = {
      id: itemId('act-2'),
      what: 'Attend the parenting course',
      who: 'Liam Example',
      byWhen: '2026-03-01',
      howWeWillKnow: 'Certificate of attendance',
    };
    const path = ['children', 0, 'plan', 'actions'];
    let c = applyEdit(aConference(), { type: 'insert', path, value: action });
    expect(c.children[0]?.plan?.actions.map((a) => a.id)).toEqual(['act-1', 'act-2']);
    c = applyEdit(c, { type: 'move', path, from: 1, to: 0 });
    expect(c.children[0]?.plan?.actions.map((a) => a.id)).toEqual(['act-2', 'act-1']);
    c = applyEdit(c, { type: 'remove', path, index: 0 });
    expect(c.children[0]?.plan?.actions.map((a) => a.id)).toEqual(['act-1']);
    c = applyEdit(c, { type: 'insert', path, index: 0, value: action });
    expect(c.children[0]?.plan?.actions[0]?.id).toBe('act-2');
  });

  it('refuses list edits out of range or on something that is not a list', () => {
    const c = aConference();
    expect(failure(c, { type: 'insert', path: ['household'], index: 9, value: {} }).code).toBe(
      'BAD_INPUT',
    );
    expect(failure(c, { type: 'remove', path: ['household'], index: 9 }).code).toBe('BAD_INPUT');
    expect(failure(c, { type: 'move', path: ['household'], from: 0, to: 9 }).code).toBe(
      'BAD_INPUT',
    );
    expect(failure(c, { type: 'insert', path: ['venue'], value: 'x' }).message).toBe(
      'That field is not a list.',
    );
    expect(failure(c, { type: 'insert', path: ['household'], value: { name: 'x' } }).code).toBe(
      'BAD_INPUT',
    );
  });

  it('records a person leaving at a time, and arriving', () => {
    let c = applyEdit(aConference(), {
      type: 'setAttendance',
      personId: IDS.school,
      status: 'left',
      at: '11:15',
    });
    expect(c.attendance.find((a) => a.personId === IDS.school)).toEqual({
      personId: IDS.school,
      status: 'left',
      arrivedAt: '10:00',
      movements: [{ kind: 'left', at: '11:15' }],
    });
    c = applyEdit(
      { ...c, attendance: [] },
      { type: 'setAttendance', personId: IDS.police, status: 'present', at: '10:30' },
    );
    expect(c.attendance).toEqual([{ personId: IDS.police, status: 'present', arrivedAt: '10:30' }]);
  });

  it('keeps the history when someone leaves and comes back, and reads an older "left at" time', () => {
    const steps: [Conference['attendance'][number]['status'], string][] = [
      ['left', '10:40'],
      ['present', '11:05'],
      ['left', '11:30'],
      ['present', '11:45'],
    ];
    let c = aConference();
    for (const [status, at] of steps) {
      c = applyEdit(c, { type: 'setAttendance', personId: IDS.father, status, at });
    }
    expect(c.attendance.find((a) => a.personId === IDS.father)).toEqual({
      personId: IDS.father,
      status: 'present',
      arrivedAt: '09:52',
      movements: [
        { kind: 'left', at: '10:40' },
        { kind: 'returned', at: '11:05' },
        { kind: 'left', at: '11:30' },
        { kind: 'returned', at: '11:45' },
      ],
    });
    const old = aConference({
      attendance: [{ personId: IDS.father, status: 'left', arrivedAt: '09:52', leftAt: '10:40' }],
    });
    const back = applyEdit(old, {
      type: 'setAttendance',
      personId: IDS.father,
      status: 'present',
      at: '11:00',
    });
    expect(back.attendance[0]?.movements).toEqual([
      { kind: 'left', at: '10:40' },
      { kind: 'returned', at: '11:00' },
    ]);
  });

  it('refuses attendance for an unknown person or a departure without a time', () => {
    expect(
      failure(aConference(), {
        type: 'setAttendance',
        personId: personId('ghost'),
        status: 'present',
      }).code,
    ).toBe('BAD_INPUT');
    expect(
      failure(aConference(), { type: 'setAttendance', personId: IDS.school, status: 'left' })
        .message,
    ).toMatch(/time/);
  });

  it('sets, replaces and removes an agency view', () => {
    const view = {
      professionalId: IDS.police,
      childId: IDS.child,
      supportsPlan: false,
      categories: [],
      reason: 'No current police concerns.',
    };
    let c = applyEdit(aConference(), { type: 'setAgencyView', view });
    expect(c.agencyViews).toHaveLength(4);
    c = applyEdit(c, { type: 'setAgencyView', view: { ...view, supportsPlan: true } });
    expect(c.agencyViews.filter((v) => v.professionalId === IDS.police)).toEqual([
      { ...view, supportsPlan: true },
    ]);
    c = applyEdit(c, { type: 'removeAgencyView', professionalId: IDS.police, childId: IDS.child });
    expect(c.agencyViews).toHaveLength(3);
  });

  it('refuses a view from an unknown professional or on an unknown child', () => {
    const view = {
      professionalId: IDS.mother,
      childId: IDS.child,
      supportsPlan: true,
      categories: [],
      reason: '',
    };
    expect(failure(aConference(), { type: 'setAgencyView', view }).message).toMatch(/professional/);
    const view2 = { ...view, professionalId: IDS.police, childId: IDS.child2 };
    expect(failure(aConference(), { type: 'setAgencyView', view: view2 }).message).toMatch(/child/);
  });

  it('sets and clears a child’s decision', () => {
    let c = applyEdit(aConference(), {
      type: 'setDecision',
      childId: IDS.child,
      decision: aPlanDecision({ outcome: 'cin-plan', categories: [] }),
    });
    expect(c.children[0]?.decision?.outcome).toBe('cin-plan');
    c = applyEdit(c, { type: 'setDecision', childId: IDS.child, decision: null });
    expect(c.children[0]?.decision).toBeUndefined();
    expect(failure(c, { type: 'setDecision', childId: IDS.child2, decision: null }).code).toBe(
      'BAD_INPUT',
    );
  });
});
