import { describe, expect, it } from 'vitest';

import { conferenceId } from '../../../shared/domain/ids';
import { activePlans, derivePlans } from '../../../shared/domain/plans';
import { IDS, aChild, aConference, aPlanDecision, anOutlinePlan } from '../../fixtures/conference';
import { aSiblingGroup } from '../../fixtures/conference-scenarios';

describe('derivePlans', () => {
  it('starts a plan for each child with a plan outcome, and none for a child in need plan', () => {
    const plans = derivePlans([aSiblingGroup()]);
    expect(plans.map((p) => [p.childName, p.status, p.startDate, p.primaryCategory])).toEqual([
      ['Mia Example', 'active', '2026-01-05', 'neglect'],
      ['Noah Example', 'active', '2026-01-05', 'physical'],
    ]);
    expect(plans[1]).toMatchObject({
      categories: ['physical', 'emotional'],
      leadSocialWorker: 'Tom Placeholder',
      nextCoreGroup: '2026-01-19',
      nextReview: '2026-04-02',
    });
  });

  it('continues a plan at a review and refreshes its details, then ends it when a review discontinues it', () => {
    const icpc = aConference();
    const review1 = aConference({
      id: conferenceId('conf-2'),
      type: 'review',
      date: '2026-04-02',
      children: [
        aChild({
          decision: aPlanDecision({ categories: [{ category: 'emotional', primary: true }] }),
          plan: anOutlinePlan({ reviewDate: '2026-10-02', firstCoreGroupDate: '2026-04-16' }),
        }),
      ],
    });
    const review2 = aConference({
      id: conferenceId('conf-3'),
      type: 'review',
      date: '2026-10-02',
      children: [
        aChild({
          decision: aPlanDecision({ outcome: 'no-further-action', categories: [] }),
          plan: undefined,
        }),
      ],
    });
    const [plan] = derivePlans([review2, icpc, review1]);
    expect(plan).toEqual({
      childId: IDS.child,
      childName: 'Mia Example',
      status: 'discontinued',
      startDate: '2026-01-05',
      endDate: '2026-10-02',
      categories: ['emotional'],
      primaryCategory: 'emotional',
      leadSocialWorker: 'Tom Placeholder',
      lastConferenceId: 'conf-3',
    });
    expect(activePlans([icpc, review1])[0]?.nextReview).toBe('2026-10-02');
    expect(activePlans([icpc, review1, review2])).toEqual([]);
  });

  it('ignores children with no decision yet and decisions without a plan when none is active', () => {
    expect(derivePlans([aConference({ children: [aChild({ decision: undefined })] })])).toEqual([]);
    expect(
      derivePlans([
        aConference({ children: [aChild({ decision: aPlanDecision({ outcome: 'early-help' }) })] }),
      ]),
    ).toEqual([]);
  });

  it('starts a second plan after a discontinued one, and leaves out an unclear primary', () => {
    const start = aConference();
    const end = aConference({
      id: conferenceId('conf-2'),
      date: '2026-04-02',
      children: [aChild({ decision: aPlanDecision({ outcome: 'cin-plan', categories: [] }) })],
    });
    const again = aConference({
      id: conferenceId('conf-3'),
      date: '2026-09-01',
      children: [
        aChild({
          decision: aPlanDecision({ categories: [{ category: 'neglect', primary: false }] }),
          plan: undefined,
        }),
      ],
    });
    const plans = derivePlans([start, end, again]);
    expect(plans.map((p) => [p.status, p.startDate])).toEqual([
      ['discontinued', '2026-01-05'],
      ['active', '2026-09-01'],
    ]);
    expect(plans[1]?.primaryCategory).toBeUndefined();
    expect(plans[1]?.leadSocialWorker).toBeUndefined();
  });
});
