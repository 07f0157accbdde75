// Properties of the three check answers (docs/list.md, "Checks") on the seeded list: a name typed with a letter
// or two wrong still reaches the weak floor; adding a correct detail (date of birth, NHS number, postcode) never
// turns "cannot confirm" into "no" for the same child; and wrong details never confirm on the name alone.
// FICTIONAL people.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays } from '../../../shared/domain/calendar';
import { runCheck } from '../../../shared/list/check';
import type { CheckCriteria } from '../../../shared/list/enquiry-schemas';
import { ACTIVE, nhsFrom, seededIndex } from '../../fixtures/list-check-seed';
import type { SeedChild } from '../../fixtures/list-check-seed';

const index = seededIndex();
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typing slip at a position: a letter dropped, doubled, changed, or swapped with the next. */
type Slip = { kind: 'drop' | 'double' | 'change' | 'swap'; at: number; letter: number };

function slip(word: string, s: Slip): string {
  const i = s.at % word.length;
  switch (s.kind) {
    case 'drop':
      return word.slice(0, i) + word.slice(i + 1);
    case 'double':
      return word.slice(0, i) + word[i]! + word.slice(i);
    case 'change':
      return word.slice(0, i) + LETTERS[s.letter % 26]! + word.slice(i + 1);
    case 'swap':
      return i + 1 < word.length
        ? word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2)
        : word;
  }
}

const slipArb: fc.Arbitrary<Slip> = fc.record({
  kind: fc.constantFrom('drop', 'double', 'change', 'swap'),
  at: fc.nat(40),
  letter: fc.nat(25),
});

/** The child's name with one slip in each word of 4 letters or more, and a second in words of 7 or more. */
function misspelt(name: string, slips: readonly Slip[]): string {
  let n = 0;
  return name
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((part) => {
          if (part.length < 4 || /^(unborn|baby|of)$/i.test(part)) {
            return part;
          }
          let out = slip(part.toLowerCase(), slips[n++ % slips.length]!);
          if (part.length >= 7) {
            out = slip(out, slips[n++ % slips.length]!);
          }
          return out;
        })
        .join('-'),
    )
    .join(' ');
}

/** A correct date for the child: the date of birth, or a birth within six weeks of the expected date. */
const rightDate = (c: SeedChild, shift: number): string =>
  c.dateOfBirth ?? addDays(c.expectedDeliveryDate!, (shift % 85) - 42);

const detailsArb = fc.record({
  dob: fc.boolean(),
  nhs: fc.boolean(),
  postcode: fc.boolean(),
  shift: fc.nat(84),
});

describe('check answers (properties)', () => {
  it('lists a child whose name has a letter or two wrong, and adding correct details never gives "no"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTIVE),
        fc.array(slipArb, { minLength: 1, maxLength: 6 }),
        detailsArb,
        (child, slips, d) => {
          const base: CheckCriteria = { name: misspelt(child.name, slips) };
          const before = runCheck(index, base);
          expect(before.answer.code).not.toBe('no-match');
          expect(before.matches.some((m) => m.childId === child.id)).toBe(true);
          const more: CheckCriteria = {
            ...base,
            ...(d.dob ? { dateOfBirth: rightDate(child, d.shift) } : {}),
            ...(d.nhs && child.nhsNumber ? { nhsNumber: child.nhsNumber } : {}),
            ...(d.postcode ? { postcode: child.postcode } : {}),
          };
          const after = runCheck(index, more);
          expect(after.answer.code).not.toBe('no-match');
          expect(after.matches.some((m) => m.childId === child.id)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never confirms on the name alone when the other details are wrong', () => {
    const dobs = new Set(ACTIVE.flatMap((c) => (c.dateOfBirth ? [c.dateOfBirth] : [])));
    const numbers = new Set(ACTIVE.flatMap((c) => (c.nhsNumber ? [c.nhsNumber] : [])));
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTIVE),
        fc.boolean(),
        fc.array(slipArb, { minLength: 1, maxLength: 4 }),
        fc.record({
          dob: fc.option(
            fc.date({
              min: new Date('2000-01-01'),
              max: new Date('2010-12-31'),
              noInvalidDate: true,
            }),
            { nil: undefined },
          ),
          nhs: fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }),
          postcode: fc.boolean(),
        }),
        (child, exactName, slips, wrong) => {
          const nhs =
            wrong.nhs !== undefined
              ? nhsFrom(`999${String(wrong.nhs).padStart(6, '0')}`)
              : undefined;
          const dob = wrong.dob?.toISOString().slice(0, 10);
          fc.pre(dob === undefined || !dobs.has(dob));
          fc.pre(nhs === undefined || !numbers.has(nhs));
          fc.pre(dob !== undefined || nhs !== undefined || wrong.postcode);
          const r = runCheck(index, {
            name: exactName ? child.name : misspelt(child.name, slips),
            ...(dob !== undefined ? { dateOfBirth: dob } : {}),
            ...(nhs !== undefined ? { nhsNumber: nhs } : {}),
            ...(wrong.postcode ? { postcode: 'ZZ9 9ZZ' } : {}),
          });
          expect(r.answer.code).not.toBe('subject-to-plan');
        },
      ),
      { numRuns: 400 },
    );
  });
});
