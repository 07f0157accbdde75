// Adding a transferred-in child to the index in place gives the same index as building it again, and the quick
// duplicate check finds exactly the strong matches on an active plan that the full check finds. FICTIONAL people.
// Rule source: docs/list.md (list.addTransferIn costs what it adds), docs/list.md (match strengths).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { childId } from '../../../shared/domain/ids';
import { runCheck, strongActiveMatches } from '../../../shared/list/check';
import { deriveList, deriveLoneTransferIn } from '../../../shared/list/derive';
import type { CheckCriteria } from '../../../shared/list/enquiry-schemas';
import { addToIndex, buildIndex } from '../../../shared/list/list-index';
import type { ListIndex } from '../../../shared/list/list-index';
import { selectRows } from '../../../shared/list/query';
import type { PlanListEntry } from '../../../shared/list/schemas';
import { generatedConferences, testNhsNumber } from '../../fixtures/list';

const C = ENGLAND_DEFAULTS;
const TODAY = '2026-01-12';
const { conferences } = generatedConferences(300);

function transferIn(i: number, name: string, dateOfBirth: string): PlanListEntry {
  return {
    kind: 'transfer-in',
    id: `ti-${i}`,
    childId: childId(`moved-${i}`),
    recordedAt: '2026-01-12T10:00:00.000Z',
    entry: {
      name,
      unborn: false,
      dateOfBirth,
      address: `${i} Imaginary Road, Fictionton FT2 3AB`,
      nhsNumber: testNhsNumber(10_000 + i),
      originatingAuthority: 'Elsewhere Borough Council',
      originatingPlanStart: '2025-06-01',
      notifiedOn: '2026-01-0' + String(1 + (i % 9)),
      categories: i % 2 === 0 ? ['neglect'] : ['emotional', 'physical'],
      ...(i % 3 === 0 ? { nextReviewDue: '2026-02-20' } : {}),
    },
  };
}

/** What a reader of the index sees: entries by id, the active order, every sort order, the vocabulary. */
function view(index: ListIndex) {
  const sorts = (['name', 'planStart', 'nextReviewDue', 'nextCoreGroupDue'] as const).flatMap(
    (by) =>
      (['asc', 'desc'] as const).map((direction) =>
        selectRows(index, { sort: { by, direction } }, C).entries.map((e) => e.child.childId),
      ),
  );
  return {
    ids: [...index.byId.keys()].sort(),
    rows: [...index.byId.values()]
      .sort((a, b) => a.child.childId.localeCompare(b.child.childId))
      .map((e) => [e.child.childId, e.row, e.search.other]),
    active: index.active.map((e) => e.child.childId),
    sorts,
    words: index.vocabulary.map((w) => w.text).sort(),
    nhs: [...index.byNhs.keys()].sort(),
    dob: [...index.byDob.keys()].sort(),
  };
}

describe('adding transferred-in children in place', () => {
  it('gives the same index as a rebuild, whatever the order they arrive in', () => {
    const entries = Array.from({ length: 12 }, (_, i) =>
      transferIn(i, i % 4 === 0 ? 'Mia Example' : `Leo Transfer${i}`, `2019-0${1 + (i % 9)}-11`),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: 1 }), (chosen) => {
        const index = buildIndex(deriveList(conferences, [], C), C, TODAY);
        selectRows(index, { sort: { by: 'name', direction: 'desc' } }, C); // a cached sort order
        for (const e of chosen) {
          if (e.kind === 'transfer-in') {
            const { plan, child } = deriveLoneTransferIn(e, C);
            addToIndex(index, child, [plan], C);
          }
        }
        const rebuilt = buildIndex(deriveList(conferences, chosen, C), C, TODAY);
        expect(view(index)).toEqual(view(rebuilt));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses to add a child already on the index', () => {
    const index = buildIndex(deriveList(conferences, [], C), C, TODAY);
    const e = transferIn(1, 'Leo Transfer', '2019-01-11');
    if (e.kind !== 'transfer-in') {
      throw new Error('fixture');
    }
    const { plan, child } = deriveLoneTransferIn(e, C);
    addToIndex(index, child, [plan], C);
    expect(() => addToIndex(index, child, [plan], C)).toThrow(/already/);
  });
});

describe('the quick duplicate check', () => {
  const index = buildIndex(deriveList(conferences, [], C), C, TODAY);
  const held = [...index.byId.values()].map((e) => e.child);

  it('finds the same strong matches on an active plan as the full check', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: held.length - 1 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('same', 'swapped', 'misspelt', 'other'),
        (i, giveDob, giveNhs, nameKind) => {
          const c = held[i]!;
          const [fore, ...rest] = c.name.split(' ');
          const name =
            nameKind === 'same'
              ? c.name
              : nameKind === 'swapped'
                ? `${rest.join(' ')} ${fore}`
                : nameKind === 'misspelt'
                  ? c.name.replace(/a/g, 'e')
                  : 'Quentin Nobody';
          const criteria: CheckCriteria = {
            name,
            ...(giveDob && c.dateOfBirth ? { dateOfBirth: c.dateOfBirth } : {}),
            ...(giveNhs && c.nhsNumber ? { nhsNumber: c.nhsNumber } : {}),
          };
          const full = runCheck(index, criteria).matches.filter(
            (m) => m.strength === 'strong' && m.planStatus === 'active',
          );
          expect(strongActiveMatches(index, criteria)).toEqual(full);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('scores only the children with that NHS number or date of birth', () => {
    expect(strongActiveMatches(index, { name: held[0]!.name })).toEqual([]);
    const c = held[5]!;
    expect(
      strongActiveMatches(index, { name: c.name, dateOfBirth: c.dateOfBirth! }).map(
        (m) => m.childId,
      ),
    ).toContain(c.childId);
  });
});
