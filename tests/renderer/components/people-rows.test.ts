// The editable people list: every child, family member and professional once, in groups; only changed fields
// become edits; an empty name is refused; removal and undo edits match the row's kind.
import { describe, expect, it } from 'vitest';

import {
  fieldEdits,
  peopleRows,
  removalEdit,
  undoEdit,
} from '../../../renderer/src/components/people/people-rows';
import { applyEdit } from '../../../shared/domain/edits';
import { IDS, aConference } from '../../fixtures/conference';

describe('peopleRows', () => {
  it('lists children, then family, then professionals, each once', () => {
    const c = aConference();
    const rows = peopleRows(c);
    expect(rows.map((r) => r.kind)).toEqual([
      ...c.children.map(() => 'child'),
      ...c.household.map(() => 'family'),
      ...c.professionals.map(() => 'professional'),
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});

describe('fieldEdits', () => {
  const row = () => peopleRows(aConference()).find((r) => r.id === IDS.healthVisitor)!;

  it.each([
    [{}, []],
    [{ role: 'Health visitor' }, []],
    [{ role: '  Specialist health visitor ' }, [['role', 'Specialist health visitor']]],
    [
      { name: 'Priya S. Sampleton', agency: 'Other Health' },
      [
        ['name', 'Priya S. Sampleton'],
        ['agency', 'Other Health'],
      ],
    ],
  ])('typed %j gives edits %j', (typed, expected) => {
    const result = fieldEdits(row(), typed);
    expect('edits' in result).toBe(true);
    if ('edits' in result) {
      expect(result.edits.map((e) => (e.type === 'set' ? [e.path.at(-1), e.value] : null))).toEqual(
        expected,
      );
      // Each edit applies to the conference.
      result.edits.reduce(applyEdit, aConference());
    }
  });

  it.each(['', '   '])('refuses an empty name %j', (name) => {
    expect(fieldEdits(row(), { name })).toEqual({ problem: 'Enter a name.' });
  });
});

describe('removal and undo edits', () => {
  it('removing then undoing a child gives the conference back', () => {
    const c = aConference();
    const child = peopleRows(c).find((r) => r.kind === 'child')!;
    const undo = undoEdit(c, child);
    expect(applyEdit(applyEdit(c, removalEdit(child)), undo)).toEqual(c);
  });

  it('a person the record relies on is refused before anything is asked', () => {
    const c = aConference();
    const sw = peopleRows(c).find((r) => r.id === IDS.socialWorker)!;
    expect(() => undoEdit(c, sw)).toThrow(/cannot be removed while the record refers to them/);
  });
});
