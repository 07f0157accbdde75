// Three-way merge of drafts and the read-aloud fingerprint: tables and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readAloud, readAloudMatches } from '../../../shared/exchange/fingerprint';
import { deepEqual, mergeThreeWay } from '../../../shared/exchange/merge';
import { bundleRoleProblem, signOffRoleProblem } from '../../../shared/exchange/roles';

const base = {
  venue: 'Room 1',
  children: [
    { id: 'c1', name: 'Ava', decision: { outcome: 'cp-plan', rationale: 'A' } },
    { id: 'c2', name: 'Ben', decision: { outcome: 'no-plan', rationale: 'B' } },
  ],
  tags: ['x', 'y'],
};

describe('mergeThreeWay', () => {
  it.each([
    ['only theirs changed a field', { ...base, venue: 'Room 2' }, base, { venue: 'Room 2' }, []],
    ['only mine changed a field', base, { ...base, venue: 'Room 3' }, { venue: 'Room 3' }, []],
    [
      'both made the same change',
      { ...base, venue: 'Room 2' },
      { ...base, venue: 'Room 2' },
      { venue: 'Room 2' },
      [],
    ],
    [
      'both changed the same field differently',
      { ...base, venue: 'Room 2' },
      { ...base, venue: 'Room 3' },
      { venue: 'Room 3' },
      ['venue'],
    ],
    [
      'a plain list changed on both sides',
      { ...base, tags: ['x'] },
      { ...base, tags: ['y'] },
      { tags: ['y'] },
      ['tags'],
    ],
  ])('%s', (_name, theirs, mine, expected, conflicts) => {
    const r = mergeThreeWay(base, mine, theirs);
    expect(r.merged).toMatchObject(expected);
    expect(r.conflicts.map((c) => c.path)).toEqual(conflicts);
  });

  it('merges different children edited on each side, record by record', () => {
    const theirs = structuredClone(base);
    theirs.children[0]!.decision.rationale = 'A from the chair';
    const mine = structuredClone(base);
    mine.children[1]!.name = 'Benjamin';
    const r = mergeThreeWay(base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toMatchObject({
      children: [
        { id: 'c1', decision: { rationale: 'A from the chair' } },
        { id: 'c2', name: 'Benjamin' },
      ],
    });
  });

  it('merges children keyed by details.id, as a conference keeps them', () => {
    const b = {
      children: [
        { details: { id: 'k1', name: 'Ava' }, v: 1 },
        { details: { id: 'k2', name: 'Ben' }, v: 1 },
      ],
    };
    const mine = structuredClone(b);
    mine.children[0]!.v = 2;
    const theirs = structuredClone(b);
    theirs.children[1]!.v = 3;
    const r = mergeThreeWay(b, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({
      children: [
        { details: { id: 'k1', name: 'Ava' }, v: 2 },
        { details: { id: 'k2', name: 'Ben' }, v: 3 },
      ],
    });
  });

  it('names a conflicting field inside a record by its id, and applies a choice per path', () => {
    const theirs = structuredClone(base);
    theirs.children[1]!.decision.rationale = 'chair';
    const mine = structuredClone(base);
    mine.children[1]!.decision.rationale = 'minute-taker';
    const r = mergeThreeWay(base, mine, theirs);
    expect(r.conflicts.map((c) => c.path)).toEqual(['children[id=c2].decision.rationale']);
    const chosen = mergeThreeWay(base, mine, theirs, (p) =>
      p === 'children[id=c2].decision.rationale' ? 'theirs' : undefined,
    );
    expect(chosen.conflicts).toEqual([]);
    expect(chosen.merged).toMatchObject({ children: [{}, { decision: { rationale: 'chair' } }] });
  });

  it('keeps a record added on one side and drops one removed on the other when it was not edited', () => {
    const theirs = structuredClone(base);
    theirs.children.push({
      id: 'c3',
      name: 'Cal',
      decision: { outcome: 'no-plan', rationale: 'C' },
    });
    const mine = { ...structuredClone(base), children: [structuredClone(base.children[0]!)] };
    const r = mergeThreeWay(base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect((r.merged as typeof base).children.map((c) => c.id)).toEqual(['c1', 'c3']);
  });

  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string({ maxLength: 3 }),
      fc.integer(),
      fc.boolean(),
      tie('obj'),
    ),
    obj: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
  })).obj;

  it('with no edits on one side, the result is the other side and nothing conflicts (property)', () => {
    fc.assert(
      fc.property(json, json, (b, other) => {
        const a = mergeThreeWay(b, b, other);
        const c = mergeThreeWay(b, other, b);
        return (
          deepEqual(a.merged, other) &&
          deepEqual(c.merged, other) &&
          a.conflicts.length === 0 &&
          c.conflicts.length === 0
        );
      }),
    );
  });

  it('choosing "theirs" for every conflict gives theirs where both changed, and never leaves a conflict (property)', () => {
    fc.assert(
      fc.property(json, json, json, (b, mine, theirs) => {
        const r = mergeThreeWay(b, mine, theirs, 'theirs');
        return (
          r.conflicts.length === 0 && (deepEqual(mine, b) ? deepEqual(r.merged, theirs) : true)
        );
      }),
    );
  });
});

describe('fingerprint read aloud', () => {
  const fp = 'ab'.repeat(32);
  it('is six groups of five digits, and matches with spaces or dashes typed anyhow', () => {
    expect(readAloud(fp)).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(readAloudMatches(fp, readAloud(fp).replace(/ /g, '-'))).toBe(true);
    expect(readAloudMatches(fp, readAloud(fp).replace(/ /g, ''))).toBe(true);
  });
  it('does not match another fingerprint or a near miss (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9a-f]{64}$/),
        (other) => other === fp || !readAloudMatches(fp, readAloud(other)),
      ),
    );
    const digits = readAloud(fp).replace(/ /g, '');
    const nearMiss = `${digits.slice(0, -1)}${(Number(digits.at(-1)) + 1) % 10}`;
    expect(readAloudMatches(fp, nearMiss)).toBe(false);
  });
});

describe('roles', () => {
  it.each([
    ['draft-conference', 'minute-taker', 'chair', null],
    ['draft-conference', 'chair', 'minute-taker', null],
    ['draft-conference', 'minute-taker', 'designated-manager', /cannot go to/],
    ['plan-notification', 'chair', 'designated-manager', null],
    ['plan-notification', 'minute-taker', 'designated-manager', /cannot send/],
    ['plan-notification', 'chair', 'chair', /cannot go to/],
  ] as const)('%s from %s to %s', (kind, from, to, problem) => {
    const r = bundleRoleProblem(kind, from, to);
    if (problem === null) {
      expect(r).toBeNull();
    } else {
      expect(r).toMatch(problem);
    }
  });
  it('only a chair (or a vault with no owner yet) signs off', () => {
    expect(signOffRoleProblem('chair')).toBeNull();
    expect(signOffRoleProblem(undefined)).toBeNull();
    for (const role of ['minute-taker', 'designated-manager', 'business-support'] as const) {
      expect(signOffRoleProblem(role)).toMatch(/Only a conference chair/);
    }
  });
});
