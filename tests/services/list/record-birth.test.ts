// Recording the birth of a baby made subject to a plan from birth, over a real vault: the plan starts that day in
// the list, its history, the census export and a check; a wrong birth is refused with a clear error and nothing
// is stored; the record is audited with ids only (docs/domain.md §5.2, docs/list.md).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { childId } from '../../../shared/domain/ids';
import { listChild, listConference } from '../../fixtures/list';

import { ENQUIRER, listHarness } from './support';
import type { ListHarness } from './support';

let h: ListHarness;
beforeEach(async () => (h = await listHarness())); // today: 12 January 2026
afterEach(() => h.cleanup());

const BABY = childId('baby');
const MIA = childId('mia');
const preBirth = () =>
  listConference(
    'pre-1',
    '2026-01-05',
    [
      listChild({
        id: 'baby',
        name: 'Unborn baby of Jade Sampleton',
        unborn: true,
        expectedDeliveryDate: '2026-02-02',
        outcome: 'cp-plan-from-birth',
        address: '9 Fable Street, Fictionton FT1 1AA',
      }),
      listChild({ id: 'mia', name: 'Mia Sampleton', dateOfBirth: '2021-03-14' }),
    ],
    'pre-birth-initial',
  );

const planList = () => Object.keys(h.vault.list('planList'));

describe('list.recordBirth', () => {
  it('lists the unborn baby from the conference with no start date, and leaves the plan out of the census', async () => {
    await h.store(preBirth(), 'signed');
    const row = h.list.query({}).rows.find((r) => r.childId === BABY)!;
    expect(row).toMatchObject({ startsAtBirth: true, listedOn: '2026-01-05', unborn: true });
    expect(row.planStart).toBeUndefined();
    const census = h.list.exportCensus({ format: 'csv' });
    expect(census.rows).toBe(1); // Mia only
    expect(census.notStarted).toHaveLength(1);
    expect(census.notStarted[0]!.message).toMatch(
      /^Unborn baby of Jade Sampleton is not in this file: the plan starts at birth/,
    );
  });

  it('starts the plan on the day of birth everywhere, with the name given', async () => {
    await h.store(preBirth(), 'signed');
    h.clock.advance(22 * 86_400_000); // 3 February 2026
    const r = await h.list.recordBirth(BABY, '2026-01-30', ' Rosa Sampleton ');
    expect(r.planStart).toBe('2026-01-30');
    expect(r.nextReviewDue).toBeDefined();
    const row = h.list.query({}).rows.find((x) => x.childId === BABY)!;
    expect(row).toMatchObject({
      planStart: '2026-01-30',
      name: 'Rosa Sampleton',
      unborn: false,
      dateOfBirth: '2026-01-30',
    });
    expect(h.list.history(BABY).plans[0]!.startDate).toBe('2026-01-30');
    const census = h.list.exportCensus({ format: 'csv' });
    expect(census.notStarted).toEqual([]);
    expect(census.text).toContain('2026-01-30');
    expect(census.issues.filter((i) => i.rule === '2885')).toEqual([]);
    const check = await h.list.check(ENQUIRER, {
      name: 'Rosa Sampleton',
      dateOfBirth: '2026-01-30',
    });
    expect(check.answer.code).toBe('subject-to-plan');
    expect(check.matches[0]).toMatchObject({ planStart: '2026-01-30' });
    const audit = h.vault.auditLog().find((e) => e.action === 'list.birth');
    expect(audit?.ids).toContain(BABY);
    expect(JSON.stringify(h.vault.auditLog())).not.toContain('Rosa');
  });

  it.each([
    [
      'before the conference',
      '2026-01-04',
      undefined,
      'BAD_INPUT',
      /between the pre-birth conference and today/,
    ],
    [
      'after today',
      '2026-01-13',
      undefined,
      'BAD_INPUT',
      /between the pre-birth conference and today/,
    ],
    [
      'with the unborn label as the name',
      '2026-01-10',
      'Unborn baby of Jade',
      'BAD_INPUT',
      /own name/,
    ],
  ])('refuses a birth %s and stores nothing', async (_what, bornOn, name, code, message) => {
    await h.store(preBirth(), 'signed');
    const before = planList();
    await expect(h.list.recordBirth(BABY, bornOn, name)).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message) as unknown as string,
    });
    expect(planList()).toEqual(before);
  });

  it('refuses a second birth, a plan not made from birth, and a child with no plan', async () => {
    await h.store(preBirth(), 'signed');
    await h.list.recordBirth(BABY, '2026-01-10', undefined);
    await expect(h.list.recordBirth(BABY, '2026-01-11', undefined)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already recorded/) as unknown as string,
    });
    await expect(h.list.recordBirth(MIA, '2026-01-10', undefined)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/not made from birth/) as unknown as string,
    });
    await expect(
      h.list.recordBirth(childId('nobody'), '2026-01-10', undefined),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
