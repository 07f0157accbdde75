// One rule for a plan a pre-birth conference makes from birth, everywhere the app states it (docs/domain.md §5.2):
// the plan starts on the day the baby is born. Until the birth is known the list shows "At birth (expected …)"
// with no start date, the documents say the same, the census leaves the plan out (it has not started) and a
// check tells what may be said without a start date; once the birth is recorded (a birth record, or a later
// conference's date of birth) every one of them gives that day. The review after the birth follows the rule
// chosen for the baby, from the expected date until the birth and from the birth after it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { firstCoreGroupDueDate, postBirthReviewDueDate } from '../../../shared/domain/due-dates';
import { childId } from '../../../shared/domain/ids';
import type { Conference } from '../../../shared/domain/conference';
import { planStartText } from '../../../shared/documents/plan-dates';
import { censusRecord, openDuring } from '../../../shared/list/census';
import { validateCensus } from '../../../shared/list/census-rules';
import { deriveList, planStartOf } from '../../../shared/list/derive';
import { mayTellFor } from '../../../shared/list/disclosure';
import { planStartCell, planStartWords } from '../../../shared/list/plan-start';
import { toHistory, toRow } from '../../../shared/list/rows';
import type { PlanListEntry } from '../../../shared/list/schemas';
import { listChild, listConference } from '../../fixtures/list';

const C = ENGLAND_DEFAULTS;
const BABY = childId('baby');
const TODAY = '2026-06-01';

const preBirth = (date = '2026-01-05', edd = '2026-03-02', reviewDate?: string): Conference =>
  listConference(
    'pre',
    date,
    [
      listChild({
        id: 'baby',
        name: 'Unborn baby of Jade Sampleton',
        unborn: true,
        expectedDeliveryDate: edd,
        outcome: 'cp-plan-from-birth',
        categories: ['neglect'],
        firstCoreGroupDate: undefined,
        ...(reviewDate ? { reviewDate } : {}),
      }),
    ],
    'pre-birth-initial',
  );

const birth = (bornOn: string, name?: string): PlanListEntry => ({
  kind: 'birth',
  id: 'birth-1',
  childId: BABY,
  recordedAt: `${bornOn}T12:00:00.000Z`,
  bornOn,
  ...(name ? { name } : {}),
});

function only(conferences: Conference[], entries: PlanListEntry[] = []) {
  const d = deriveList(conferences, entries, C);
  const plan = d.plans.find((p) => p.childId === BABY)!;
  const child = d.children.get(BABY)!;
  return { d, plan, child, row: toRow(plan, child, C, TODAY) };
}

describe('a plan made from birth, before the birth', () => {
  it('is on the list from the conference day, but has no start date', () => {
    const { plan, row } = only([preBirth()]);
    expect(plan.startsAtBirth).toBe(true);
    expect(planStartOf(plan)).toBeUndefined();
    expect(row.planStart).toBeUndefined();
    expect(row.startsAtBirth).toBe(true);
    expect(row.listedOn).toBe('2026-01-05');
    expect(row.unborn).toBe(true);
    expect(toHistory(plan).startDate).toBeUndefined();
  });

  it('reads "At birth" in the list, its CSV and the documents, never the conference day', () => {
    const c = preBirth();
    const { row } = only([c]);
    expect(planStartWords(row)).toBe('At birth (expected 2 March 2026)');
    expect(planStartCell(row)).toBe('At birth (expected 2026-03-02)');
    expect(planStartText(c, c.children[0]!)).toBe(
      'At birth (the baby is expected on 2 March 2026)',
    );
    for (const text of [
      planStartWords(row),
      planStartCell(row),
      planStartText(c, c.children[0]!),
    ]) {
      expect(text).not.toMatch(/5 January 2026|2026-01-05/);
    }
  });

  it('has its first core group 10 working days after the conference, and its review by the post-birth rule from the expected date', () => {
    const { row } = only([preBirth()]);
    expect(row.nextCoreGroupDue).toBe(firstCoreGroupDueDate('2026-01-05', C).date);
    // 20 working days after 2 March 2026 is earlier than 3 months after 5 January 2026.
    expect(row.nextReviewDue).toBe(postBirthReviewDueDate('2026-01-05', '2026-03-02', C).date);
    expect(row.nextReviewDue).toBe('2026-03-30');
  });

  it('uses the rule chosen for the baby (4 weeks after the birth)', () => {
    const c = preBirth();
    c.children[0]!.details.postBirthReviewRule = 'birth-plus-4-weeks';
    const { row } = only([c]);
    expect(row.nextReviewDue).toBe('2026-03-30'); // 2 March + 28 days, a Monday
  });

  it('keeps an earlier review date the conference set', () => {
    const { row } = only([preBirth('2026-01-05', '2026-03-02', '2026-02-20')]);
    expect(row.nextReviewDue).toBe('2026-02-20');
  });

  it('is left out of the census (not started) and is never open in a period', () => {
    const { plan } = only([preBirth()]);
    expect(openDuring(plan)).toBe(false);
    expect(openDuring(plan, '2026-01-01', '2026-12-31')).toBe(false);
    expect(censusRecord(plan, C).CPPstartDate).toBe('');
  });

  it('tells a strong match what may be said without inventing a start date', () => {
    const said = mayTellFor({
      strength: 'strong',
      planStatus: 'active',
      startsAtBirth: true,
      expectedDeliveryDate: '2026-03-02',
      listedOn: '2026-01-05',
      lead: { name: 'Tom Placeholder', team: 'Team 2', contact: '01632 960000' },
    });
    expect(said).toContain('from birth, decided at a conference on 5 January 2026');
    expect(said).toContain('expected on 2 March 2026');
    expect(said).not.toMatch(/since/);
  });
});

describe('a plan made from birth, once the baby is born', () => {
  it('starts on the day of birth recorded on the list, and the baby is shown as born with its name', () => {
    const { plan, row, child } = only([preBirth()], [birth('2026-02-24', 'Rosa Sampleton')]);
    expect(planStartOf(plan)).toBe('2026-02-24');
    expect(row.planStart).toBe('2026-02-24');
    expect(row.listedOn).toBe('2026-01-05');
    expect(child).toMatchObject({
      unborn: false,
      dateOfBirth: '2026-02-24',
      name: 'Rosa Sampleton',
    });
    expect(child.expectedDeliveryDate).toBeUndefined();
    expect(planStartWords(row)).toBe('24 February 2026');
  });

  it('keeps the name it had when no name is given', () => {
    const { child } = only([preBirth()], [birth('2026-02-24')]);
    expect(child.name).toBe('Unborn baby of Jade Sampleton');
    expect(child.unborn).toBe(false);
  });

  it('moves the review after the birth to the rule from the real birth', () => {
    const { row } = only([preBirth()], [birth('2026-02-10')]);
    expect(row.nextReviewDue).toBe(postBirthReviewDueDate('2026-01-05', '2026-02-10', C).date);
  });

  it('takes the date of birth a later conference records when no birth record exists', () => {
    const later = listConference(
      'rev',
      '2026-04-01',
      [
        listChild({
          id: 'baby',
          name: 'Rosa Sampleton',
          dateOfBirth: '2026-02-26',
          outcome: 'cp-plan',
          categories: ['neglect'],
        }),
      ],
      'review',
    );
    const { plan, row } = only([preBirth(), later]);
    expect(planStartOf(plan)).toBe('2026-02-26');
    expect(row.planStart).toBe('2026-02-26');
  });

  it('gives the census the day of birth, and rule 2885 reads "not before the conference"', () => {
    const { plan, d } = only([preBirth()], [birth('2026-02-24')]);
    const record = censusRecord(plan, C, d.plans);
    expect(record).toMatchObject({ CPPstartDate: '2026-02-24', DateOfInitialCPC: '2026-01-05' });
    expect(openDuring(plan, '2026-02-24', '2026-02-24')).toBe(true);
    expect(openDuring(plan, '2026-01-05', '2026-02-23')).toBe(false);
    expect(validateCensus([record]).filter((i) => i.rule === '2885')).toEqual([]);
    const before = validateCensus([{ ...record, CPPstartDate: '2026-01-04' }]);
    expect(before.find((i) => i.rule === '2885')?.message).toMatch(
      /made from birth, starts before/,
    );
  });

  it('ignores a birth record dated before the conference (the service refuses one)', () => {
    const { plan } = only([preBirth()], [birth('2026-01-04')]);
    expect(planStartOf(plan)).toBeUndefined();
  });
});

describe('one start date in every output (property)', () => {
  const day = (from: string, span: number) =>
    fc.integer({ min: 0, max: span }).map((n) => {
      const d = new Date(`${from}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    });

  it('list row, history, census and check agree: no start before the birth, the birth day after it', () => {
    fc.assert(
      fc.property(
        day('2025-01-01', 700),
        fc.integer({ min: 1, max: 200 }),
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        (conferenceDate, eddAfter, bornAfter) => {
          const edd = new Date(`${conferenceDate}T12:00:00Z`);
          edd.setUTCDate(edd.getUTCDate() + eddAfter);
          const eddIso = edd.toISOString().slice(0, 10);
          const entries: PlanListEntry[] = [];
          let bornOn: string | undefined;
          if (bornAfter !== undefined) {
            const b = new Date(`${conferenceDate}T12:00:00Z`);
            b.setUTCDate(b.getUTCDate() + bornAfter);
            bornOn = b.toISOString().slice(0, 10);
            entries.push(birth(bornOn));
          }
          const { plan, row, d } = only([preBirth(conferenceDate, eddIso)], entries);
          const record = censusRecord(plan, C, d.plans);
          expect(row.planStart).toBe(bornOn);
          expect(toHistory(plan).startDate).toBe(bornOn);
          expect(record.CPPstartDate).toBe(bornOn ?? '');
          expect(openDuring(plan)).toBe(bornOn !== undefined);
          expect(row.listedOn).toBe(conferenceDate);
          expect(planStartWords(row)).toBe(
            bornOn === undefined
              ? planStartWords({ startsAtBirth: true, expectedDeliveryDate: eddIso })
              : planStartWords({ planStart: bornOn }),
          );
          if (bornOn !== undefined) {
            expect(validateCensus([record]).some((i) => i.rule === '2885')).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a plan made for a born child still starts on the conference day, and 2885 still compares the two days', () => {
    fc.assert(
      fc.property(day('2025-01-01', 700), (date) => {
        const c = listConference('icpc', date, [listChild({ id: 'baby', name: 'Mia Example' })]);
        const { plan, row } = only([c]);
        expect(plan.startsAtBirth).toBe(false);
        expect(row.planStart).toBe(date);
        const record = censusRecord(plan, C);
        expect(record.CPPstartDate).toBe(date);
        expect(
          validateCensus([{ ...record, CPPstartDate: '2030-01-01' }]).some(
            (i) => i.rule === '2885',
          ),
        ).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
