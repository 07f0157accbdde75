// Opening a review from a child's plan, continuing and discontinuing at review, and the transfer-in conference,
// end to end over a real vault: list → review conference → decision → status → list again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { childId } from '../../../shared/domain/ids';
import type { ConferenceId } from '../../../shared/domain/ids';
import { FIRST_REVIEW_WARNING } from '../../../shared/list/open-review';
import { aPlanDecision } from '../../fixtures/conference';
import { listChild, listConference } from '../../fixtures/list';

import { listHarness } from './support';
import type { ListHarness } from './support';

let h: ListHarness;
beforeEach(async () => {
  h = await listHarness();
  await h.store(
    listConference('icpc-1', '2026-01-05', [
      listChild({ id: 'mia', name: 'Mia Example', reviewDate: '2026-04-02' }),
      listChild({
        id: 'noah',
        name: 'Noah Example',
        reviewDate: '2026-04-02',
        categories: ['physical'],
      }),
    ]),
    'signed',
  );
});
afterEach(() => h.cleanup());

const MIA = childId('mia');

async function decide(id: ConferenceId, outcome: 'cp-plan' | 'no-further-action'): Promise<void> {
  let rev = h.conferences.get(id).revision;
  const c = h.conferences.get(id).conference;
  for (const child of c.children) {
    rev = (
      await h.conferences.applyEdit(id, rev, {
        type: 'setDecision',
        childId: child.details.id,
        decision:
          outcome === 'cp-plan'
            ? aPlanDecision()
            : aPlanDecision({
                outcome,
                continuingRisk: false,
                categories: [],
                rationale: 'Sustained change.',
              }),
      })
    ).revision;
  }
  if (outcome === 'no-further-action') {
    rev = (
      await h.conferences.applyEdit(id, rev, {
        type: 'set',
        path: ['children', 0, 'review', 'discontinueReason'],
        value: 'no-longer-at-risk',
      })
    ).revision;
  }
  await h.conferences.setSignOffStatus(id, rev, 'awaiting-sign-off');
}

describe('list.openReview', () => {
  it('prefills the first review from the plan, siblings included, with the next review 6 months on', async () => {
    const r = await h.list.openReview(MIA);
    expect(r).toMatchObject({ type: 'review', reviewNumber: 1, revision: 0 });
    expect(r.warnings).toContain(FIRST_REVIEW_WARNING);
    const c = h.conferences.get(r.conferenceId).conference;
    expect(c).toMatchObject({
      type: 'review',
      date: '2026-04-02',
      reviewNumber: 1,
      previous: { date: '2026-01-05', type: 'initial', quorate: true },
    });
    expect(c.children.map((x) => x.details.id)).toEqual(['mia', 'noah']);
    const mia = c.children[0]!;
    expect(mia.decision).toBeUndefined();
    expect(mia.plan?.reviewDate).toBe('2026-10-02');
    expect(mia.plan?.firstCoreGroupDate).toBeUndefined();
    expect(mia.review).toMatchObject({
      planStartDate: '2026-01-05',
      previousConferenceId: 'icpc-1',
      categoriesBefore: ['neglect'],
      actionProgress: [{ id: 'act-1', progress: 'not-yet-assessed', note: '' }],
    });
    expect(h.vault.auditLog().at(-1)).toMatchObject({
      action: 'conference.create',
      ids: [r.conferenceId, 'mia'],
    });
    const again = await h.list.openReview(childId('noah'));
    expect(again.conferenceId).toBe(r.conferenceId);
    expect(again.warnings[0]).toMatch(/already open/);
  });

  it('discontinues a plan at review: warned at the first review, then off the list with its history', async () => {
    const r = await h.list.openReview(MIA, '2026-03-30');
    await decide(r.conferenceId, 'no-further-action');
    const findings = h.conferences.validate(r.conferenceId);
    expect(findings.some((f) => f.ruleId === 'R14-ending-at-first-review')).toBe(true);
    expect(h.list.query({}).rows).toEqual([]);
    expect(h.list.history(MIA).plans[0]).toMatchObject({
      status: 'ended',
      startDate: '2026-01-05',
      endDate: '2026-03-30',
      endReason: 'no-longer-at-risk',
      conferences: [
        expect.objectContaining({ conferenceId: 'icpc-1', outcome: 'cp-plan' }),
        expect.objectContaining({
          conferenceId: r.conferenceId,
          type: 'review',
          outcome: 'no-further-action',
        }),
      ],
    });
    const census = h.list.exportCensus({ format: 'csv' }).text;
    // CPPID, previous plans, section 47 start, ICPCnotRequired (left out), initial conference and its target, then
    // the plan's start, categories, review and end (docs/list.md, "Census export").
    expect(census).toContain(
      'mia,mia:1,0,2025-12-10,,2026-01-05,2026-01-05,2026-01-05,NEG,NEG,2026-03-30,2026-03-30',
    );
  });

  it('continues a plan at review; the second review is numbered 2 with no first-review warning', async () => {
    const r = await h.list.openReview(MIA);
    await decide(r.conferenceId, 'cp-plan');
    const row = h.list.query({}).rows.find((x) => x.childId === 'mia');
    expect(row).toMatchObject({
      reviewsHeld: 1,
      nextReviewDue: '2026-10-02',
      planStart: '2026-01-05',
    });
    const second = await h.list.openReview(MIA);
    expect(second).toMatchObject({ reviewNumber: 2, warnings: [] });
    expect(h.conferences.get(second.conferenceId).conference.date).toBe('2026-10-02');
  });

  it('opens the transfer-in conference for a child added as a transfer-in, and refuses a child with no plan', async () => {
    const { childId: id } = await h.list.addTransferIn({
      name: 'Leo Sampleton',
      unborn: false,
      dateOfBirth: '2019-02-11',
      address: '4 Imaginary Road',
      originatingAuthority: 'Elsewhere Borough Council',
      originatingPlanStart: '2025-09-01',
      notifiedOn: '2026-01-06',
      categories: ['neglect'],
    });
    const r = await h.list.openReview(id);
    expect(r).toMatchObject({ type: 'transfer-in-initial', warnings: [] });
    const c = h.conferences.get(r.conferenceId).conference;
    expect(c).toMatchObject({
      type: 'transfer-in-initial',
      date: '2026-01-27',
      transferIn: { notifiedOn: '2026-01-06', originatingAuthority: 'Elsewhere Borough Council' },
    });
    expect(c.children[0]?.details).toMatchObject({
      id,
      name: 'Leo Sampleton',
      dateOfBirth: '2019-02-11',
    });
    await expect(h.list.openReview(childId('nobody'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h.list.openReview(MIA, '2025-12-01')).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
