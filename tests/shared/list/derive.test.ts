// Deriving the list from conference decisions and planList records: plans start, continue at review, end on
// discontinuation; transfer-ins; core groups held; plans ended without a conference; rows with due dates.
import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { childId } from '../../../shared/domain/ids';
import { categoriesPrimaryFirst, deriveList } from '../../../shared/list/derive';
import { buildIndex } from '../../../shared/list/list-index';
import type { PlanListEntry } from '../../../shared/list/schemas';
import { listChild, listConference } from '../../fixtures/list';

const C = ENGLAND_DEFAULTS;
const MIA = childId('mia');

const icpc = () =>
  listConference('icpc', '2026-01-05', [
    listChild({
      id: 'mia',
      name: 'Mia Example',
      categories: ['emotional', 'neglect'],
      firstCoreGroupDate: '2026-01-19',
      reviewDate: '2026-04-02',
    }),
  ]);
const review = (
  id: string,
  date: string,
  outcome: 'cp-plan' | 'no-further-action',
  next?: string,
) =>
  listConference(
    id,
    date,
    [
      listChild({
        id: 'mia',
        name: 'Mia Example',
        outcome,
        categories: ['physical'],
        lead: 'Priya Sampleton',
        ...(next ? { reviewDate: next, firstCoreGroupDate: '2026-04-16' } : {}),
      }),
    ],
    'review',
  );

const transferIn = (
  overrides: Partial<Extract<PlanListEntry, { kind: 'transfer-in' }>['entry']> = {},
) =>
  ({
    kind: 'transfer-in',
    id: 'ti-1',
    childId: childId('noah'),
    recordedAt: '2026-01-06T09:00:00.000Z',
    entry: {
      name: 'Noah Sampleton',
      unborn: false,
      dateOfBirth: '2019-02-11',
      address: '4 Imaginary Road, Fictionton FT2 3AB',
      originatingAuthority: 'Elsewhere Borough Council',
      originatingPlanStart: '2025-09-01',
      notifiedOn: '2026-01-06',
      categories: ['neglect'],
      ...overrides,
    },
  }) satisfies PlanListEntry;

describe('deriveList', () => {
  it('orders categories primary first', () => {
    expect(
      categoriesPrimaryFirst({
        categories: [
          { category: 'neglect', primary: false },
          { category: 'physical', primary: true },
        ],
      }),
    ).toEqual(['physical', 'neglect']);
  });

  it('starts a plan at the ICPC with the dates it set, and shows it as a row', () => {
    const d = deriveList([icpc()], [], C);
    expect(d.plans).toHaveLength(1);
    const row = buildIndex(d, C, '2026-01-10').byId.get(MIA)?.row;
    expect(row).toMatchObject({
      name: 'Mia Example',
      dateOfBirth: '2020-06-01',
      address: '1 Nowhere Street, Fictionton',
      planStart: '2026-01-05',
      categories: ['emotional', 'neglect'],
      primaryCategory: 'emotional',
      cinCode: 'MUL',
      leadSocialWorker: { name: 'Tom Placeholder' },
      nextCoreGroupDue: '2026-01-19',
      nextReviewDue: '2026-04-02',
      coreGroupOverdue: false,
      reviewOverdue: false,
      reviewsHeld: 0,
      source: 'conference',
    });
  });

  it('flags overdue core groups and reviews against the given day', () => {
    const row = buildIndex(deriveList([icpc()], [], C), C, '2026-04-03').byId.get(MIA)?.row;
    expect(row).toMatchObject({ coreGroupOverdue: true, reviewOverdue: true });
  });

  it('continues the plan at a review, counting it and taking the latest categories and worker', () => {
    const d = deriveList([review('r1', '2026-04-02', 'cp-plan', '2026-10-02'), icpc()], [], C);
    expect(d.plans).toHaveLength(1);
    const plan = d.plans[0]!;
    expect(plan).toMatchObject({
      status: 'active',
      startDate: '2026-01-05',
      initialCategories: ['emotional', 'neglect'],
      latestCategories: ['physical'],
      reviewDates: ['2026-04-02'],
      lead: { name: 'Priya Sampleton' },
    });
    expect(plan.conferences.map((c) => c.conferenceId)).toEqual(['icpc', 'r1']);
  });

  it('computes the next review 6 months after a review that set no date', () => {
    const d = deriveList([icpc(), review('r1', '2026-04-02', 'cp-plan')], [], C);
    const row = buildIndex(d, C, '2026-04-03').byId.get(MIA)?.row;
    expect(row?.nextReviewDue).toBe('2026-10-02');
    expect(row?.nextCoreGroupDue).toBe('2026-04-20'); // 10 working days after the review, Easter skipped
  });

  it('ends the plan when a review discontinues it, and a later ICPC starts a second plan', () => {
    const d = deriveList(
      [
        icpc(),
        review('r1', '2026-04-02', 'cp-plan', '2026-10-02'),
        review('r2', '2026-10-02', 'no-further-action'),
        listConference('icpc2', '2027-03-01', [listChild({ id: 'mia', name: 'Mia Example' })]),
      ],
      [],
      C,
    );
    expect(d.plans.map((p) => [p.planId, p.status, p.startDate, p.endDate, p.endReason])).toEqual([
      ['mia:1', 'ended', '2026-01-05', '2026-10-02', 'no-longer-at-risk'],
      ['mia:2', 'active', '2027-03-01', undefined, undefined],
    ]);
    expect(d.plans[0]?.reviewDates).toEqual(['2026-04-02', '2026-10-02']);
  });

  it('records a plan from a transfer-in entry, ended by the transfer conference which starts a plan here', () => {
    const entry = transferIn();
    const alone = buildIndex(deriveList([], [entry], C), C, '2026-01-07');
    expect(alone.byId.get(childId('noah'))?.row).toMatchObject({
      source: 'transfer-in',
      originatingAuthority: 'Elsewhere Borough Council',
      planStart: '2025-09-01',
      nextReviewDue: '2026-01-27', // transfer conference: 15 working days after notification
    });
    const tc = listConference(
      'tc',
      '2026-01-20',
      [listChild({ id: 'noah', name: 'Noah Sampleton', categories: ['neglect'] })],
      'transfer-in-initial',
      {
        transferIn: {
          notifiedOn: '2026-01-06',
          originatingAuthority: 'Elsewhere Borough Council',
          originatingCategories: ['neglect'],
          originatingPlanSummary: '',
        },
      },
    );
    const d = deriveList([tc], [entry], C);
    expect(d.plans.map((p) => [p.source, p.status, p.startDate, p.endDate, p.endReason])).toEqual([
      ['transfer-in', 'ended', '2025-09-01', '2026-01-20', 'transfer-conference-held'],
      ['conference', 'active', '2026-01-20', undefined, undefined],
    ]);
    expect(d.plans[1]?.originatingAuthority).toBe('Elsewhere Borough Council');
  });

  it('moves the next core group on from one held, and ends a plan without a conference', () => {
    const held: PlanListEntry = {
      kind: 'core-group',
      id: 'cg-1',
      childId: MIA,
      recordedAt: '2026-01-20T09:00:00.000Z',
      heldOn: '2026-01-19',
    };
    const index = buildIndex(deriveList([icpc()], [held], C), C, '2026-01-20');
    expect(index.byId.get(MIA)?.row?.nextCoreGroupDue).toBe('2026-02-16');
    const ended: PlanListEntry = {
      kind: 'plan-ended',
      id: 'end-1',
      childId: MIA,
      recordedAt: '2026-02-01T09:00:00.000Z',
      endedOn: '2026-02-01',
      reason: 'moved-to-another-authority',
      note: '',
    };
    const d = deriveList([icpc()], [held, ended], C);
    expect(d.plans[0]).toMatchObject({
      status: 'ended',
      endDate: '2026-02-01',
      endReason: 'moved-to-another-authority',
    });
    expect(buildIndex(d, C, '2026-02-02').active).toHaveLength(0);
  });

  it('ignores children with no decision and decisions that are not plans when no plan is active', () => {
    const none = listConference('c', '2026-01-05', [
      listChild({ id: 'ava', name: 'Ava Example', outcome: 'cin-plan' }),
      { ...listChild({ id: 'leo', name: 'Leo Example' }), decision: undefined },
    ]);
    expect(deriveList([none], [], C).plans).toEqual([]);
  });

  it('takes the household address when the child has none of their own', () => {
    const d = deriveList([icpc()], [], C);
    expect(d.children.get(MIA)?.address).toBe('1 Nowhere Street, Fictionton');
    const own = deriveList(
      [
        listConference('c', '2026-01-05', [
          listChild({ id: 'mia', name: 'Mia Example', address: '9 Pretend Close' }),
        ]),
      ],
      [],
      C,
    );
    expect(own.children.get(MIA)?.address).toBe('9 Pretend Close');
  });
});
